import type { IncidentType, Severity } from '@aftermath/domain';

/**
 * Statuspage impact → severity: critical → SEV1, major → SEV2, minor → SEV3, none and
 * maintenance → SEV4; null for anything else.
 *
 * @example
 * severityOfImpact('major'); // 'SEV2'
 */
export function severityOfImpact(impact: string | null): Severity | null {
  return impact !== null && Object.hasOwn(SEVERITY_OF_IMPACT, impact)
    ? (SEVERITY_OF_IMPACT[impact] ?? null)
    : null;
}

const SEVERITY_OF_IMPACT: Record<string, Severity> = {
  critical: 'SEV1',
  major: 'SEV2',
  minor: 'SEV3',
  none: 'SEV4',
  maintenance: 'SEV4',
};

/**
 * The incident type from the worst component status the updates reported (`major_outage`,
 * `partial_outage` → outage; `degraded_performance` → degradation; `under_maintenance` →
 * other), else from the impact (critical, major → outage; minor → degradation; else other).
 *
 * @example
 * typeOfIncident('minor', ['operational', 'partial_outage']); // 'outage'
 */
export function typeOfIncident(impact: string, componentStatuses: readonly string[]): IncidentType {
  const seen = new Set(componentStatuses);
  if (seen.has('major_outage') || seen.has('partial_outage')) return 'outage';
  if (seen.has('degraded_performance')) return 'degradation';
  if (seen.has('under_maintenance') || impact === 'maintenance') return 'other';
  if (impact === 'critical' || impact === 'major') return 'outage';
  return impact === 'minor' ? 'degradation' : 'other';
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * Update bodies as plain text: Statuspage allows some HTML (`<p>`, `<ul><li>`, `<strong>`,
 * links); block ends become line breaks, list items `- `, other tags are dropped and entities
 * decoded.
 *
 * @example
 * htmlToText('<ul><li><strong>02:06</strong> - Search is slow</li></ul>'); // '- 02:06 - Search is slow'
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/(?:p|div|ul|ol|h[1-6])>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/gi, decodeEntity)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function decodeEntity(entity: string, name: string): string {
  if (name.startsWith('#')) {
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return ENTITIES[name.toLowerCase()] ?? entity;
}

/**
 * A component status for people: `degraded_performance` → `degraded performance`.
 *
 * @example
 * readableStatus('major_outage'); // 'major outage'
 */
export function readableStatus(status: string): string {
  return status.replace(/_/g, ' ');
}
