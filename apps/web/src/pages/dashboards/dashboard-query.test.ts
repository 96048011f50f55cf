import { describe, expect, it } from 'vitest';
import { readDashboardFilters, toMetricsQuery, writeDashboardFilters } from './dashboard-query';

describe('dashboard filters in the URL', () => {
  it('round-trips the filters a person set', () => {
    const search = new URLSearchParams('from=2026-01-01&to=2026-03-31&severity=SEV1&team=payments');
    const filters = readDashboardFilters(search);
    expect(filters).toMatchObject({ from: '2026-01-01', severity: 'SEV1', team: 'payments' });
    expect(writeDashboardFilters(filters).toString()).toBe(
      'from=2026-01-01&to=2026-03-31&team=payments&severity=SEV1',
    );
    expect(toMetricsQuery(filters)).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      team: 'payments',
      severity: 'SEV1',
    });
  });

  it('drops values a hand-edited URL got wrong instead of sending them', () => {
    const filters = readDashboardFilters(
      new URLSearchParams('from=last-week&severity=SEV9&type=x'),
    );
    expect(toMetricsQuery(filters)).toEqual({});
  });
});
