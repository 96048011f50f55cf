import type { ReactNode } from 'react';

/** A redacted span in one line of the internal text. */
export interface LineSpan {
  line: number;
  start: number;
  end: number;
  rule: string;
  placeholder: string;
}

/** The internal text with every span that the public version redacts marked (React text only). */
export function MarkedInternalText({ text, spans }: { text: string; spans: LineSpan[] }) {
  const lines = text.split('\n');
  return (
    <pre className="public-diff-text">
      {lines.map((line, i) => {
        const mine = spans.filter((s) => s.line === i + 1).sort((a, b) => a.start - b.start);
        const parts: ReactNode[] = [];
        let at = 0;
        for (const span of mine) {
          if (span.start < at) continue;
          parts.push(line.slice(at, span.start));
          parts.push(
            <mark
              key={span.start}
              className="redacted-span"
              title={`${span.rule} → ${span.placeholder}`}
            >
              {line.slice(span.start, span.end)}
            </mark>,
          );
          at = span.end;
        }
        parts.push(line.slice(at));
        return (
          <span key={i}>
            {parts}
            {i < lines.length - 1 ? '\n' : ''}
          </span>
        );
      })}
    </pre>
  );
}

/** Public text with its `[REDACTED:…]` placeholders set off. */
export function MarkedPublicText({ text }: { text: string }) {
  const pieces = text.split(/(\[REDACTED:[^\]]+\])/g);
  return (
    <pre className="public-diff-text">
      {pieces.map((piece, i) =>
        i % 2 === 1 ? (
          <mark key={i} className="placeholder-span">
            {piece}
          </mark>
        ) : (
          piece
        ),
      )}
    </pre>
  );
}
