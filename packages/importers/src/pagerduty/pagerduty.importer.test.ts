import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertImportsAnyJson,
  assertImportsAnyText,
  readRealdata,
  realdataRoot,
  realdataSource,
  runImport,
  sourceOf,
} from '../json-documents/test-support';
import { pagerDutyEventTypes } from './pagerduty-event-types';
import { pagerdutyImporter } from './pagerduty.importer';

const fixtures = 'webhooks-zulip-fixtures/dev/zerver/webhooks/pagerduty/fixtures';
const triggered = `${fixtures}/triggered_v3.json`;
const acknowledged = `${fixtures}/acknowledged_v3.json`;

describe.skipIf(!existsSync(resolve(realdataRoot, triggered)))('real PagerDuty v3 webhooks', () => {
  it('reads a triggered incident as a firing page with its service and group key', async () => {
    const { items, records, problems } = await runImport(
      pagerdutyImporter,
      realdataSource(triggered),
    );
    expect(problems).toEqual([]);
    expect(records).toBe(1);
    expect(items[0]).toMatchObject({
      dedupeKey: 'pagerduty:01BZYIL05THJDFF2Y08X9SVMTU',
      entry: {
        at: '2021-06-04T13:35:29.781Z',
        precision: 'ms',
        kind: 'page',
        source: 'pagerduty',
        title: '[FIRING] #9 Test Incident 3 — triggered by PIG 208',
        service: 'pig208',
        author: 'PIG 208',
        evidence: { jsonPointer: '/event', line: 2 },
      },
      signal: { groupKey: 'PFQZPSY', status: 'firing', severity: 'high', service: 'pig208' },
    });
    expect(items[0]?.entry.body).toContain('Assigned to: PIG 208');
    expect(items[0]?.entry.body).toContain('Link: https://pig208.pagerduty.com/incidents/PFQZPSY');
  });

  it('reads an acknowledgement, tagged so the acknowledged milestone can be proposed', async () => {
    const { items } = await runImport(pagerdutyImporter, realdataSource(acknowledged));
    expect(items[0]?.entry).toMatchObject({
      at: '2021-06-04T13:55:30.394Z',
      title: '[ACKNOWLEDGED] #10 Test Incident — acknowledged by PIG 208',
    });
    expect(items[0]?.signal?.status).toBe('info');
  });

  it('keeps the event id as the dedupe key across deliveries', async () => {
    const once = await runImport(pagerdutyImporter, realdataSource(acknowledged));
    const twice = await runImport(pagerdutyImporter, realdataSource(acknowledged, 9));
    expect(twice.items[0]?.dedupeKey).toBe(once.items[0]?.dedupeKey);
    expect(once.items[0]?.dedupeKey).toBe('pagerduty:01BZYK8N47N5JG55J1EEEHPEJI');
  });

  it('is detected with high confidence', () => {
    expect(pagerdutyImporter.detect(readRealdata(triggered), 'triggered_v3.json')).toBeGreaterThan(
      0.8,
    );
  });
});

/** Written by hand from PagerDuty's v3 documentation (event and data types). */
function incidentEvent(type: string, data: Record<string, unknown> = {}) {
  return {
    event: {
      id: `ev-${type}`,
      event_type: type,
      resource_type: 'incident',
      occurred_at: '2026-03-01T10:00:00.250Z',
      agent: { id: 'PU1', summary: 'Ana Lima', type: 'user_reference' },
      client: null,
      data: {
        id: 'PGR0VU2',
        type: 'incident',
        number: 42,
        status: 'triggered',
        title: 'Checkout errors',
        service: { id: 'PS1', summary: 'Checkout API', type: 'service_reference' },
        assignees: [{ id: 'PU1', summary: 'Ana Lima', type: 'user_reference' }],
        escalation_policy: { id: 'PE1', summary: 'Payments', type: 'escalation_policy_reference' },
        priority: { id: 'PP1', summary: 'P1', type: 'priority_reference' },
        urgency: 'high',
        conference_bridge: { conference_url: 'https://meet.example/war-room' },
        resolve_reason: null,
        ...data,
      },
    },
  };
}

const reference = { id: 'PGR0VU2', summary: 'Checkout errors', type: 'incident_reference' };
const otherData: Record<string, Record<string, unknown>> = {
  'incident.annotated': { type: 'incident_note', incident: reference, content: 'Rolled back v42' },
  'incident.responder.added': {
    type: 'incident_responder',
    incident: reference,
    user: { summary: 'Maeve', type: 'user_reference' },
    message: 'Please join',
    state: 'pending',
  },
  'incident.responder.replied': {
    type: 'incident_responder',
    incident: reference,
    user: { summary: 'Maeve', type: 'user_reference' },
    state: 'joined',
  },
  'incident.status_update_published': {
    type: 'incident_status_update',
    incident: reference,
    message: 'A fix is being deployed',
  },
  'incident.workflow.started': {
    type: 'incident_workflow_instance',
    incident: reference,
    incident_workflow: { summary: 'Major incident', type: 'incident_workflow_reference' },
  },
};

