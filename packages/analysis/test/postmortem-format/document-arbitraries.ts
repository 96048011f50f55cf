import type {
  DocumentActionItem,
  DocumentTimelineEntry,
  EvidenceRef,
  Milestones,
  PostmortemDocument,
} from '@aftermath/domain';
import {
  contributingFactorCategory,
  milestoneNames,
  postmortemSectionNames,
  type RootCauseAnalysis,
  type WhyEvidence,
} from '@aftermath/domain';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { actionRowSchema } from '../../src/postmortem-format/document-schemas';

/** Fragments that stress the format: table syntax, headings, markers, escapes, odd spaces. */
const trickyUnits = [
  'a',
  'Z',
  ' ',
  '\t',
  '\n',
  '\r',
  '|',
  '\\',
  '#',
  '## ',
  '## Summary',
  '\\## ',
  '   ## ',
  '<',
  '<br>',
  '<BR/>',
  '>',
  '`',
  '```',
  '"',
  '""',
  "'",
  '-',
  '---',
  ':',
  '@',
  '%',
  '%3A',
  '*',
  '[',
  ']',
  '&#124;',
  '<!-- aftermath:begin -->',
  '<!-- aftermath:end -->',
  '<script>x</script>',
  'null',
  'yes',
  '- ',
  '\u00a0',
  '\u2028',
  '\u0085',
  'é',
  '😀',
];

/** Any text of at most `max` characters: tricky fragments, full Unicode, or plain ASCII. */
export function text(max: number, min = 0): fc.Arbitrary<string> {
  const length = Math.min(max, 40);
  return fc
    .oneof(
      fc.string({ unit: fc.constantFrom(...trickyUnits), maxLength: length }),
      fc.string({ unit: 'binary', maxLength: length }),
      fc.string({ maxLength: length }),
    )
    .filter((s) => s.length >= min && s.length <= max);
}

/** Text that schemas trim: no space at either end, at least one character. */
export function trimmedText(max: number): fc.Arbitrary<string> {
  return text(max, 1)
    .map((s) => s.trim())
    .filter((s) => s.length >= 1);
}

const timestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z') })
  .filter((d) => !Number.isNaN(d.getTime()))
  .map((d) => d.toISOString());

const calendarDay = timestamp.map((iso) => iso.slice(0, 10));
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,15}$/);
const tagText = fc.stringMatching(/^[a-z0-9][a-z0-9:._/-]{0,15}$/);

const milestones: fc.Arbitrary<{ milestones: Milestones; override: string | null }> = fc
  .record({
    times: fc.array(fc.option(timestamp), { minLength: 6, maxLength: 6 }),
    override: fc.option(trimmedText(200)),
  })
  .map(({ times, override }) => {
    const ordered = override === null ? sortPresent(times) : times;
    const entries = milestoneNames.map((name, i) => [name, ordered[i] ?? null] as const);
    return { milestones: Object.fromEntries(entries) as Milestones, override };
  });

function sortPresent(times: (string | null)[]): (string | null)[] {
  const sorted = times.filter((t): t is string => t !== null).sort();
  return times.map((t) => (t === null ? null : (sorted.shift() ?? null)));
}

const evidence: fc.Arbitrary<EvidenceRef> = fc.record({
  evidenceId: text(100, 1),
  line: fc.option(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })),
  byteOffset: fc.option(fc.nat()),
  jsonPointer: fc.option(text(500)),
});

const timelineEntry: fc.Arbitrary<DocumentTimelineEntry> = fc.record({
  at: timestamp,
  precision: fc.constantFrom('ns', 'us', 'ms', 's', 'min', 'day'),
  zoneAssumed: fc.boolean(),
  kind: fc.constantFrom('alert', 'deploy', 'log', 'chat', 'milestone', 'note'),
  title: text(500, 1),
  body: text(20000),
  source: text(100, 1),
  service: fc.option(slug),
  evidence: fc.option(evidence),
  author: fc.option(text(200)),
  pinned: fc.boolean(),
});

const link = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom('https://a.example/x\ny', ' https://a.example/ ', 'mailto:sre@example.com'),
);

const action: fc.Arbitrary<DocumentActionItem> = fc
  .record({
    title: text(300, 1),
    type: fc.constantFrom('mitigate', 'prevent', 'detect', 'process'),
    priority: fc.constantFrom('P0', 'P1', 'P2', 'P3'),
    owner: fc.option(text(200)),
    dueDate: fc.option(calendarDay),
    status: fc.constantFrom('open', 'in_progress', 'done', 'verified', 'wont_do'),
    verificationCriteria: text(5000),
    rationale: fc.option(text(5000)),
    links: fc.array(link, { maxLength: 3 }),
  })
  .filter((a) => a.status !== 'wont_do' || (a.rationale ?? '').trim() !== '')
  // Keep only values the schema leaves as they are (it normalises URLs, for one).
  .filter((a) => isDeepStrictEqual(actionRowSchema.safeParse(a).data, a));

