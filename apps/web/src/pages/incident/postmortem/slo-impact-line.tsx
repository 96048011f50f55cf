import { api } from '../../../api/client';
import { useResource } from '../../../api/use-resource';

const boundLabels: Record<string, string> = {
  impactStartedAt: 'impact start',
  detectedAt: 'detection',
  createdAt: 'creation',
  resolvedAt: 'resolution',
  now: 'now, still unresolved',
};
const label = (bound: string): string => boundLabels[bound] ?? bound;

const percent = (fraction: number): string =>
  `${(fraction * 100).toLocaleString(undefined, { maximumFractionDigits: 1 })} %`;

/**
 * The impact section's SLO line: the error budget each SLO of the incident's services spent
 * between impact start and resolution. Says nothing when no SLO covers the services; a failed read
 * is quiet too (the postmortem does not depend on it).
 */
export function SloImpactLine({ incidentKey }: { incidentKey: string }) {
  const { resource } = useResource(`slo-impact:${incidentKey}`, async () => {
    const answer = await api.call('getIncidentSloImpact', { params: { key: incidentKey } });
    return answer.data;
  });
  if (resource.state !== 'ready' || resource.value.items.length === 0) return null;
  const { items, bounds } = resource.value;
  return (
    <div className="slo-impact" aria-label="Error budget spent during the impact">
      <p className="small">
        <strong>Error budget spent</strong>{' '}
        <span className="muted">
          (from {label(bounds.from)} to {label(bounds.to)})
        </span>
      </p>
      <ul className="small">
        {items.map((item) => (
          <li key={item.name}>
            {item.name} ({item.service}):{' '}
            {item.fraction === null
              ? 'no SLI data for the period'
              : `${percent(item.fraction)} of the period's budget (${item.spent.toLocaleString()} of ${item.budgetTotal.toLocaleString(undefined, { maximumFractionDigits: 2 })})`}
          </li>
        ))}
      </ul>
    </div>
  );
}
