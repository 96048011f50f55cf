import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

describe('aftermath report and maturity on the demo workspace', { timeout: 120_000 }, () => {
  let dir: string;
  const data = () => ['--data', dir];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-report-'));
    const demo = await runCli(['demo', ...data()]);
    expect(demo.code, demo.stderr).toBe(0);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('weekly: open actions due before the day are overdue, the one due that day is due this week', async () => {
    const result = await runCli(['report', 'weekly', '--at', '2026-11-25', '--json', ...data()]);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as {
      period: { label: string };
      overdue: { dueDate: string }[];
      dueThisWeek: { owner: string; dueDate: string }[];
    };
    expect(report.period.label).toBe('2026-W48');
    expect(report.overdue.map((action) => action.dueDate)).toEqual([
      '2026-10-14',
      '2026-10-25',
      '2026-11-09',
      '2026-11-10',
    ]);
    expect(report.dueThisWeek).toMatchObject([{ owner: 'kwame.mensah', dueDate: '2026-11-25' }]);
  });

  it('monthly Markdown names the month, compares with the previous one and lists RCA triggers', async () => {
    const result = await runCli(['report', 'monthly', '--at', '2026-11-15', ...data()]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('# Monthly review 2026-11');
    expect(result.stdout).toContain('2 this month, 2 in 2026-10.');
    expect(result.stdout).toContain('| config-push | 1 |');
  });

  it('quarterly HTML is a sanitized standalone page with the policy review', async () => {
    const result = await runCli([
      'report',
      'quarterly',
      '--at',
      '2026-11-15',
      '--format',
      'html',
      ...data(),
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^<!doctype html>/);
    expect(result.stdout).toContain('<h2>Policy review</h2>');
    expect(result.stdout).toContain('<td>Required a full postmortem</td>');
    expect(result.stdout).not.toContain('<script');
  });

  it.each([
    [['report', 'yearly'], 'weekly, monthly or quarterly'],
    [['report', 'weekly', '--format', 'pdf'], '--format'],
    [['report', 'weekly', '--at', 'next tuesday'], 'at'],
  ])('%j is a usage or input error (exit 2) naming what is wrong', async (args, named) => {
    const result = await runCli([...args, ...data()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(named);
  });

  it('maturity: the demo is beginner with tracked actions; SLO links are the next step', async () => {
    const result = await runCli(['maturity', '--json', ...data()]);
    expect(result.code, result.stderr).toBe(0);
    const assessment = JSON.parse(result.stdout) as {
      level: string;
      checks: { id: string; pass: boolean; count: number; total: number | null }[];
      nextSteps: string[];
    };
    expect(assessment.level).toBe('beginner');
    const byId = new Map(assessment.checks.map((check) => [check.id, check]));
    expect(byId.get('postmortem-owners')).toMatchObject({ pass: true, count: 8, total: 8 });
    expect(byId.get('action-tracking')).toMatchObject({ pass: true, count: 28, total: 31 });
    expect(byId.get('slo-links')).toMatchObject({ pass: false, count: 0 });
    expect(assessment.nextSteps).toEqual([
      'Import OpenSLO definitions for your services (aftermath slo import).',
    ]);
  });
});
