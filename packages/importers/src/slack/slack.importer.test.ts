import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  realdataRoot,
  realdataSource,
  runImport,
  sourceOf,
  testOptions,
  type ImportResult,
} from '../json-documents/test-support';
import { readSlackExport, slackImporter } from './slack.importer';

const archive = 'chat-slack-export/dev/tests/testarchive.zip';

describe.skipIf(!existsSync(resolve(realdataRoot, archive)))(
  'the slack-export-viewer test archive',
  () => {
    let result: ImportResult;
    beforeAll(async () => {
      result = await runImport(slackImporter, realdataSource(archive, 4096));
    });
    const find = (key: string) => result.items.find((item) => item.dedupeKey === key)?.entry;

    it('reads every message and leaves out joins and integration notices', () => {
      expect(result.problems).toEqual([]);
      expect(result.records).toBe(158);
      expect(result.items).toHaveLength(158 - 8 - 3);
      const keys = result.items.map((item) => item.dedupeKey);
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('resolves user ids to names, in the author, the title and mentions', () => {
      expect(find('slack:C0JGLMMNX:1452837352.000006')).toMatchObject({
        at: '2016-01-15T05:55:52.000Z',
        precision: 'us',
        kind: 'chat',
        source: 'slack',
        author: 'hamza',
        title:
          'hamza in #enrique: @abilinski: Created an issue for a setup.py so that it can be ' +
          'installed to a standard place',
        evidence: { evidenceId: 'ev-test', line: null, jsonPointer: '/enrique~12016-01-14.json/4' },
      });
      // No display name: Slack shows the real name.
      expect(find('slack:C0JGLMMNX:1458228721.000002')?.author).toBe('heroeshannibal');
    });

    it('notes an edit with who made it and when', () => {
      expect(find('slack:C0JL6CGQ2:1458972985.000010')?.body).toMatch(
        /\nEdited by hamza at 2016-03-26T08:32:14\.000Z$/,
      );
    });

    it('names integration bots after the app added to the channel and shows their attachments', () => {
      const commit = find('slack:C0JGLMMNX:1454892394.000004');
      expect(commit?.author).toBe('github');
      expect(commit?.body).toBe(
        '[enrique:master] 1 new commit by Anthony Bilinski:\n' +
          'ed1acbe (https://github.com/mesos-magellan/enrique/commit/ed1acbe9837b5ddf91e93606b604df3c2b4e128f): ' +
          'executor with simulated annealing rough draft - Anthony Bilinski',
      );
    });

    it('makes links and file shares readable', () => {
      expect(find('slack:C0JL6CGQ2:1459052866.000012')?.title).toBe(
        'doubledeez in #traveling-sailor: @doubledeez uploaded a file: 100 cities ' +
          '(https://mesos-magellan.slack.com/files/U0BMS113R/F0VNAKDE2/100_cities.js)',
      );
    });

    it('is recognised from the first bytes of the zip', () => {
      const head = readFileSync(resolve(realdataRoot, archive)).subarray(0, 65536).toString('utf8');
      expect(slackImporter.detect(head, 'testarchive.zip')).toBeGreaterThan(0.85);
      expect(slackImporter.detect('{"ok": true}', 'x.json')).toBe(0);
    });
  },
);

/** Writes a Slack export folder from file contents (strings are written as they are). */
async function writeExport(files: Record<string, unknown>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'aftermath-slack-test-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, name)), { recursive: true });
    await writeFile(
      join(root, name),
      typeof content === 'string' ? content : JSON.stringify(content),
    );
  }
  return root;
}

/** Runs {@link readSlackExport} on a folder, checking every entry against the domain schema. */
function importFolder(folder: string): Promise<ImportResult> {
  const importer = { ...slackImporter, read: () => readSlackExport(folder, testOptions) };
  return runImport(importer, sourceOf(''));
}

const users = [
  { id: 'U1', name: 'alice', profile: { display_name: 'Alice', real_name: 'Alice Liddell' } },
  { id: 'U2', name: 'bob', profile: { display_name: '', real_name: 'Bob Ross' } },
];
const channels = [{ id: 'C9', name: 'inc-42' }];

describe('an unpacked export folder (hand-written)', () => {
  const folders: string[] = [];
  afterAll(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  it('keeps threads: replies name the message they answer, even a day later', async () => {
    const folder = await writeExport({
      'users.json': users,
      'channels.json': channels,
      'inc-42/2026-11-20.json': [
        {
          type: 'message',
          user: 'U1',
          text: 'checkout 502s, <!here> <#C9>',
          ts: '1795190400.000100',
          thread_ts: '1795190400.000100',
          reply_count: 2,
          reactions: [{ name: 'eyes', count: 3 }],
        },
        {
          type: 'message',
          user: 'U2',
          text: 'on it',
          ts: '1795190460.000200',
          thread_ts: '1795190400.000100',
        },
      ],
      'inc-42/2026-11-21.json': [
        {
          type: 'message',
          user: 'U3',
          text: 'late reply',
          ts: '1795276800.000100',
          thread_ts: '1795190400.000100',
        },
        {
          type: 'message',
          user: 'U2',
          text: 'orphan',
          ts: '1795276860.000100',
          thread_ts: '1795000000.000100',
        },
      ],
    });
    folders.push(folder);
    const { items, problems } = await importFolder(folder);
    expect(problems).toEqual([]);
    expect(items.map((item) => item.entry.title)).toEqual([
      'Alice in #inc-42: checkout 502s, @here #inc-42',
      'Bob Ross in #inc-42 (thread reply): on it',
      'U3 in #inc-42 (thread reply): late reply',
      'Bob Ross in #inc-42 (thread reply): orphan',
    ]);
    expect(items[0]?.entry.body).toBe(
      'checkout 502s, @here #inc-42\nThread: 2 replies\nReactions: :eyes: ×3',
    );
    const reply =
      'Reply to Alice at 2026-11-20T16:00:00.000Z: "checkout 502s, @here #inc-42" (slack:C9:1795190400.000100)';
    expect(items[1]?.entry.body).toBe(`on it\n${reply}`);
    expect(items[2]?.entry.body).toBe(`late reply\n${reply}`);
    expect(items[3]?.entry.body).toContain('whose first message is not in this export');
  });

  it('reports unreadable files and bad messages, and imports what it can', async () => {
    const folder = await writeExport({
      'channels.json': channels,
      'inc-42/2026-11-20.json': [
        'hello',
        { type: 'message', user: 'U1', text: 'no ts' },
        {
          type: 'message',
          subtype: 'channel_join',
          user: 'U1',
          text: 'joined',
          ts: '1795190400.1',
        },
        {
          type: 'message',
          subtype: 'message_changed',
          ts: '1795190500.000300',
          message: {
            user: 'U1',
            text: 'rollback done',
            ts: '1795190400.000200',
            edited: { user: 'U1', ts: '1795190500.000000' },
          },
        },
      ],
      'inc-42/2026-11-21.json': '[{"type": "message", ',
      'inc-42/2026-11-22.json': { not: 'a list' },
    });
    folders.push(folder);
    const { items, records, problems } = await importFolder(folder);
    expect(records).toBe(4);
    expect(items.map((item) => [item.dedupeKey, item.entry.title, item.entry.author])).toEqual([
      ['slack:C9:1795190500.000300', 'U1 in #inc-42: rollback done', 'U1'],
    ]);
    expect(items[0]?.entry.body).toBe(
      'rollback done\nEdit of the message sent at 2026-11-20T16:00:00.000Z\n' +
        'Edited by U1 at 2026-11-20T16:01:40.000Z',
    );
    expect(problems.map((problem) => [problem.jsonPointer, problem.message.split(':')[0]])).toEqual(
      [
        ['/users.json', 'users.json'],
        ['/inc-42~12026-11-20.json/0', 'a message must be an object'],
        [
          '/inc-42~12026-11-20.json/1',
          'ts must be a Slack timestamp such as "1700000000.000100", not missing',
        ],
        ['/inc-42~12026-11-21.json', 'inc-42/2026-11-21.json'],
        ['/inc-42~12026-11-22.json', 'inc-42/2026-11-22.json'],
      ],
    );
    expect(problems[0]?.message).toBe(
      'users.json: not in the export: messages show user ids, not names',
    );
  });

  it('gives one clear problem for a path that is not an export', async () => {
    const missing = await importFolder('/nonexistent/export');
    expect(missing.problems[0]?.message).toBe('/nonexistent/export: no such file or folder');
    const text = await runImport(slackImporter, sourceOf('this is not a zip'));
    expect(text.problems).toHaveLength(1);
    expect(text.problems[0]?.message).toMatch(
      /^not a readable zip file: .+ \(a Slack export is a \.zip or its unpacked folder\)$/,
    );
  });
});

describe('Slack exports that are damaged or arbitrary', () => {
  it.skipIf(!existsSync(resolve(realdataRoot, archive)))(
    'never throws or hangs on a cut or corrupted zip',
    async () => {
      const bytes = new Uint8Array(readFileSync(resolve(realdataRoot, archive)));
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: bytes.length }),
          fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), {
            maxLength: 8,
          }),
          async (length, flips) => {
            const damaged = bytes.slice(0, length);
            for (const [at, value] of flips) if (at < damaged.length) damaged[at] = value;
            const result = await runImport(slackImporter, sourceOf(damaged, 997));
            return result.records >= result.items.length;
          },
        ),
        { numRuns: 60 },
      );
    },
  );

  it('never throws on arbitrary messages in an export folder', async () => {
    const message = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          type: fc.constant('message'),
          subtype: fc.constantFrom(
            'message_changed',
            'message_deleted',
            'bot_message',
            'bot_add',
            'thread_broadcast',
          ),
          user: fc.oneof(fc.constantFrom('U1', 'U2'), fc.jsonValue()),
          text: fc.oneof(
            fc.string(),
            fc.constantFrom('<@U1>', '<#C9|x>', '<!subteam^S1>', '<mailto:a@b|a@b>'),
          ),
          ts: fc.oneof(fc.constantFrom('1795190400.000100', '1795190401'), fc.jsonValue()),
          thread_ts: fc.oneof(fc.constant('1795190400.000100'), fc.jsonValue()),
          reply_count: fc.jsonValue(),
          message: fc.jsonValue(),
          edited: fc.jsonValue(),
          attachments: fc.jsonValue(),
          files: fc.jsonValue(),
          reactions: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(message, { maxLength: 6 }),
        fc.jsonValue(),
        async (day, usersJson) => {
          const folder = await writeExport({ 'users.json': usersJson, 'inc/2026-11-20.json': day });
          try {
            const { items, records } = await importFolder(folder);
            return records >= items.length;
          } finally {
            await rm(folder, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
