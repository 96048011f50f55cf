// A labelled sample of lines from real postmortems written by others (../shared/realdata, never
// copied: each label names a file and a line, the text is read at run time). Every line holds a
// phrase the linter looks at; `expected` lists the rules a careful reviewer would say apply, so a
// finding of another rule is a false positive and a missing one a miss. `cue` is a fragment of
// the line, checked at run time so a changed data set fails loudly instead of scoring nonsense.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BlamelessRuleId } from '../../src';

/** The real-data folder, relative to this repository. */
export const realdataRoot = resolve(import.meta.dirname, '../../../../../shared/realdata');

/** The postmortem corpora the linter is measured on. */
export const POSTMORTEM_CORPORA = [
  'postmortems-danluu',
  'postmortems-icco',
  'postmortems-reference-docs',
] as const;

/** One labelled line. */
export interface LabelledLine {
  file: string;
  line: number;
  cue: string;
  expected: readonly BlamelessRuleId[];
}

const CF = 'blameless/counterfactual';
const BLAME = 'blameless/blame';
const DANLUU = 'postmortems-danluu/dev/README.md';
const GITLAB =
  'postmortems-reference-docs/dev/gitlab-2017-database-outage/2017-02-10-postmortem-of-database-outage-of-january-31.html.md';
const icco = (id: string) => `postmortems-icco/dev/data/${id}.md`;

function label(file: string, line: number, cue: string, ...expected: BlamelessRuleId[]) {
  return { file, line, cue, expected };
}

