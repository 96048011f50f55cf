import {
  postmortemSectionNames,
  postmortemSectionTitles,
  type PostmortemDocument,
  type PublicationSettings,
} from '@aftermath/domain';
import type { RedactionOptions } from '../redaction';
import type { PublicDocument, PublicOmissions, PublicVersion } from './public-document';
import { redactFields } from './redact-fields';

/** Fields about people or internal process that the public version never carries. */
const PRIVATE_FIELDS = [
  'commander',
  'postmortem.owner',
  'timeline.author',
  'timeline.body',
  'timeline.source',
  'actions.owner',
  'actions.verificationCriteria',
  'actions.links',
  'rca',
];

/**
 * Builds the public version of a postmortem document: internal-only sections and unpublished
 * timeline kinds removed (per `settings`), no people's fields, and every remaining text redacted
 * as one document with `redaction` (pass the workspace's people as `names`). Pure; the caller
 * supplies settings and names.
 *
 * @example
 * const { document, omitted, redactions } = buildPublicVersion(doc, defaultPublicationSettings, {
 *   names: ['Jane Doe'],
 * });
 */
export function buildPublicVersion(
  doc: PostmortemDocument,
  settings: PublicationSettings,
  redaction: RedactionOptions,
): PublicVersion {
  const internal = new Set(settings.internalSections);
  const kinds = new Set(settings.timelineKinds);
  const sections = doc.postmortem?.sections;
  const publicSections = postmortemSectionNames.filter(
    (name) => !internal.has(name) && (sections?.[name] ?? '').trim() !== '',
  );
  // Field names keep the internal timeline's indices, so a redaction points at the entry it came from.
  const timeline = doc.timeline
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => kinds.has(entry.kind));
  const actions = settings.includeActions ? doc.actions : [];
  const fields = new Map<string, string>([
    ['title', doc.incident.title],
    ['customerImpact.description', doc.incident.customerImpact.description],
    ...publicSections.map((name) => [`sections.${name}`, sections?.[name] ?? ''] as const),
    ...timeline.map(({ entry, index }) => [`timeline.${index}.title`, entry.title] as const),
    ...actions.map((action, i) => [`actions.${i}.title`, action.title] as const),
  ]);
  const { texts, redactions } = redactFields(fields, redaction);
  const text = (field: string) => texts.get(field) ?? '';
  const { incident } = doc;
  const document: PublicDocument = {
    key: incident.key,
    title: text('title'),
    severity: incident.severity,
    type: incident.type,
    services: [...incident.services],
    customerImpact: {
      description: text('customerImpact.description'),
      usersAffected: incident.customerImpact.usersAffected,
      requestsAffected: incident.customerImpact.requestsAffected,
    },
    milestones: { ...incident.milestones },
    sections: publicSections.map((name) => ({
      name,
      title: postmortemSectionTitles[name],
      text: text(`sections.${name}`),
    })),
    timeline: timeline.map(({ entry, index }) => ({
      at: entry.at,
      kind: entry.kind,
      title: text(`timeline.${index}.title`),
    })),
    actions: actions.map((action, i) => ({
      title: text(`actions.${i}.title`),
      type: action.type,
      status: action.status,
    })),
  };
  const omitted: PublicOmissions = {
    sections: postmortemSectionNames.filter(
      (name) => internal.has(name) && (sections?.[name] ?? '').trim() !== '',
    ),
    timelineEntries: doc.timeline.length - timeline.length,
    fields: PRIVATE_FIELDS,
    actions: doc.actions.length - actions.length,
  };
  return { document, omitted, redactions };
}
