// Reading and writing a large postmortem in Aftermath Markdown, against a JSON round trip of the
// same document in the same run: the format escapes every table cell and validates every field,
// so it should stay within a small factor of the cheapest lossless serialisation there is.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DocumentTimelineEntry, PostmortemDocument } from '@aftermath/domain';
import { defineBenchmark, opsPerSecond } from '../../../bench/harness';
import { parsePostmortemMarkdown, renderPostmortemMarkdown } from '../src';
import { makeAction, makeDocument, makeEntry } from '../test/postmortem-format/document-factory';

const realPostmortem = resolve(
  import.meta.dirname,
  '../../../../shared/realdata/postmortems-reference-docs/dev/gitlab-2017-database-outage/2017-02-10-postmortem-of-database-outage-of-january-31.html.md',
);

/** Section prose: the GitLab 2017 postmortem when the shared data is there, else filler. */
function sectionText(): string {
  if (existsSync(realPostmortem)) return readFileSync(realPostmortem, 'utf8').slice(0, 20_000);
  return 'The replica fell behind while | a backup ran.\n\n## A heading inside\n\n'.repeat(250);
}

function timelineEntry(i: number): DocumentTimelineEntry {
  const at = new Date(Date.UTC(2026, 2, 4, 9, 0, 0) + i * 1_000).toISOString();
  return makeEntry({
    at,
    kind: i % 7 === 0 ? 'alert' : 'log',
    source: 'checkout-api.log',
    service: 'checkout-api',
    title: `upstream connect error | pool exhausted (${i})`,
    body: `ts=${at} level=error msg="pool exhausted" active=20 waiting=${i % 300}\\n retry=3`,
    evidence: { evidenceId: 'ev-log-1', line: i + 1, byteOffset: null, jsonPointer: null },
  });
}

function largeDocument(entries: number): PostmortemDocument {
  const base = makeDocument();
  const text = sectionText();
  const sections = Object.fromEntries(
    Object.keys(base.postmortem?.sections ?? {}).map((name) => [name, text]),
  ) as NonNullable<PostmortemDocument['postmortem']>['sections'];
  return {
    ...base,
    postmortem: base.postmortem && { ...base.postmortem, sections },
    timeline: Array.from({ length: entries }, (_, i) => timelineEntry(i)),
    actions: Array.from({ length: 100 }, (_, i) => makeAction({ title: `Action ${i}` })),
  };
}

export default defineBenchmark({
  name: 'postmortem-format: parse + render a large document',
  async run({ quick, log }) {
    const doc = largeDocument(quick ? 500 : 5_000);
    const markdown = renderPostmortemMarkdown(doc);
    const megabytes = markdown.length / 1e6;
    log(`${doc.timeline.length} timeline entries, ${(megabytes * 1000).toFixed(0)} kB of Markdown`);
    const minMs = quick ? 300 : 3_000;
    const roundTrip = () => renderPostmortemMarkdown(parsePostmortemMarkdown(markdown, 'bench.md'));
    const jsonRoundTrip = () => JSON.parse(JSON.stringify(doc)) as unknown;
    // Warm both up first so neither pays for the JIT inside its measurement.
    await opsPerSecond(roundTrip, minMs / 3);
    await opsPerSecond(jsonRoundTrip, minMs / 3);
    const subject = await opsPerSecond(roundTrip, minMs);
    const baseline = await opsPerSecond(jsonRoundTrip, minMs);
    return [
      {
        name: 'parse + render throughput',
        value: subject * megabytes,
        unit: 'MB/s',
        higherIsBetter: true,
        baseline: { label: 'JSON.parse(JSON.stringify(doc))', value: baseline * megabytes },
        target: { ratio: 0.05 },
        note: `${subject.toFixed(1)} documents/s vs ${baseline.toFixed(1)}/s`,
      },
    ];
  },
});