/** The sample: true positives of each rule and the hard negatives around the same words. */
export const LABELLED_LINES: readonly LabelledLine[] = [
  // blame: the "human error" label, also in tags and summaries
  label(DANLUU, 173, 'Human error.', BLAME),
  label(DANLUU, 177, 'Human error during', BLAME),
  label(DANLUU, 393, 'Due to a human error', BLAME),
  label(icco('512bf5f1-1c75-400d-a899-87fc9f28f014'), 13, 'operator error', BLAME),
  label(icco('512bf5f1-1c75-400d-a899-87fc9f28f014'), 29, 'a human error where', BLAME),
  label(icco('a0ea0064-ca6d-438a-b8f0-0404dcd1d91c'), 11, 'Due to a human error', BLAME),
  label(icco('a0f08b74-a805-417d-84a8-d0948e80476c'), 23, 'Human error during', BLAME),
  label(icco('c1645aed-bfb6-4da6-82ef-4302d2b44ef7'), 27, 'due to human error', BLAME),
  label(icco('d5e1bfaf-a442-4fe5-badc-5ea209aef533'), 33, 'a human error introducing', BLAME),
  label(icco('ef3cc3e0-c51c-4f5d-8dd0-cc8a8dfdcbb2'), 36, 'prevent human error', BLAME),
  label(icco('f70ce67c-0944-422e-b0bd-be38f0edb0cd'), 33, 'This human error', BLAME),
  label(icco('fde04641-ac3a-499a-887e-fb5d26184c09'), 16, '- human error', BLAME),
  label(icco('fde04641-ac3a-499a-887e-fb5d26184c09'), 23, 'summary: Human error.', BLAME),
  label(icco('fde04641-ac3a-499a-887e-fb5d26184c09'), 29, 'triggered by human error', BLAME),
  // counterfactuals about people and about what should have happened
  label(DANLUU, 307, 'forgot to type', CF),
  label(icco('9332c0d7-bec4-427c-8689-267bdc5840fa'), 10, 'forgot to type', CF),
  label(icco('3ca9020c-e384-4964-98b6-68268d9e42ec'), 28, 'but failed to transmit', CF),
  label(icco('512bf5f1-1c75-400d-a899-87fc9f28f014'), 27, 'but failed to take', CF),
  label(icco('ef3cc3e0-c51c-4f5d-8dd0-cc8a8dfdcbb2'), 30, 'a technician failed to', CF),
  label(icco('5a1083d6-e8cd-410a-b8de-90967b967ac7'), 31, 'Had any of them', CF),
  label(icco('3e8b0d65-84e5-4a4f-bd28-81a2693432d4'), 32, 'should have resulted', CF),
  label(icco('4a4e2060-38cb-4ced-9788-3c4e305a3c3c'), 33, 'might have reduced', CF),
  // hard negatives: a design intention, epistemic modals, a rejected option, possible impact,
  // what a system would have done (a hypothetical consequence, not hindsight about people)
  label(icco('e242d62d-32f3-4bc0-b4e9-5a0a15a82863'), 24, 'would have caught'),
  label(icco('7102ef9a-a7ae-4215-a8fe-167a4a8c1de3'), 29, 'would have detected'),
  label(icco('5a1083d6-e8cd-410a-b8de-90967b967ac7'), 29, 'would have allowed'),
  label(icco('27ad61bb-5843-4164-bb8f-3c8def55d77c'), 30, 'only one should have existed'),
  label(GITLAB, 105, 'that might'),
  label(GITLAB, 234, 'might have been used'),
  label(icco('4be45ad5-5e02-45c6-8e5c-c81709005e47'), 30, 'would have meant'),
  label(icco('edc911ec-e179-408a-b4f5-d3d6b0767069'), 29, 'could have been exposed'),
  // hard negatives: systems and processes that "failed to"
  label(DANLUU, 87, 'failed to resolve'),
  label(DANLUU, 113, 'failed to deliver'),
  label(DANLUU, 179, 'failed to alarm'),
  label(DANLUU, 337, 'failed to establish'),
  label(icco('655ee350-a86f-424b-89c5-f80cc0fe527e'), 32, 'failed to start'),
  label(icco('a54b2ace-5fdf-452e-bdb2-cd8a48a94e56'), 25, 'failed to prevent'),
  label(icco('c990285e-31b4-48e1-b535-bf18869268ad'), 33, 'failed to come online'),
  label(icco('cee00e02-03d4-4354-a5a6-ad10b48c812e'), 31, 'failed to provide'),
  label(icco('dfca998b-0d9b-4f99-b03b-6a6d72175421'), 31, 'process also failed to'),
  label(icco('dfdcb1b4-10b2-45d5-92c5-6b4a4e52ca43'), 11, 'partially failed to send'),
  label(icco('874ed11e-fa23-4e90-b306-febd62f27a1d'), 29, 'repeatedly failed to'),
  label(icco('a46ebba4-2d7c-49e6-aa71-0ce989fbff97'), 27, 'failed to properly handle'),
  label(icco('f4db61bf-cdd6-4dff-9777-5185c3f5e24b'), 28, 'failed to provide stable'),
  label(icco('3e19eb5a-6ce8-4245-943e-63492587f294'), 32, 'failed to learn'),
  label(icco('01494547-7ee9-4169-a0c0-d921fa309d83'), 34, 'procedures that failed to catch'),
  // hard negatives: "just", "simply", "clearly" that do not judge; a URL; users' errors
  label(DANLUU, 81, 'human-error-caused'),
  label(icco('512bf5f1-1c75-400d-a899-87fc9f28f014'), 3, 'human-error-caused'),
  label(icco('0fb2bbd9-2967-43be-86f8-dec01edc6707'), 30, 'user errors became'),
  label(icco('5a99836e-bbde-4dfc-9621-054eac5c5c50'), 30, 'by simply adding'),
  label(icco('0787bc22-cd28-42d0-a0b2-71610a38a78f'), 26, 'just long enough'),
  label(icco('a50e7b06-2f2c-4d13-a340-9a1e7eed59d7'), 27, 'just after 6'),
  label(icco('300cba9e-d50d-45c4-86fd-0142c6cb9101'), 32, 'in just 20 minutes'),
  label(icco('f4db61bf-cdd6-4dff-9777-5185c3f5e24b'), 30, 'just two months'),
  label(icco('2b542525-e08c-4eef-a987-bc355c64bda6'), 26, 'Just twenty minutes'),
  label(GITLAB, 115, 'not clearly documented'),
  label(GITLAB, 367, 'more clearly differentiate'),
  label(GITLAB, 403, 'not just the database'),
];

/** True when the real-data folders are present (they are not part of the repository). */
export function hasRealPostmortems(): boolean {
  return POSTMORTEM_CORPORA.every((corpus) => existsSync(resolve(realdataRoot, corpus)));
}

/** Reads a labelled file from the real-data folder. */
export function readLabelledFile(file: string): string {
  return readFileSync(resolve(realdataRoot, file), 'utf8');
}
