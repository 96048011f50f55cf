import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { readEntryStatus } from '@aftermath/analysis';
import { beforeAll, describe, expect, it } from 'vitest';
import { realdataRoot } from '../json-documents/test-support';
import { detectStatuspage, parseStatuspageIncidents } from './parse-statuspage';
import type { StatuspageDocument } from './statuspage-incident';

const history = resolve(realdataRoot, 'statuspage-github-incident-history/dev/incidents');

interface RawUpdate {
  status: string;
  display_at: string;
  created_at: string;
}
interface RawIncident {
  id: string;
  impact: string;
  created_at: string;
  started_at: string | null;
  resolved_at: string | null;
  monitoring_at: string | null;
  incident_updates: RawUpdate[];
}

describe.skipIf(!existsSync(history))('the GitHub status page history (dev part)', () => {
  let raw: Array<{ incident: RawIncident }>;
  let documents: StatuspageDocument[];
  let byId: Map<string, StatuspageDocument>;
  beforeAll(() => {
    const files = readdirSync(history)
      .filter((file) => file.endsWith('.json'))
      .sort();
    raw = files.map(
      (file) =>
        JSON.parse(readFileSync(resolve(history, file), 'utf8')) as { incident: RawIncident },
    );
    documents = parseStatuspageIncidents(raw, 'dev').documents;
    byId = new Map(documents.map((document) => [document.statuspageId, document]));
  });

  it('makes one incident per status-page incident, severities as the impacts say', () => {
    expect(raw).toHaveLength(1028);
    expect(documents).toHaveLength(1028);
    const severities: Record<string, number> = {};
    for (const { incident } of documents)
      severities[incident.severity] = (severities[incident.severity] ?? 0) + 1;
    // SOURCE.txt counts for the whole history; the dev part has minor 842, major 163, none 22, critical 1.
    expect(severities).toEqual({ SEV1: 1, SEV2: 163, SEV3: 842, SEV4: 22 });
    expect(documents.every((document) => document.incident.status === 'resolved')).toBe(true);
  });

  it('sets every milestone by the rules, checked against the raw records', () => {
    const iso = (text: string | null) => (text === null ? null : new Date(text).toISOString());
    for (const { incident: source } of raw) {
      const milestones = byId.get(source.id)?.incident.milestones;
      const monitoring = source.incident_updates
        .filter((update) => update.status === 'monitoring')
        .map((update) => iso(update.display_at) ?? '')
        .sort()[0];
      expect([source.id, milestones]).toEqual([
        source.id,
        {
          impactStartedAt: iso(source.started_at ?? source.created_at),
          detectedAt: iso(source.created_at),
          acknowledgedAt: null,
          mitigatedAt: monitoring ?? iso(source.monitoring_at),
          resolvedAt: iso(source.resolved_at),
          closedAt: null,
        },
      ]);
      expect(byId.get(source.id)?.timeline).toHaveLength(source.incident_updates.length);
    }
  });

  it('reads a critical incident with its updates as tagged status entries, oldest first', () => {
    const document = byId.get('rgy28jwprr1c');
    expect(document?.incident).toMatchObject({
      title: 'Notifications degredation',
      severity: 'SEV1',
      type: 'outage',
      services: ['notifications'],
      tags: ['statuspage', 'statuspage:rgy28jwprr1c'],
      milestones: {
        mitigatedAt: '2019-09-23T16:28:27.036Z',
        resolvedAt: '2019-09-23T16:37:46.707Z',
      },
      milestoneOrderOverride: null,
    });
    expect(document?.timeline.map((entry) => [entry.at, entry.title])).toEqual([
      [
        '2019-09-23T16:12:01.706Z',
        '[INVESTIGATING] We are investigating a delay in webhook delivery.',
      ],
      [
        '2019-09-23T16:22:14.769Z',
        '[IDENTIFIED] Webhooks have recovered, GitHub updates via the Slack integration are behind as we work through the backlog',
      ],
      [
        '2019-09-23T16:28:27.036Z',
        '[MONITORING] A fix has been implemented and we are monitoring the results.',
      ],
      [
        '2019-09-23T16:37:46.707Z',
        '[RESOLVED] The backlog has cleared and all notifications are operational.',
      ],
    ]);
    expect(document?.timeline[1]?.body).toContain(
      'Component Notifications: major outage → degraded performance',
    );
    expect(document?.timeline[0]?.evidence?.jsonPointer).toBe('/incident_updates/3');
    expect(document?.timeline.map((entry) => readEntryStatus(entry)?.status)).toEqual([
      'investigating',
      'identified',
      'monitoring',
      'resolved',
    ]);
    expect(document?.sourcePointer).toMatch(/^\/\d+\/incident$/);
  });

  it('takes mitigation from the first monitoring update of a minor incident', () => {
    expect(byId.get('2k3z9fkr9z5g')?.incident).toMatchObject({
      severity: 'SEV3',
      // The page names the component "Actions", its updates "GitHub Actions".
      services: ['actions', 'github-actions'],
      milestones: {
        impactStartedAt: '2020-04-14T00:06:40.649Z',
        detectedAt: '2020-04-14T00:06:40.656Z',
        mitigatedAt: '2020-04-14T00:45:43.740Z',
        resolvedAt: '2020-04-14T00:47:50.977Z',
      },
    });
  });

  it('keeps back-filled times as published, with an override saying why', () => {
    const document = byId.get('nk9gdvl03ztg');
    expect(document?.incident.milestones).toMatchObject({
      impactStartedAt: '2020-11-16T09:55:00.989Z',
      detectedAt: '2020-11-10T20:00:00.000Z',
      resolvedAt: '2020-11-10T20:00:00.000Z',
    });
    expect(document?.incident.milestoneOrderOverride).toMatch(
      /^Times as published on the status page: detectedAt \(2020-11-10T20:00:00\.000Z\) is before impactStartedAt/,
    );
  });

  it('turns the HTML of old updates into text', () => {
    expect(byId.get('pfsrq8bbt6bm')?.timeline[0]?.body).toBe(
      "- 2010-07-29 02:06:00 - We're moving search over to a beefier machine and it's causing some disruption. Should be back soon.\n" +
        '- 2010-07-29 02:43:00 - Search is back and better than ever. All systems go.',
    );
  });

  it('is recognised as Statuspage JSON', () => {
    const text = readFileSync(resolve(history, 'rgy28jwprr1c.json'), 'utf8');
    expect(detectStatuspage(text, 'rgy28jwprr1c.json')).toBeGreaterThan(0.85);
    expect(detectStatuspage('{"alerts": []}', 'x.json')).toBe(0);
  });
});

