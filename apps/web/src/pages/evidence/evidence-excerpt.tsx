import { useEffect, useRef } from 'react';
import type { RouteOutput, routes } from '@aftermath/contract';

type Excerpt = RouteOutput<(typeof routes)['getEvidenceExcerpt']>;
type Line = Excerpt['lines'][number];

/** A line's text with the pointed value's characters in a `<mark>`. */
function LineText({ line }: { line: Line }) {
  if (!line.mark) return <code>{line.text}</code>;
  const { from, to } = line.mark;
  return (
    <code>
      {line.text.slice(0, from)}
      <mark className="pointed-value">{line.text.slice(from, to)}</mark>
      {line.text.slice(to)}
    </code>
  );
}

function caption(excerpt: Excerpt, target: Line | undefined): string {
  const pointed = excerpt.pointed;
  if (pointed) {
    const lines =
      pointed.startLine === pointed.endLine
        ? `line ${pointed.startLine}`
        : `lines ${pointed.startLine}–${pointed.endLine}`;
    const file = pointed.file === null ? '' : ` of ${pointed.file}`;
    return `The value at ${pointed.pointer || '(the whole document)'}: ${lines}${file}, marked`;
  }
  return target ? `Line ${target.number} (byte ${target.byteOffset}) and around it` : 'Excerpt';
}

/**
 * The raw lines around the target, numbered, the target line marked for eyes and readers; when
 * asked by JSON pointer the pointed value is highlighted and scrolled into view.
 */
export function EvidenceExcerpt({ excerpt }: { excerpt: Excerpt }) {
  const target = excerpt.lines.find((line) => line.target);
  const targetRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    targetRef.current?.scrollIntoView({ block: 'center' });
  }, [excerpt]);
  return (
    <figure className="evidence-excerpt">
      <figcaption>
        {caption(excerpt, target)}
        {excerpt.more && ', the evidence continues after this'}
      </figcaption>
      <ol className="excerpt-lines mono" aria-label="Raw evidence lines">
        {excerpt.lines.map((line) => (
          <li
            key={line.number}
            value={line.number}
            ref={line.target ? targetRef : undefined}
            className={line.target ? 'is-target' : line.mark ? 'is-pointed' : undefined}
            aria-current={line.target ? 'true' : undefined}
          >
            <LineText line={line} />
            {line.cut && <span className="muted small"> … (line cut)</span>}
          </li>
        ))}
      </ol>
    </figure>
  );
}
