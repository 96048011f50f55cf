import type { RouteOutput, routes } from '@aftermath/contract';

type Excerpt = RouteOutput<(typeof routes)['getEvidenceExcerpt']>;

/** The raw lines around the target, numbered, the target line marked for eyes and readers. */
export function EvidenceExcerpt({ excerpt }: { excerpt: Excerpt }) {
  const target = excerpt.lines.find((line) => line.target);
  return (
    <figure className="evidence-excerpt">
      <figcaption>
        {target ? `Line ${target.number} (byte ${target.byteOffset}) and around it` : 'Excerpt'}
        {excerpt.more && ', the evidence continues after this'}
      </figcaption>
      <ol className="excerpt-lines mono" aria-label="Raw evidence lines">
        {excerpt.lines.map((line) => (
          <li
            key={line.number}
            value={line.number}
            className={line.target ? 'is-target' : undefined}
            aria-current={line.target ? 'true' : undefined}
          >
            <code>{line.text}</code>
            {line.cut && <span className="muted small"> … (line cut)</span>}
          </li>
        ))}
      </ol>
    </figure>
  );
}
