import { milestoneNames, type Incident } from '@aftermath/domain';

function pad(text: string, width: number): string {
  return text.length >= width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/** A plain-text table of incidents for the terminal. */
export function formatIncidentTable(items: Incident[], total: number): string {
  if (items.length === 0) return 'No incidents match.';
  const header = `${pad('KEY', 9)} ${pad('SEV', 5)} ${pad('STATUS', 10)} ${pad('TITLE', 50)} SERVICES`;
  const rows = items.map(
    (i) =>
      `${pad(i.key, 9)} ${pad(i.severity, 5)} ${pad(i.status, 10)} ${pad(i.title, 50)} ${i.services.join(', ')}`,
  );
  const more = total > items.length ? `\n(${items.length} of ${total}; use --offset for more)` : '';
  return [header, ...rows].join('\n') + more;
}

/** One incident as readable text. */
export function formatIncident(i: Incident): string {
  const lines = [
    `${i.key}  ${i.title}`,
    `severity ${i.severity} · status ${i.status} · type ${i.type} · visibility ${i.visibility}`,
    `services: ${i.services.join(', ') || '—'}`,
    `commander: ${i.commander ?? '—'}`,
    `tags: ${i.tags.join(', ') || '—'}`,
    ...(i.recurrenceOf !== null ? [`recurrence of: ${i.recurrenceOf}`] : []),
    'milestones:',
    ...milestoneNames.map((name) => `  ${name.padEnd(16)} ${i.milestones[name] ?? '—'}`),
  ];
  if (i.customerImpact.description) lines.push(`impact: ${i.customerImpact.description}`);
  return lines.join('\n');
}