describe('every v3 incident event type (hand-written from the documentation)', () => {
  const expected: Record<string, string> = {
    'incident.triggered': '[FIRING] #42',
    'incident.reopened': '[FIRING] #42',
    'incident.acknowledged': '[ACKNOWLEDGED] #42',
    'incident.resolved': '[RESOLVED] #42',
  };

  it.each(Object.keys(pagerDutyEventTypes))('imports %s as one tagged page entry', async (type) => {
    const body = incidentEvent(type, otherData[type] ?? {});
    const { items, problems } = await runImport(pagerdutyImporter, sourceOf(JSON.stringify(body)));
    expect(problems).toEqual([]);
    const title = items[0]?.entry.title ?? '';
    const prefix = expected[type] ?? (otherData[type] ? '[INFO] PGR0VU2' : '[INFO] #42');
    expect(title.startsWith(`${prefix} Checkout errors — `)).toBe(true);
    expect(items[0]?.signal?.groupKey).toBe('PGR0VU2');
    expect(items[0]?.dedupeKey).toBe(`pagerduty:ev-${type}`);
  });

  it('says what happened in the body: note, responder, status update, bridge', async () => {
    const bodies = async (type: string) => {
      const body = incidentEvent(type, otherData[type] ?? {});
      const { items } = await runImport(pagerdutyImporter, sourceOf(JSON.stringify(body)));
      return items[0]?.entry.body ?? '';
    };
    expect(await bodies('incident.annotated')).toContain('Note: Rolled back v42');
    expect(await bodies('incident.responder.added')).toContain('Responder: Maeve');
    expect(await bodies('incident.status_update_published')).toContain(
      'Message: A fix is being deployed',
    );
    expect(await bodies('incident.conference_bridge.updated')).toContain(
      'Conference: https://meet.example/war-room',
    );
    expect(await bodies('incident.triggered')).not.toContain('Conference');
  });

  it('marks only triggers and reopenings firing and resolutions resolved', async () => {
    const statuses = await Promise.all(
      ['incident.triggered', 'incident.reopened', 'incident.resolved', 'incident.escalated'].map(
        async (type) => {
          const body = JSON.stringify(incidentEvent(type));
          return (await runImport(pagerdutyImporter, sourceOf(body))).items[0]?.signal?.status;
        },
      ),
    );
    expect(statuses).toEqual(['firing', 'firing', 'resolved', 'info']);
  });
});

describe('malformed PagerDuty input', () => {
  it('imports good events from a saved list and names the bad ones', async () => {
    const list = [
      incidentEvent('incident.triggered'),
      { event: { id: 'x1', event_type: 'incident.resolved', occurred_at: 'soon' } },
      { event: { id: 'x2', event_type: 'service.updated', occurred_at: '2026-03-01T10:00:00Z' } },
      { messages: [] },
    ];
    const { items, records, problems } = await runImport(
      pagerdutyImporter,
      sourceOf(JSON.stringify(list, null, 1)),
    );
    expect(items).toHaveLength(1);
    expect(records).toBe(3);
    expect(problems.map((p) => [p.jsonPointer, p.message])).toEqual([
      ['/1/event', 'event.occurred_at must be an ISO 8601 time, not "soon"'],
      ['/2/event', 'event service.updated is not about an incident; it is not imported'],
      ['/3', 'PagerDuty v2 webhooks (messages) are not supported; subscribe with v3'],
    ]);
  });

  it('never throws or hangs on arbitrary JSON or text', async () => {
    const event = fc.record(
      {
        id: fc.oneof(fc.string(), fc.jsonValue()),
        event_type: fc.oneof(fc.constantFrom(...Object.keys(pagerDutyEventTypes)), fc.string()),
        occurred_at: fc.oneof(fc.constant('2026-03-01T10:00:00Z'), fc.jsonValue()),
        agent: fc.jsonValue(),
        data: fc.oneof(
          fc.record({
            type: fc.constant('incident'),
            number: fc.jsonValue(),
            title: fc.jsonValue(),
          }),
          fc.jsonValue(),
        ),
      },
      { requiredKeys: [] },
    );
    await assertImportsAnyJson(pagerdutyImporter, fc.record({ event }));
    await assertImportsAnyText(pagerdutyImporter);
  });
});