const incident = {
  id: 'Abc123',
  name: 'Checkout errors',
  status: 'monitoring',
  impact: 'major',
  created_at: '2026-11-20T10:05:00Z',
  started_at: null,
  resolved_at: null,
  components: [{ name: 'Checkout API' }],
  incident_updates: [
    { status: 'monitoring', body: 'Fix deployed', display_at: '2026-11-20T10:40:00Z' },
    { status: 'investigating', body: 'Errors &amp; timeouts', created_at: '2026-11-20T10:05:00Z' },
    { status: 'identified', body: 'no time' },
  ],
};

describe('shapes and problems', () => {
  it('reads a single incident, {incidents: […]} and a list alike', () => {
    const single = parseStatuspageIncidents(incident, 'one.json');
    const api = parseStatuspageIncidents(
      { page: { name: 'Shop' }, incidents: [incident] },
      'api.json',
    );
    const list = parseStatuspageIncidents([{ incident }], 'list.json');
    expect([single, api, list].map(({ documents }) => documents[0]?.sourcePointer)).toEqual([
      '',
      '/incidents/0',
      '/0/incident',
    ]);
    expect(api.documents[0]?.incident).toMatchObject({
      status: 'mitigated',
      severity: 'SEV2',
      tags: ['statuspage', 'statuspage:abc123'],
      services: ['checkout-api'],
      customerImpact: {
        description:
          'Published on the Shop status page with major impact. Components: Checkout API.',
      },
      milestones: {
        impactStartedAt: '2026-11-20T10:05:00.000Z',
        mitigatedAt: '2026-11-20T10:40:00.000Z',
        resolvedAt: null,
      },
    });
    expect(api.documents[0]?.timeline.map((entry) => entry.title)).toEqual([
      '[INVESTIGATING] Errors & timeouts',
      '[MONITORING] Fix deployed',
    ]);
    expect(api.problems).toEqual([
      {
        line: null,
        jsonPointer: '/incidents/0/incident_updates/2',
        message:
          'api.json: an update needs display_at or created_at as an ISO 8601 time, not missing',
      },
    ]);
  });

  it('skips incidents it cannot read, saying which field and why', () => {
    const { documents, problems } = parseStatuspageIncidents(
      {
        incidents: [
          { ...incident, impact: 'severe' },
          { ...incident, id: 'a b' },
          42,
          { ...incident, created_at: 'today' },
        ],
      },
      'bad.json',
    );
    expect(documents).toEqual([]);
    expect(problems.map((problem) => [problem.jsonPointer, problem.message])).toEqual([
      [
        '/incidents/0/impact',
        'bad.json: impact must be critical, major, minor, none or maintenance, not "severe"',
      ],
      [
        '/incidents/1/id',
        `bad.json: id must be the status page's incident id (letters and digits), not "a b"`,
      ],
      ['/incidents/2', expect.stringContaining('not Statuspage incident JSON') as unknown],
      ['/incidents/3/created_at', 'bad.json: created_at must be an ISO 8601 time, not "today"'],
    ]);
  });

  it('never throws, and only hands out documents the domain accepts', () => {
    const update = fc.record(
      {
        status: fc.oneof(
          fc.constantFrom('investigating', 'monitoring', 'resolved', 'in_progress'),
          fc.jsonValue(),
        ),
        body: fc.oneof(fc.string(), fc.jsonValue()),
        display_at: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.jsonValue(),
        ),
        created_at: fc.jsonValue(),
        affected_components: fc.oneof(
          fc.array(
            fc.record({ name: fc.string(), old_status: fc.string(), new_status: fc.string() }),
            { maxLength: 3 },
          ),
          fc.jsonValue(),
        ),
      },
      { requiredKeys: [] },
    );
    const shaped = fc.record(
      {
        id: fc.oneof(fc.stringMatching(/^[a-z0-9]{1,45}$/), fc.jsonValue()),
        name: fc.oneof(fc.string({ maxLength: 400 }), fc.jsonValue()),
        impact: fc.oneof(
          fc.constantFrom('critical', 'major', 'minor', 'none', 'maintenance'),
          fc.jsonValue(),
        ),
        created_at: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.jsonValue(),
        ),
        started_at: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.jsonValue(),
        ),
        resolved_at: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.jsonValue(),
        ),
        monitoring_at: fc.jsonValue(),
        components: fc.oneof(
          fc.array(fc.record({ name: fc.string() }), { maxLength: 60 }),
          fc.jsonValue(),
        ),
        incident_updates: fc.oneof(fc.array(update, { maxLength: 5 }), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    const input = fc.oneof(
      fc.jsonValue(),
      shaped,
      fc.record({ incidents: fc.array(shaped, { maxLength: 3 }) }),
    );
    fc.assert(
      fc.property(input, (json) => {
        const { problems } = parseStatuspageIncidents(json, 'any.json');
        // The domain check is a guard: reading itself must never produce an invalid document.
        return problems.every((problem) => !problem.message.includes('incident skipped'));
      }),
      { numRuns: 500 },
    );
  });
});
