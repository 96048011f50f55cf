import { describe, expect, it } from 'vitest';
import { lintLanguage } from '../../src';
import { hasRealPostmortems, LABELLED_LINES } from './labelled-sample';
import { scoreSample } from './score-sample';

describe.skipIf(!hasRealPostmortems())(
  'blameless linter on real postmortems (../shared/realdata)',
  () => {
    const score = scoreSample((text) => lintLanguage(text));

    it('keeps false positives rare on the labelled sample', () => {
      // Known: "only one should have existed" states a design intention, not hindsight.
      expect(score.falsePositives.length, score.falsePositives.join('\n')).toBeLessThanOrEqual(1);
      expect(score.precision).toBeGreaterThanOrEqual(0.9);
    });

    it('finds the blame and counterfactuals a reviewer would flag', () => {
      // Known miss: "might have reduced the impact" (epistemic "might have" is not linted).
      expect(score.misses.length, score.misses.join('\n')).toBeLessThanOrEqual(1);
      expect(score.recall).toBeGreaterThanOrEqual(0.9);
    });

    it('flags every "human error" in the sample', () => {
      const blame = LABELLED_LINES.filter((entry) => entry.expected.includes('blameless/blame'));
      expect(score.misses.filter((miss) => miss.includes('blameless/blame'))).toEqual([]);
      expect(blame.length).toBeGreaterThanOrEqual(10);
    });
  },
);
