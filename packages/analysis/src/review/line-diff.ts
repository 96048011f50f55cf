/**
 * One line of a line diff: kept (`equal`), only in the old text (`delete`) or only in the new one
 * (`insert`). Line numbers are 1-based; a side the line is not on has null.
 *
 * @example
 * // { op: 'insert', text: 'Paging was late.', oldLine: null, newLine: 3 }
 */
export interface DiffLine {
  op: 'equal' | 'delete' | 'insert';
  text: string;
  oldLine: number | null;
  newLine: number | null;
}

/** Splits text into lines; the empty text has none, a final newline adds no empty line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * The furthest-reaching D-paths of Myers' O(ND) algorithm, one snapshot of `v` per D, so the
 * edit script can be walked back from the end.
 */
function traceMyers(a: readonly string[], b: readonly string[]): Map<number, number>[] {
  const trace: Map<number, number>[] = [];
  const v = new Map<number, number>([[1, 0]]);
  for (let d = 0; d <= a.length + b.length; d += 1) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1));
      let x = down ? (v.get(k + 1) ?? 0) : (v.get(k - 1) ?? 0) + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v.set(k, x);
      if (x >= a.length && y >= b.length) return trace;
    }
  }
  return trace;
}

/**
 * A shortest line diff of two texts (Myers 1986: fewest inserted plus deleted lines), in order:
 * deletions come before insertions where a block was replaced. Pure; O((N+M)·D) time.
 *
 * @example
 * diffLines('a\nb\n', 'a\nc\n').map((l) => l.op); // ['equal', 'delete', 'insert']
 */
export function diffLines(oldText: string, newText: string): DiffLine[] {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const trace = traceMyers(a, b);
  const out: DiffLine[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d -= 1) {
    const v = trace[d] ?? new Map<number, number>();
    const k = x - y;
    const down = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = v.get(prevK) ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      out.push({ op: 'equal', text: a[x - 1] ?? '', oldLine: x, newLine: y });
      x -= 1;
      y -= 1;
    }
    if (d === 0) break;
    if (down) out.push({ op: 'insert', text: b[y - 1] ?? '', oldLine: null, newLine: y });
    else out.push({ op: 'delete', text: a[x - 1] ?? '', oldLine: x, newLine: null });
    x = prevX;
    y = prevY;
  }
  return out.reverse();
}
