import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';

interface Ranged {
  range?: [number, number, number] | null;
}

/**
 * Finds the file line of a field in parsed YAML: the line of its key (or list item); for a field
 * that is missing, the line of the nearest parent that exists; for a top-level miss, `fallback`.
 */
export function lineOfYamlPath(
  doc: Document,
  path: readonly (string | number)[],
  lines: LineCounter,
  firstLine: number,
  fallback: number,
): number {
  const lineOf = (node: Ranged): number | null =>
    node.range ? lines.linePos(node.range[0]).line + firstLine - 1 : null;
  let node: unknown = doc.contents;
  let line = fallback;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === `${segment}`);
      if (!pair) break;
      line = lineOf(pair.key as Ranged) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      if (!item) break;
      line = lineOf(item) ?? line;
      node = item;
    } else {
      break;
    }
  }
  return line;
}
