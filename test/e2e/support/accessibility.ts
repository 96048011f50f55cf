import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** One axe-core finding, trimmed to what a failure message needs. */
interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

let axeSource: Promise<string> | undefined;

function readAxeSource(): Promise<string> {
  const path = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  axeSource ??= readFile(path, 'utf8');
  return axeSource;
}

/**
 * Runs axe-core in the page as it is now and throws when it finds serious or critical violations,
 * naming each rule, why it matters and the elements it found. Minor and moderate findings are
 * left out: they are the bar for "passes axe-core".
 */
export async function expectNoSeriousAxeViolations(page: Page, pageName: string): Promise<void> {
  if (!(await page.evaluate<boolean>('typeof window.axe === "object"'))) {
    // Evaluated through the debugging protocol: the app's Content-Security-Policy refuses inline
    // <script> tags, as it should.
    await page.evaluate(await readAxeSource());
  }
  const violations = await page.evaluate<AxeViolation[]>(
    'axe.run(document, { resultTypes: ["violations"] }).then((result) => result.violations)',
  );
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length === 0) return;
  const lines = serious.map((violation) => {
    const targets = violation.nodes
      .slice(0, 5)
      .map((node) => node.target.join(' '))
      .join(', ');
    return `- ${violation.id} (${violation.impact}): ${violation.help} — at ${targets}`;
  });
  throw new Error(`axe-core found on ${pageName}:\n${lines.join('\n')}`);
}
