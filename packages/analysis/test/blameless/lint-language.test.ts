import { describe, expect, it } from 'vitest';
import { lintLanguage, type LanguageFinding, type LintLanguageOptions } from '../../src';

const names = ['Jane Doe', 'Ravi Patel'];

/** The flagged words and rule of each finding, for compact expectations. */
function flagged(text: string, options: LintLanguageOptions = { names }): string[] {
  const lines = text.split('\n');
  return lintLanguage(text, options).map(
    (f) =>
      `${f.ruleId.replace('blameless/', '')}:${lines[f.line - 1]?.slice(f.column - 1, f.endColumn - 1)}`,
  );
}

describe('lintLanguage flags non-blameless language', () => {
  it.each([
    ['We should have rolled back sooner.', ['counterfactual:should have rolled']],
    ['The alert could have been caught in review.', ['counterfactual:could have been caught']],
    ["They shouldn't have deployed on a Friday.", ["counterfactual:shouldn't have deployed"]],
    ['We should’ve noticed the spike.', ['counterfactual:should’ve noticed']],
    ['The engineer failed to check the dashboard.', ['counterfactual:failed to']],
    ['The on-call neglected to page the database team.', ['counterfactual:neglected to']],
    ['A technician forgot to type -n.', ['counterfactual:forgot to']],
    ['If only we had waited for the canary.', ['counterfactual:If only']],
    ['Had we monitored the queue, this would not …', ['counterfactual:Had we']],
    ['We would have caught it in staging.', ['counterfactual:would have caught']],
    ['Root cause: human error.', ['blame:human error']],
    ['This was an operator error during the upgrade.', ['blame:operator error']],
    [
      'The outage was caused by an engineer running the wrong script.',
      ['blame:caused by an engineer'],
    ],
    ['The outage was caused by Ravi.', ['blame:caused by Ravi']],
    ['Jane failed to renew the certificate.', ['blame:Jane failed']],
    ['Jane Doe accidentally dropped the table.', ['blame:Jane Doe accidentally']],
    ["It was Ravi's mistake.", ["blame:Ravi's mistake"]],
    ['The deploy was blamed on the intern.', ['blame:blamed on']],
    ['A careless change broke the build.', ['judgement:careless']],
    ['The runbook was sloppy.', ['judgement:sloppy']],
    ['Obviously, the config was wrong.', ['judgement:Obviously']],
    ['Clearly the config was wrong.', ['judgement:Clearly']],
    ['The operator was clearly wrong.', ['judgement:clearly']],
    ['They could just restart the pod.', ['judgement:just']],
    ['Someone needed to simply run the migration.', ['judgement:simply']],
    ['It was just a typo.', ['judgement:just']],
    ['Of course the backup had never been tested.', ['judgement:Of course']],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });
});

describe('lintLanguage leaves ordinary and blameless prose alone', () => {
  it.each([
    ['The disk failed to mount after the reboot.'],
    ['Backup generators failed to come online because a controller was misconfigured.'],
    ['Testing procedures that failed to catch the issue were replaced.'],
    ['The fix should have no user-visible impact.'],
    ['Restarting would have meant interrupting the vacuums.'],
    ['Users could have been exposed to the malware.'],
    ['A rebalance-rate alert would have fired within 5 minutes.'],
    ['Slack degraded just after 6 a.m. Pacific Time.'],
    ['They evacuated the zone in just 20 minutes.'],
    ['The link stayed up just long enough for the failover.'],
    ['We restored the whole cluster, not just the database.'],
    ['The certificate end date was computed by simply adding one year.'],
    ['This was not clearly documented in the runbook.'],
    ['The failure mode was not obvious from the dashboards.'],
    ['Update the prompt to more clearly differentiate hosts.'],
    ['The blameless review took an hour.'],
    ['Will restarted the service.'],
  ])('%s', (text) => {
    expect(flagged(text, { names: [...names, 'Will Smith'] })).toEqual([]);
  });
});

describe('exemptions', () => {
  it.each([
    ['a straight quotation', 'The ticket said "we should have rolled back" at 10:02.'],
    ['a curly quotation across a line break', 'She wrote “the operator was\ncareless” in chat.'],
    ['a blockquote', '> Obviously the engineer failed to check.'],
    ['inline code', 'Run `just deploy` to ship.'],
    ['a fenced code block', '```\n# should have been caught: human error\n```'],
    ['a tilde fence', '~~~sh\nsimply run it\n~~~'],
    ['an HTML comment', '<!-- human error? -->'],
    ['a URL', 'See https://example.com/human-error-caused-outage for details.'],
    ['a Markdown link target', 'The [report](/news/human-error-caused-outage) is public.'],
  ])('%s is exempt', (_name, text) => {
    expect(lintLanguage(text, { names })).toEqual([]);
  });

  it('still lints prose after a closed code fence and quotation', () => {
    const text = '```\ncode\n```\nHe said "hi" and was careless.';
    expect(flagged(text)).toEqual(['judgement:careless']);
  });
});

describe('allow-list and ignore comments', () => {
  const text = 'Obviously we should have known.\nJust a careless human error.';

  it('drops a whole rule named in the allow-list', () => {
    expect(
      flagged(text, { names, allow: ['blameless/judgement'] }).every(
        (f) => !f.startsWith('judgement'),
      ),
    ).toBe(true);
  });

  it('drops a phrase named in the allow-list, case-insensitively', () => {
    const findings = flagged(text, { names, allow: ['OBVIOUSLY', 'human  error'] });
    expect(findings).toEqual(['counterfactual:should have known', 'judgement:careless']);
  });

  it('silences the named rule on the next line only', () => {
    const commented =
      '<!-- aftermath-ignore blameless/judgement -->\nObviously wrong.\nObviously wrong.';
    expect(lintLanguage(commented).map((f) => f.line)).toEqual([3]);
  });

  it('silences several rules, or all of them when none is named', () => {
    const several =
      '<!-- aftermath-ignore blameless/judgement, blameless/blame -->\nObviously human error; we should have known.';
    expect(flagged(several)).toEqual(['counterfactual:should have known']);
    expect(lintLanguage('<!-- aftermath-ignore -->\nObviously human error.')).toEqual([]);
  });

  it('silences its own line when it follows text', () => {
    expect(lintLanguage('Human error. <!-- aftermath-ignore blameless/blame -->')).toEqual([]);
  });
});

describe('finding shape', () => {
  it('reports 1-based line and columns, severity, reason and rewrite', () => {
    const [finding] = lintLanguage('Intro.\n  We failed to page.');
    expect(finding).toMatchObject<Partial<LanguageFinding>>({
      line: 2,
      column: 6,
      endColumn: 15,
      severity: 'warning',
      ruleId: 'blameless/counterfactual',
    });
    expect(finding?.message).toContain('failed to');
    expect(finding?.suggestion).toContain('did not');
  });

  it('makes blame and name-calling errors, counterfactuals and minimizers warnings', () => {
    const severities = lintLanguage('Human error. Sloppy. We should have seen it. Obviously.').map(
      (f) => `${f.ruleId}:${f.severity}`,
    );
    expect(severities).toEqual([
      'blameless/blame:error',
      'blameless/judgement:error',
      'blameless/counterfactual:warning',
      'blameless/judgement:warning',
    ]);
  });

  it('reports a phrase wrapped onto the next line on its first line', () => {
    const [finding] = lintLanguage('we should\nhave caught it');
    expect(finding).toMatchObject({ line: 1, column: 4, endColumn: 10 });
  });
});
