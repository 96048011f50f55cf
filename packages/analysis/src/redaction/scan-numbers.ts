import { endsFreely, readDigitRuns, type DigitGroup, type DigitRun } from './digit-runs';
import { isPaymentCardNumber } from './payment-card';
import { PRIORITY } from './rule-priority';
import type { Candidate } from './sensitive-finding';

type Span = [number, number];

/**
 * Finds payment card numbers and phone numbers among runs of digit groups (see `readDigitRuns`).
 * Cards: 13–19 digits, compact or grouped by spaces or dashes, with an issuer prefix and a valid
 * Luhn digit. Phones: international numbers written with `+` (8–15 digits, E.164), North American
 * numbers (`(415) 555-2671`, `415-555-2671`, `+1 415 555 2671`), and national numbers with a
 * trunk `0` in groups (`020 7946 0958`, `06 12 34 56 78`). Dates, times, versions, IP addresses
 * and bare digit strings (ids, epoch timestamps) do not have these shapes.
 */
export function scanNumbers(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const run of readDigitRuns(text)) {
    const card = cardSpan(text, run);
    if (card) {
      candidates.push(make(card, 'credit-card', PRIORITY.paymentCard));
      continue;
    }
    const phone = phoneSpan(text, run);
    if (phone) candidates.push(make(phone, 'phone', PRIORITY.phone));
  }
  return candidates;
}

function make([start, end]: Span, rule: string, priority: number): Candidate {
  return { start, end, kind: 'pii', rule, priority };
}

/**
 * A window of groups may start at the run's start or after a space (keeping an opening
 * parenthesis), and must end at the run's free end or before a space.
 */
function windowSpan(text: string, run: DigitRun, a: number, b: number): Span | undefined {
  const first = run.groups[a];
  const last = run.groups[b];
  if (!first || !last) return undefined;
  if (a > 0 && first.separator !== ' ' && first.separator !== ' (') return undefined;
  const next = run.groups[b + 1];
  if (next ? next.separator !== ' ' : !endsFreely(text, run.end)) return undefined;
  const start = a === 0 ? run.start : first.start - (first.separator === ' (' ? 1 : 0);
  const end = b === run.groups.length - 1 ? run.end : last.end;
  return [start, end];
}

function cardSpan(text: string, run: DigitRun): Span | undefined {
  const groups = run.groups;
  if (run.plus) return undefined;
  for (let a = 0; a < groups.length; a += 1) {
    let digits = '';
    let separator: string | undefined;
    for (let b = a; b < groups.length; b += 1) {
      const group = groups[b] as DigitGroup;
      if (b > a) {
        if (group.separator !== ' ' && group.separator !== '-') break;
        if (separator !== undefined && separator !== group.separator) break;
        separator = group.separator;
      }
      digits += group.digits;
      if (digits.length > 19) break;
      if (isPaymentCardNumber(digits)) {
        const span = windowSpan(text, run, a, b);
        if (span) return span;
      }
    }
  }
  return undefined;
}

function phoneSpan(text: string, run: DigitRun): Span | undefined {
  if (run.plus) return internationalSpan(text, run);
  for (let a = 0; a < run.groups.length; a += 1) {
    const span = northAmericanSpan(text, run, a) ?? trunkZeroSpan(text, run, a);
    if (span) return span;
  }
  return undefined;
}

/** `+` then 8–15 digits: a country code of 1–3 digits and groups, or one compact block. */
function internationalSpan(text: string, run: DigitRun): Span | undefined {
  const groups = run.groups;
  const first = groups[0];
  if (!first || first.digits.startsWith('0')) return undefined;
  let digits = 0;
  let best: Span | undefined;
  for (let b = 0; b < groups.length; b += 1) {
    digits += (groups[b] as DigitGroup).digits.length;
    if (digits > 15) break;
    const shaped = b === 0 ? digits >= 8 : first.digits.length <= 3 || digits >= 8;
    if (digits >= 8 && shaped) best = windowSpan(text, run, 0, b) ?? best;
  }
  return best;
}

const NANP_FIRST = new Set(['-', '.', ' ', ') ', ')']);
const NANP_SECOND = new Set(['-', '.', ' ']);

/** `(415) 555-2671`, `415-555-2671`, `415.555.2671`, `1 415 555 2671`. */
function northAmericanSpan(text: string, run: DigitRun, a: number): Span | undefined {
  const [area, exchange, line] = [run.groups[a], run.groups[a + 1], run.groups[a + 2]];
  if (!area || !exchange || !line) return undefined;
  if (area.digits.length !== 3 || exchange.digits.length !== 3 || line.digits.length !== 4)
    return undefined;
  if (!/^[2-9]/.test(area.digits) || !/^[2-9]/.test(exchange.digits)) return undefined;
  if (!NANP_FIRST.has(exchange.separator) || !NANP_SECOND.has(line.separator)) return undefined;
  const parenthesised = exchange.separator.startsWith(')');
  if (parenthesised !== (area.separator === '(' || area.separator === ' (')) return undefined;
  if (!parenthesised && exchange.separator !== ' ' && exchange.separator !== line.separator) {
    return undefined;
  }
  const withTrunk = a === 1 && run.groups[0]?.digits === '1';
  return windowSpan(text, run, withTrunk ? 0 : a, a + 2);
}

/** `020 7946 0958`, `06 12 34 56 78`, `030-12345678`: a trunk 0 and 10–11 digits in groups. */
function trunkZeroSpan(text: string, run: DigitRun, a: number): Span | undefined {
  const first = run.groups[a];
  if (!first || !/^0\d{1,4}$/.test(first.digits) || first.separator === '(') return undefined;
  let digits = first.digits.length;
  let separator: string | undefined;
  for (let b = a + 1; b < run.groups.length; b += 1) {
    const group = run.groups[b] as DigitGroup;
    if (group.separator !== ' ' && group.separator !== '-') return undefined;
    if (separator !== undefined && group.separator !== separator) return undefined;
    if (group.digits.length < 2) return undefined;
    separator = group.separator;
    digits += group.digits.length;
    if (digits > 11) return undefined;
    if (digits >= 10) {
      const span = windowSpan(text, run, a, b);
      if (span) return span;
    }
  }
  return undefined;
}
