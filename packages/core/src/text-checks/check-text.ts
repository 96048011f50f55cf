import { lintText, redactText, type LintFinding } from '@aftermath/analysis';
import type { Principal } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import { getTextCheckSettings, listWorkspaceNames } from './text-check-settings';

/** A redaction finding as it leaves Aftermath: where and what kind, never the value. */
export interface RedactionSpan {
  line: number;
  start: number;
  end: number;
  kind: 'secret' | 'pii';
  rule: string;
}

/**
 * Redacts any text with the workspace's names and allow-list: the text with placeholders and
 * where each replaced value was (DESIGN §3 shape; the values themselves are not returned).
 */
export async function redactWorkspaceText(
  ctx: Context,
  principal: Principal,
  text: string,
): Promise<{ text: string; findings: RedactionSpan[] }> {
  authorize(principal, 'incident.read');
  const settings = await getTextCheckSettings(ctx, principal);
  const names = await listWorkspaceNames(ctx);
  const result = redactText(text, { names, allow: settings.redactionAllow });
  return {
    text: result.text,
    findings: result.findings.map(({ line, start, end, kind, rule }) => ({
      line,
      start,
      end,
      kind,
      rule,
    })),
  };
}

/**
 * Lints any text with the workspace's names and allow-lists: blameless language, secrets and
 * PII, and for an Aftermath Markdown postmortem the format and the quality checklist.
 */
export async function lintWorkspaceText(
  ctx: Context,
  principal: Principal,
  input: { text: string; format?: 'markdown' | 'text' },
): Promise<LintFinding[]> {
  authorize(principal, 'incident.read');
  const settings = await getTextCheckSettings(ctx, principal);
  return lintText(input.text, {
    format: input.format ?? 'markdown',
    names: await listWorkspaceNames(ctx),
    allow: settings.blamelessAllow,
    redactionAllow: settings.redactionAllow,
  });
}
