import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOpenSlo, type OpenSloFile } from '../../src/openslo';
import { damagedText } from '../damaged-text';

// Hostile input for the OpenSLO reader: whatever the text, it returns a file whose `errors` name
// the document and say why (never an exception), and it defines no SLO that an error is about.

const sample = `apiVersion: openslo/v1
kind: SLI
metadata:
  name: api-errors
spec:
  ratioMetric:
    counter: true
    bad: { metricSource: { type: Prometheus, spec: { query: 'sum(rate(api_errors_total[1m]))' } } }
    total: { metricSource: { type: Prometheus, spec: { query: 'sum(rate(api_total[1m]))' } } }
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: api-availability
spec:
  service: api
  indicatorRef: api-errors
  timeWindow:
    - duration: 28d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - target: 0.999
`;

/** The sample with a few lines deleted, inserted, repeated, swapped or partly overwritten. */
const mutatedSample = damagedText(
  fc.constant(sample),
  fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('---', '*a', '&a x', ': ', '- ', '  ', '{', '[', '"', '!!binary', '0'),
  ),
  4,
);

/** A document of the right kind whose fields are arbitrary JSON (JSON is YAML). */
const arbitraryDocument = fc
  .record({
    apiVersion: fc.oneof(fc.constant('openslo/v1'), fc.jsonValue({ maxDepth: 1 })),
    kind: fc.oneof(
      fc.constantFrom('Service', 'SLI', 'SLO', 'AlertPolicy', 'AlertCondition'),
      fc.jsonValue({ maxDepth: 1 }),
    ),
    metadata: fc.oneof(
      fc.record({ name: fc.oneof(fc.constantFrom('api', 'api-errors'), fc.string()) }),
      fc.jsonValue({ maxDepth: 2 }),
    ),
    spec: fc.jsonValue({ maxDepth: 4 }),
  })
  .map((document) => JSON.stringify(document));

/** Parses and checks the shape of what came back; returns it for further checks. */
function parseChecked(text: string): OpenSloFile {
  const file = parseOpenSlo(text);
  for (const error of file.errors) {
    expect(Number.isInteger(error.document) && error.document >= 1).toBe(true);
    expect(error.message.length).toBeGreaterThan(0);
  }
  const broken = new Set(
    file.errors.filter((error) => error.kind === 'SLO').map((error) => error.name),
  );
  expect(file.slos.filter((slo) => broken.has(slo.name))).toEqual([]);
  return file;
}

describe('parseOpenSlo on hostile input', () => {
  it('reads the unchanged sample without errors', () => {
    const file = parseChecked(sample);
    expect(file.errors).toEqual([]);
    expect(file.slos.map((slo) => slo.name)).toEqual(['api-availability']);
  });

  it('returns errors, never throws, for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 })),
        (text) => void parseChecked(text),
      ),
      { numRuns: 200 },
    );
  }, 15_000);

  it('returns errors, never throws, for any JSON value and any document of a known kind', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
          fc
            .array(arbitraryDocument, { minLength: 1, maxLength: 3 })
            .map((docs) => docs.join('\n---\n')),
        ),
        (text) => void parseChecked(text),
      ),
      { numRuns: 200 },
    );
  }, 15_000);

  it('returns errors, never throws, for the sample with a few lines damaged', () => {
    fc.assert(
      fc.property(mutatedSample, (text) => void parseChecked(text)),
      { numRuns: 200 },
    );
  }, 15_000);
});

describe('parseOpenSlo on YAML aliases (counterexamples of the properties above)', () => {
  it('reports an alias without its anchor as invalid YAML', () => {
    expect(parseOpenSlo('*!').errors).toEqual([
      {
        document: 1,
        kind: null,
        name: null,
        path: '',
        message: 'not valid YAML: Unresolved alias (the anchor must be set before the alias): !',
      },
    ]);
  });

  it('refuses a YAML bomb of nested aliases instead of expanding it', () => {
    const levels = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (let level = 1; level < 9; level += 1) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const [error] = parseOpenSlo(levels.join('\n')).errors;
    expect(error?.message).toMatch(/^not valid YAML: Excessive alias count/);
  });
});
