/**
 * Finds which of a fixed set of ASCII literals occur in a text, case-insensitively, in one pass
 * (an Aho–Corasick automaton compiled to a table). Used to skip the patterns whose literal
 * prefixes do not occur at all: one pass instead of one search per literal.
 *
 * @example
 * new LiteralSet(['ghp_', 'xox']).foundIn('token ghp_…'); // Set { 'ghp_' }
 */
export class LiteralSet {
  private readonly delta: Int32Array;
  private readonly outputs: (readonly string[] | undefined)[];
  private readonly emits: Uint8Array;

  constructor(literals: readonly string[]) {
    const words = [...new Set(literals.map((literal) => literal.toLowerCase()))];
    const next: Map<number, number>[] = [new Map<number, number>()];
    const outputs: string[][] = [[]];
    for (const word of words) {
      let state = 0;
      for (const code of codes(word)) {
        let target = next[state]?.get(code);
        if (target === undefined) {
          target = next.length;
          next.push(new Map<number, number>());
          outputs.push([]);
          next[state]?.set(code, target);
        }
        state = target;
      }
      outputs[state]?.push(word);
    }
    this.delta = new Int32Array(next.length * 128);
    this.outputs = compile(next, outputs, this.delta);
    this.emits = Uint8Array.from(this.outputs, (output) => (output ? 1 : 0));
  }

  /** The literals (lower-cased) that occur in `text`. */
  foundIn(text: string): Set<string> {
    const found = new Set<string>();
    const { delta, emits, outputs } = this;
    const n = text.length;
    let state = 0;
    for (let i = 0; i < n; i += 1) {
      const code = text.charCodeAt(i) | 0;
      // Characters outside ASCII occur in no literal; upper case folds onto lower case.
      state =
        code < 128 ? (delta[(state << 7) | (code >= 65 && code <= 90 ? code + 32 : code)] ?? 0) : 0;
      if (emits[state] === 1) {
        for (const word of outputs[state] ?? []) found.add(word);
        emits[state] = 2; // reported once per scan
      }
    }
    emits.forEach((flag, index) => {
      if (flag === 2) emits[index] = 1;
    });
    return found;
  }
}

function codes(word: string): number[] {
  return Array.from(word, (char) => char.charCodeAt(0)).filter((code) => code < 128);
}

/** Breadth-first failure links, folded into a complete transition table. */
function compile(
  next: Map<number, number>[],
  outputs: string[][],
  delta: Int32Array,
): (readonly string[] | undefined)[] {
  const fail = new Int32Array(next.length);
  const merged: string[][] = outputs.map((list) => [...list]);
  const queue: number[] = [];
  for (let code = 0; code < 128; code += 1) {
    const target = next[0]?.get(code) ?? 0;
    delta[code] = target;
    if (target !== 0) queue.push(target);
  }
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head] ?? 0;
    const failState = fail[state] ?? 0;
    merged[state]?.push(...(merged[failState] ?? []));
    for (let code = 0; code < 128; code += 1) {
      const target = next[state]?.get(code);
      const viaFail = delta[failState * 128 + code] ?? 0;
      if (target === undefined) delta[state * 128 + code] = viaFail;
      else {
        delta[state * 128 + code] = target;
        fail[target] = viaFail;
        queue.push(target);
      }
    }
  }
  return merged.map((list) => (list.length > 0 ? list : undefined));
}
