import { createHash } from 'node:crypto';
import type { EvidenceRef } from '@aftermath/domain';
import type { ImportedEntry } from '../importer';
import { buildEntry, type Instant } from '../json-documents';
import type { ChatLineHead } from './chat-line';

/** Characters of one message kept; the body limit of an entry is 20,000. */
const MESSAGE_CHARS_MAX = 20_000;

/** A message being read: its first line, then the continuation lines that follow it. */
export class ChatMessage {
  private readonly lines: string[];
  private chars: number;
  private dropped = 0;

  constructor(
    readonly head: ChatLineHead,
    readonly instant: Instant,
    readonly evidence: EvidenceRef,
  ) {
    this.lines = [head.text];
    this.chars = head.text.length;
  }

  /** Adds a continuation line (a multi-line message). */
  append(text: string): void {
    if (this.chars + text.length > MESSAGE_CHARS_MAX) {
      this.dropped += 1;
      return;
    }
    this.lines.push(text);
    this.chars += text.length + 1;
  }

  /** The message text, lines joined, trailing blank lines dropped. */
  text(): string {
    const text = this.lines.join('\n').trimEnd();
    return this.dropped > 0 ? `${text}\n… (${this.dropped} more lines in the evidence)` : text;
  }

  /**
   * The message as a `chat` entry: author = speaker, title `alice: first line`, body = the
   * whole message. `occurrence` tells apart identical messages in the same minute.
   */
  toEntry(occurrence: number): ImportedEntry {
    const text = this.text();
    const speaker = this.head.speaker;
    const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
    const repeat = occurrence > 1 ? `:${occurrence}` : '';
    return {
      dedupeKey: `chat:${this.instant.at}:${speaker ?? ''}:${hash}${repeat}`,
      entry: buildEntry({
        instant: this.instant,
        kind: 'chat',
        title: speaker ? `${speaker}: ${firstLine}` : firstLine,
        body: [text],
        source: 'chat',
        service: null,
        evidence: this.evidence,
        author: speaker,
      }),
    };
  }
}
