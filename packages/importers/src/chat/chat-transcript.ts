import type { EvidenceProblem } from '@aftermath/domain';
import type { ImportedEntry } from '../importer';
import { parseInstant, type Instant } from '../json-documents';
import {
  parseChatLine,
  parseDateLine,
  validDate,
  type CalendarDate,
  type ChatLineHead,
} from './chat-line';
import { ChatMessage } from './chat-message';
import type { TextLine } from './read-lines';

/** A time-only line this far (minutes) before the previous one means midnight has passed. */
const ROLLOVER_MINUTES = 60;

/** What the transcript yields as it reads: entries, and problems with their lines. */
export type TranscriptResult = ImportedEntry | EvidenceProblem;

/**
 * Reads a chat transcript line by line. A line that starts with a time opens a message; the
 * lines after it, up to the next timed line, continue it. Time-only lines take their date from
 * the reference date, the latest date line (`--- Day changed …`) or the latest dated message,
 * and move to the next day when the clock goes back by more than an hour (midnight).
 */
export class ChatTranscript {
  private pending: ChatMessage | null = null;
  /** The line after an unreadable message: its continuation lines are skipped quietly. */
  private skipping = false;
  private date: CalendarDate | null;
  private previousMinutes: number | null = null;
  private bracketed: boolean | null = null;
  private junk: { from: number; to: number } | null = null;
  private occurrences = new Map<string, number>();
  private lastAt = '';
  records = 0;

  constructor(
    private readonly evidenceId: string,
    private readonly defaultZone: string,
    referenceDate: CalendarDate | null,
  ) {
    this.date = referenceDate;
  }

  *push(line: TextLine): Generator<TranscriptResult> {
    let head = parseChatLine(line.text);
    if (head && this.bracketed !== null && head.bracketed !== this.bracketed) head = null;
    if (head) {
      yield* this.flush();
      yield* this.open(head, line);
      return;
    }
    const date = parseDateLine(line.text);
    if (date) {
      yield* this.flush();
      this.date = date;
      this.previousMinutes = null;
    } else if (this.pending) this.pending.append(line.text);
    else if (!this.skipping && line.text.trim() !== '') {
      if (this.junk) this.junk.to = line.line;
      else this.junk = { from: line.line, to: line.line };
    }
  }

  *finish(): Generator<TranscriptResult> {
    yield* this.flush();
  }

  private *open(head: ChatLineHead, line: TextLine): Generator<TranscriptResult> {
    this.records += 1;
    this.bracketed ??= head.bracketed;
    const instant = this.resolve(head);
    if (typeof instant === 'string') {
      this.skipping = true;
      yield { line: line.line, jsonPointer: null, message: `line ${line.line}: ${instant}` };
      return;
    }
    const evidence = {
      evidenceId: this.evidenceId,
      line: line.line,
      byteOffset: line.byteOffset,
      jsonPointer: null,
    };
    this.pending = new ChatMessage(head, instant, evidence);
  }

  /** The instant of a message, or why it has none. */
  private resolve(head: ChatLineHead): Instant | string {
    const { stamp } = head;
    const minutes = stamp.hour * 60 + stamp.minute;
    if (stamp.date) {
      const { year, month, day } = stamp.date;
      if (!validDate(year, month, day)) return `${year}-${pad(month)}-${pad(day)} is not a date`;
      this.date = stamp.date;
    } else if (!this.date) {
      return (
        'a time without a date and no date known yet: put a date line such as "2026-11-20" ' +
        'before it, or give the import a reference date'
      );
    } else if (this.previousMinutes !== null && minutes < this.previousMinutes - ROLLOVER_MINUTES) {
      this.date = nextDay(this.date);
    }
    this.previousMinutes = minutes;
    const { year, month, day } = this.date;
    const time = `${pad(stamp.hour)}:${pad(stamp.minute)}${stamp.seconds ? `:${stamp.seconds.replace(',', '.')}` : ''}`;
    const text = `${year}-${pad(month)}-${pad(day)}T${time}${stamp.zone ?? ''}`;
    return (
      parseInstant(text, this.defaultZone) ??
      `${text} is not a time that exists (check the date and the zone)`
    );
  }

  private *flush(): Generator<TranscriptResult> {
    if (this.junk) {
      const { from, to } = this.junk;
      const where = from === to ? `line ${from}` : `lines ${from}–${to}`;
      const message = `${where}: not a chat message: expected a line such as "[14:02] alice: text" or "2026-11-20 14:02:11 <alice> text"`;
      yield { line: from, jsonPointer: null, message };
      this.junk = null;
    }
    this.skipping = false;
    const message = this.pending;
    this.pending = null;
    if (!message) return;
    if (message.instant.at !== this.lastAt) {
      this.occurrences.clear();
      this.lastAt = message.instant.at;
    }
    const key = `${message.head.speaker ?? ''}\n${message.text()}`;
    const occurrence = (this.occurrences.get(key) ?? 0) + 1;
    this.occurrences.set(key, occurrence);
    yield message.toEntry(occurrence);
  }
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function nextDay(date: CalendarDate): CalendarDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}