const sections = fc.record(
  Object.fromEntries(postmortemSectionNames.map((name) => [name, text(100_000)])) as Record<
    (typeof postmortemSectionNames)[number],
    fc.Arbitrary<string>
  >,
);

const postmortem = fc.record({
  owner: fc.option(text(200)),
  status: fc.constantFrom('draft', 'in_review', 'approved', 'published', 'closed'),
  template: text(100, 1),
  sections,
  createdAt: timestamp,
  updatedAt: timestamp,
});

const rcaCode = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,2}$/);
const localId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,8}$/);
/** A timeline position 0–9, fitted to the document's timeline once its length is known. */
const position = fc.nat({ max: 9 });
const citation: fc.Arbitrary<{ entry: number | null; evidenceId?: string; locator?: string }> =
  fc.record(
    {
      entry: fc.option(position),
      evidenceId: fc.oneof(localId, text(100, 1)),
      locator: text(500, 1),
    },
    { requiredKeys: ['entry'] },
  );

/** A root-cause analysis whose citations are positions 0–9 (see {@link fitRca}). */
const rcaDraft = fc.record({
  trigger: fc.option(rcaCode),
  rootCauses: fc.uniqueArray(rcaCode, { maxLength: 3 }),
  factors: fc.uniqueArray(
    fc.record({
      id: localId,
      category: fc.constantFrom(...contributingFactorCategory.options),
      description: trimmedText(5000),
      entries: fc.array(position, { maxLength: 3 }),
    }),
    { maxLength: 3, selector: (f) => f.id },
  ),
  whys: fc.uniqueArray(
    fc.record({
      id: localId,
      problem: trimmedText(1000),
      links: fc.array(
        fc.record({
          why: trimmedText(1000),
          answer: trimmedText(5000),
          evidence: fc.array(citation, { maxLength: 3 }),
        }),
        { maxLength: 3 },
      ),
    }),
    { maxLength: 2, selector: (w) => w.id },
  ),
});

/** The draft with positions beyond the timeline dropped and the rest written `T<n>`. */
function fitRca(draft: typeof rcaDraft extends fc.Arbitrary<infer D> ? D : never, entries: number) {
  const ref = (index: number) => (index < entries ? [`T${index + 1}`] : []);
  const rca: RootCauseAnalysis = {
    trigger: draft.trigger,
    rootCauses: draft.rootCauses,
    factors: draft.factors.map(({ entries: cited, ...factor }) => ({
      ...factor,
      entryIds: cited.flatMap(ref),
    })),
    whys: draft.whys.map((chain) => ({
      ...chain,
      links: chain.links.map((link) => ({
        ...link,
        evidence: link.evidence.flatMap(({ entry, ...rest }): WhyEvidence[] => {
          const entryId = entry === null ? undefined : ref(entry)[0];
          const cited = { ...(entryId === undefined ? {} : { entryId }), ...rest };
          return cited.entryId === undefined && cited.evidenceId === undefined ? [] : [cited];
        }),
      })),
    })),
  };
  return rca;
}

/** Any valid document: every field within its schema, milestones in order unless overridden. */
export const validDocument: fc.Arbitrary<PostmortemDocument> = fc
  .record({
    key: fc.integer({ min: 1, max: 1_000_000 }).map((n) => `INC-${n}`),
    title: trimmedText(300),
    severity: fc.constantFrom('SEV1', 'SEV2', 'SEV3', 'SEV4'),
    status: fc.constantFrom('open', 'mitigated', 'resolved', 'closed'),
    type: fc.constantFrom('outage', 'degradation', 'security', 'data-loss', 'near-miss', 'other'),
    services: fc.array(slug, { maxLength: 3 }),
    commander: fc.option(text(200)),
    visibility: fc.constantFrom('normal', 'restricted'),
    tags: fc.array(tagText, { maxLength: 3 }),
    description: text(5000),
    usersAffected: fc.option(fc.nat()),
    requestsAffected: fc.option(fc.nat()),
    milestones,
    createdAt: timestamp,
    updatedAt: timestamp,
    postmortem: fc.option(postmortem),
    rca: rcaDraft,
    timeline: fc.array(timelineEntry, { maxLength: 5 }),
    actions: fc.array(action, { maxLength: 4 }),
  })
  .map((r): PostmortemDocument => ({
    incident: {
      key: r.key,
      title: r.title,
      severity: r.severity,
      status: r.status,
      type: r.type,
      services: r.services,
      commander: r.commander,
      visibility: r.visibility,
      tags: r.tags,
      customerImpact: {
        description: r.description,
        usersAffected: r.usersAffected,
        requestsAffected: r.requestsAffected,
      },
      milestones: r.milestones.milestones,
      milestoneOrderOverride: r.milestones.override,
      recurrenceOf: null,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    },
    postmortem: r.postmortem && { ...r.postmortem, rca: fitRca(r.rca, r.timeline.length) },
    timeline: [...r.timeline].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)),
    actions: r.actions,
  }));
