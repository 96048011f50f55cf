import type { LintResponse } from '@aftermath/contract';
import { useEffect, useState } from 'react';
import { api } from '../../../api/client';

/** One finding of `POST /api/v1/lint`, as the editor shows it. */
export type LanguageLintFinding = LintResponse['findings'][number];

/** What the linter said about the text the person sees now. */
export type LanguageLintState =
  | { state: 'idle' }
  | { state: 'ready'; text: string; findings: LanguageLintFinding[] }
  | { state: 'failed' };

/** How long typing must pause before the text is sent (ms). */
export const LINT_DELAY_MS = 500;

/**
 * Lints `text` with the workspace's rules (names, allow-lists) after typing pauses. Answers for
 * text that has changed since are dropped, so findings always belong to what is on screen.
 */
export function useLanguageLint(text: string): LanguageLintState {
  const [result, setResult] = useState<LanguageLintState>({ state: 'idle' });
  useEffect(() => {
    if (text.trim() === '') {
      setResult({ state: 'idle' });
      return;
    }
    let current = true;
    const timer = window.setTimeout(() => {
      api
        .call('lintText', { body: { text, format: 'text' } })
        .then(({ data }) => {
          if (current) setResult({ state: 'ready', text, findings: data.findings });
        })
        .catch(() => {
          if (current) setResult({ state: 'failed' });
        });
    }, LINT_DELAY_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [text]);
  return result;
}
