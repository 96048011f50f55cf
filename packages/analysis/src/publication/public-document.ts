import type {
  ActionStatus,
  ActionType,
  IncidentType,
  Milestones,
  PostmortemSectionName,
  Severity,
  TimelineKind,
} from '@aftermath/domain';
import type { SensitiveKind } from '../redaction';

/**
 * The public version of a postmortem: only what may leave Aftermath, every text already redacted.
 * No people: no commander, owners or authors. Timeline entries and actions carry no bodies, links
 * or owners.
 *
 * @example
 * // { key: 'INC-7', title: 'Checkout errors', sections: [{ name: 'summary', title: 'Summary', text: '…' }], … }
 */
export interface PublicDocument {
  key: string;
  title: string;
  severity: Severity;
  type: IncidentType;
  services: string[];
  customerImpact: {
    description: string;
    usersAffected: number | null;
    requestsAffected: number | null;
  };
  milestones: Milestones;
  sections: { name: PostmortemSectionName; title: string; text: string }[];
  timeline: { at: string; kind: TimelineKind; title: string }[];
  actions: { title: string; type: ActionType; status: ActionStatus }[];
}

/**
 * A span that was redacted, located in the internal text it came from: `field` names it
 * (`title`, `customerImpact.description`, `sections.summary`, `timeline.3.title` — the index in the
 * internal timeline —, `actions.0.title`),
 * `line` is 1-based within that field, `start`/`end` are offsets in the line. Never the value.
 */
export interface PublicRedaction {
  field: string;
  line: number;
  start: number;
  end: number;
  kind: SensitiveKind;
  rule: string;
  placeholder: string;
}

/** What the public version leaves out, for the internal-vs-public view. */
export interface PublicOmissions {
  /** Internal-only sections that had text. */
  sections: PostmortemSectionName[];
  /** Timeline entries not published (their kind is not in the settings). */
  timelineEntries: number;
  /** Fields about people or internals that are never published. */
  fields: string[];
  actions: number;
}

/** The public document with what was removed and redacted to get it. */
export interface PublicVersion {
  document: PublicDocument;
  omitted: PublicOmissions;
  redactions: PublicRedaction[];
}
