import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertImportsAnyJson,
  assertImportsAnyText,
  runImport,
  sourceOf,
} from '../json-documents/test-support';
import { opsgenieActions } from './opsgenie-actions';
import { opsgenieImporter } from './opsgenie.importer';

/**
 * Written by hand from Opsgenie's webhook integration documentation: ../shared/realdata holds no
 * Opsgenie body. `updatedAt` is in nanoseconds and `createdAt` in milliseconds, as Opsgenie sends.
 */
function body(action: string, updatedAt: number | undefined, extra: Record<string, unknown> = {}) {
  return {
    action,
    alert: {
      alertId: '052652ac-5d1c-464a-812a-7dd18bbfba8c',
      message: 'Checkout 5xx above 2%',
      tags: ['payments', 'service:checkout-api'],
      tinyId: '23',
      entity: 'checkout',
      alias: 'checkout-5xx',
      createdAt: 1772359200000,
      ...(updatedAt === undefined ? {} : { updatedAt }),
      username: 'ana@example.com',
      priority: 'P1',
      ...extra,
    },
    source: { name: '', type: 'web' },
    integrationId: '37c8f316-17c6-49d7-899b-9c7e540c048d',
    integrationName: 'Aftermath',
  };
}

const lifecycle = [
  body('Create', 1772359200000000000),
  body('Acknowledge', 1772359380123000000),
  body('AddNote', 1772359500000000000, { note: 'rolling back v42' }),
  body('Close', 1772361000000000000),
];

describe('an Opsgenie alert from create to close (hand-written fixtures)', () => {
  it('gives one tagged page entry per action at the time of the action', async () => {
    const text = lifecycle.map((item) => JSON.stringify(item)).join('\n');
    const { items, records, problems } = await runImport(opsgenieImporter, sourceOf(text));
    expect(problems).toEqual([]);
    expect(records).toBe(4);
    expect(items.map((item) => [item.entry.at, item.entry.precision, item.entry.title])).toEqual([
      [
        '2026-03-01T10:00:00.000Z',
        's',
        '[FIRING] checkout-5xx Checkout 5xx above 2% — created by ana@example.com',
      ],
      [
        '2026-03-01T10:03:00.123Z',
        'ms',
        '[ACKNOWLEDGED] checkout-5xx Checkout 5xx above 2% — acknowledged by ana@example.com',
      ],
      [
        '2026-03-01T10:05:00.000Z',
        's',
        '[INFO] checkout-5xx Checkout 5xx above 2% — note added by ana@example.com',
      ],
      [
        '2026-03-01T10:30:00.000Z',
        's',
        '[RESOLVED] checkout-5xx Checkout 5xx above 2% — closed by ana@example.com',
      ],
    ]);
    expect(items.map((item) => item.entry.evidence?.line)).toEqual([1, 2, 3, 4]);
    expect(items[2]?.entry.body).toContain('Note: rolling back v42');
    expect(items[0]).toMatchObject({
      entry: {
        kind: 'page',
        source: 'opsgenie',
        service: 'checkout-api',
        author: 'ana@example.com',
      },
      signal: { groupKey: 'checkout-5xx', severity: 'P1', status: 'firing' },
    });
    expect(items.map((item) => item.signal?.status)).toEqual([
      'firing',
      'info',
      'info',
      'resolved',
    ]);
  });

  it('gives stable, distinct dedupe keys', async () => {
    const text = JSON.stringify(lifecycle);
    const first = await runImport(opsgenieImporter, sourceOf(text));
    const again = await runImport(opsgenieImporter, sourceOf(text, 11));
    const keys = first.items.map((item) => item.dedupeKey);
    expect(new Set(keys).size).toBe(4);
    expect(keys[0]).toBe(
      'opsgenie:052652ac-5d1c-464a-812a-7dd18bbfba8c:Create:1772359200000000000',
    );
    expect(again.items.map((item) => item.dedupeKey)).toEqual(keys);
  });

  it('falls back to createdAt for Create, #tinyId for a long alias, and a priority number', async () => {
    const create = body('Create', undefined, {
      alias: 'a very long alias with spaces',
      priority: 3,
    });
    const { items } = await runImport(opsgenieImporter, sourceOf(JSON.stringify(create)));
    expect(items[0]?.entry.at).toBe('2026-03-01T10:00:00.000Z');
    expect(items[0]?.entry.title.startsWith('[FIRING] #23 ')).toBe(true);
    expect(items[0]?.signal?.severity).toBe('P3');
  });

  it('knows every documented action', async () => {
    for (const action of Object.keys(opsgenieActions)) {
      const { items } = await runImport(
        opsgenieImporter,
        sourceOf(JSON.stringify(body(action, 1772359200000000000))),
      );
      expect(items[0]?.entry.title).toContain(`— ${opsgenieActions[action]?.verb}`);
    }
  });

  it('is detected with high confidence', () => {
    expect(
      opsgenieImporter.detect(JSON.stringify(lifecycle[0], null, 2), 'og.json'),
    ).toBeGreaterThan(0.8);
  });
});

describe('malformed Opsgenie input', () => {
  it('reports an escalation without a time and bodies without an alert, and imports the rest', async () => {
    const escalate = { action: 'Escalate', escalationName: 'payments', alert: { alertId: 'a1' } };
    const list = [escalate, { action: 'Create' }, lifecycle[0]];
    const { items, problems } = await runImport(opsgenieImporter, sourceOf(JSON.stringify(list)));
    expect(items).toHaveLength(1);
    expect(problems.map((p) => [p.jsonPointer, p.message])).toEqual([
      ['/0', 'Opsgenie Escalate for alert a1 carries no alert.updatedAt time'],
      ['/1', 'alert.alertId is required in an Opsgenie webhook body'],
    ]);
  });

  it('never throws or hangs on arbitrary JSON or text', async () => {
    const shaped = fc.record({
      action: fc.oneof(fc.constantFrom(...Object.keys(opsgenieActions)), fc.jsonValue()),
      alert: fc.record(
        {
          alertId: fc.oneof(fc.string(), fc.jsonValue()),
          alias: fc.jsonValue(),
          updatedAt: fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 19n }).map(Number), fc.jsonValue()),
          createdAt: fc.oneof(fc.nat(), fc.jsonValue()),
          tags: fc.jsonValue(),
          details: fc.jsonValue(),
          priority: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
    });
    await assertImportsAnyJson(opsgenieImporter, shaped);
    await assertImportsAnyText(opsgenieImporter);
  });
});
