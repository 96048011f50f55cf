import { DomainError } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { createTemplateMiner } from './template-miner';

describe('createTemplateMiner', () => {
  it('groups messages that differ only in variables, with a readable template', () => {
    const miner = createTemplateMiner();
    const first = miner.add('Accepted connection from 10.0.0.1:5000 in 12 ms');
    const second = miner.add('Accepted connection from 10.0.0.9:6001 in 3 ms');
    expect(second).toEqual(first);
    expect(first.template).toBe('Accepted connection from <*> in <*> ms');
  });

  it('mines a whole line from an offset exactly as the message sliced off it', () => {
    const header = '2024-03-01 12:00:00,001 WARN [é-io] com.example.Http: ';
    const messages = [
      'GET /api/v1/items/991 took 1234 ms',
      'GET /api/v1/items/7 took 12 ms',
      'Straße   gesperrt für host-12 ',
      'Straße gesperrt für host-9',
      'plain words only',
    ];
    const sliced = createTemplateMiner();
    const offset = createTemplateMiner();
    for (const message of messages) {
      expect(offset.add(header + message, header.length)).toEqual(sliced.add(message));
    }
    expect(offset.templates()).toEqual(sliced.templates());
    expect(offset.templates().map((summary) => summary.template)).toEqual([
      'GET <*> took <*> ms',
      'Straße gesperrt für host-<*>',
      'plain words only',
    ]);
  });

  it('keeps a template id while the template gains wildcards', () => {
    const miner = createTemplateMiner();
    const ids = [
      miner.add('Worker finished job alpha quickly today'),
      miner.add('Worker finished job alpha slowly today'),
      miner.add('Worker finished job beta slowly today'),
    ];
    expect(new Set(ids.map((match) => match.templateId)).size).toBe(1);
    expect(ids.map((match) => match.template)).toEqual([
      'Worker finished job alpha quickly today',
      'Worker finished job alpha <*> today',
      'Worker finished job <*> <*> today',
    ]);
    expect(miner.templates()).toEqual([
      { templateId: ids[0]?.templateId, template: 'Worker finished job <*> <*> today', count: 3 },
    ]);
  });

  it('numbers templates in the order they are first seen and counts their messages', () => {
    const miner = createTemplateMiner();
    const lines = [
      'Disk /dev/sda1 is 91% full',
      'Session opened for user 42',
      'Disk /dev/sdb2 is 97% full',
      'Session closed for user 42 after 5 s',
    ];
    expect(lines.map((line) => miner.add(line).templateId)).toEqual(['T1', 'T2', 'T1', 'T3']);
    expect(miner.templates().map(({ templateId, count }) => [templateId, count])).toEqual([
      ['T1', 2],
      ['T2', 1],
      ['T3', 1],
    ]);
  });

  it('keeps ids stable when the same lines arrive again later', () => {
    const miner = createTemplateMiner();
    const lines = [
      'Heartbeat from node 3 ok',
      'Cache miss for key 991',
      'Heartbeat from node 7 ok',
    ];
    const before = lines.map((line) => miner.add(line).templateId);
    for (let i = 0; i < 50; i += 1) miner.add(`Unrelated event number ${i} happened`);
    expect(lines.map((line) => miner.add(line).templateId)).toEqual(before);
  });

  it('separates messages whose constant words disagree too much', () => {
    const miner = createTemplateMiner();
    const a = miner.add('Client attempting to establish new session at /10.0.0.1:41000');
    const b = miner.add('Client attempting to renew session 0x14ede63a5a70000 at /10.0.0.2:41001');
    expect(a.templateId).not.toBe(b.templateId);
  });

  it('never joins messages of different lengths or with different leading words', () => {
    const miner = createTemplateMiner();
    const ids = [
      miner.add('Started service api on port 80'),
      miner.add('Started service api on port 80 again'),
      miner.add('Stopped service api on port 80'),
      miner.add('Started server api on port 80'),
    ].map((match) => match.templateId);
    expect(new Set(ids).size).toBe(4);
  });

  it('routes by the first token only at depth 4', () => {
    const miner = createTemplateMiner({ depth: 4 });
    const a = miner.add('Started service api on port 80');
    expect(miner.add('Started server api on port 80').templateId).toBe(a.templateId);
  });

  it('gives an empty message its own empty template', () => {
    const miner = createTemplateMiner();
    expect(miner.add('   ')).toEqual({ templateId: 'T1', template: '' });
    expect(miner.add('').templateId).toBe('T1');
  });

  it('with masking off, treats numbers as words until they vary', () => {
    const miner = createTemplateMiner({ maskVariables: false });
    expect(miner.add('retry 1 of 5').template).toBe('retry 1 of 5');
    expect(miner.add('retry 2 of 5').template).toBe('retry <*> of 5');
  });

  it('rejects options out of range, naming each', () => {
    let error: unknown;
    try {
      createTemplateMiner({ depth: 2, similarityThreshold: 1.5, maxChildren: 0 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).details.map((detail) => detail.path)).toEqual([
      'depth',
      'similarityThreshold',
      'maxChildren',
    ]);
  });
});

describe('createTemplateMiner on free text', () => {
  /** A letters-only word for `n` (digits would be masked). */
  function word(n: number): string {
    let text = '';
    for (let rest = n; text.length < 4; rest = Math.floor(rest / 26)) {
      text += String.fromCharCode(97 + (rest % 26));
    }
    return text;
  }

  it('stays fast when every line is a new template of the same length and lead', () => {
    const miner = createTemplateMiner();
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed >>> 8;
    };
    const start = performance.now();
    for (let i = 0; i < 10_000; i += 1) {
      const words = Array.from({ length: 6 }, () => word(next()));
      miner.add(`Error said ${words.join(' ')}`);
    }
    expect(miner.templates().length).toBeGreaterThan(9_500);
    // Comparing each line with every earlier template would take about a minute here.
    expect(performance.now() - start).toBeLessThan(10_000);
  });
});
