/**
 * An action's links in one cell, one per line (`<br>` in the table). A link that a plain list
 * would not keep exactly (one holding a line break, or with space at either end) switches the
 * whole cell to a JSON array of strings; no URL starts with `[`, so the two never mix up.
 */

function isPlain(link: string): boolean {
  return link !== '' && !link.includes('\n') && link.trim() === link;
}

/** The cell text for a list of links; the empty list is the empty string. */
export function formatLinks(links: readonly string[]): string {
  return links.every(isPlain) ? links.join('\n') : JSON.stringify(links);
}

/** The links read from a cell, or null when a JSON array is malformed. */
export function parseLinks(text: string): string[] | null {
  if (!text.startsWith('[')) {
    return text
      .split('\n')
      .map((link) => link.trim())
      .filter((link) => link !== '');
  }
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;
  } catch {
    return null;
  }
}
