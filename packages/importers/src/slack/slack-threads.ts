import { parseEpoch, type Instant } from '../json-documents';

/** A Slack message timestamp (`"1458946176.000003"`): its text, the message's id, and instant. */
export interface SlackTs {
  raw: string;
  instant: Instant;
}

/**
 * Reads a Slack `ts` (`"seconds.microseconds"`, which is also the message's id in its channel).
 *
 * @example
 * readSlackTs('1458946176.000003')?.instant.at; // '2016-03-25T22:49:36.000Z'
 */
export function readSlackTs(value: unknown): SlackTs | null {
  const text = typeof value === 'number' ? value.toFixed(6) : value;
  if (typeof text !== 'string') return null;
  const match = /^(\d{9,11})(?:\.(\d{1,6}))?$/.exec(text.trim());
  if (!match) return null;
  const instant = parseEpoch(`${match[1]}${(match[2] ?? '').padEnd(6, '0')}`);
  return instant ? { raw: text.trim(), instant } : null;
}

/** What a reply shows of the message that started its thread. */
export interface ThreadParent {
  author: string;
  at: string;
  excerpt: string;
}

const THREADS_MAX = 100_000;
const EXCERPT_MAX = 120;

/** Thread parents seen so far, by channel id and `ts`, so replies can name what they answer. */
export class ThreadIndex {
  private readonly parents = new Map<string, ThreadParent>();

  remember(channelId: string, ts: string, author: string, text: string, at: string): void {
    if (this.parents.size >= THREADS_MAX) return;
    const line = text.split('\n').find((part) => part.trim() !== '') ?? '';
    const excerpt = line.length > EXCERPT_MAX ? `${line.slice(0, EXCERPT_MAX - 1)}…` : line;
    this.parents.set(`${channelId}\n${ts}`, { author, at, excerpt });
  }

  find(channelId: string, ts: string): ThreadParent | null {
    return this.parents.get(`${channelId}\n${ts}`) ?? null;
  }
}
