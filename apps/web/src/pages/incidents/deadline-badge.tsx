import type { RouteOutput, routes } from '@aftermath/contract';
import { api } from '../../api/client';
import { useResource } from '../../api/use-resource';
import '../incident/postmortem/review/review.css';

/** A postmortem's next unmet deadline, as `GET /api/v1/postmortems/deadlines` lists it. */
export type PostmortemDeadline = RouteOutput<
  (typeof routes)['listPostmortemDeadlines']
>['items'][number];

const nearHours = 24;

/** Every unmet postmortem deadline by incident key; an empty map while loading or on failure. */
export function usePostmortemDeadlines(reloadKey: string): Map<string, PostmortemDeadline> {
  const { resource } = useResource(reloadKey, async () => {
    const { data } = await api.call('listPostmortemDeadlines', { query: { nearHours } });
    return new Map<string, PostmortemDeadline>(data.items.map((item) => [item.incidentKey, item]));
  });
  return resource.state === 'ready' ? resource.value : new Map<string, PostmortemDeadline>();
}

function describeDue(deadline: PostmortemDeadline): string {
  const hours = Math.abs(deadline.hoursLeft);
  const span = hours >= 48 ? `${Math.round(hours / 24)} d` : `${Math.round(hours)} h`;
  return deadline.state === 'overdue' ? `${span} overdue` : `due in ${span}`;
}

/** "Draft overdue 2 d" / "Final due in 5 h": the postmortem deadline as a coloured, labelled pill. */
export function DeadlineBadge({ deadline }: { deadline: PostmortemDeadline | undefined }) {
  if (deadline === undefined) return null;
  const kind = deadline.kind === 'draft' ? 'Draft' : 'Final';
  return (
    <span
      className={`badge deadline-badge deadline-${deadline.state}`}
      title={`Postmortem ${deadline.kind} due ${deadline.due}`}
    >
      {kind} {describeDue(deadline)}
    </span>
  );
}
