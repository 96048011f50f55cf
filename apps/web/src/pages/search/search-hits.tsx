import type { SearchHit, SnippetPart } from '@aftermath/domain';
import { formatDateTime } from '../../lib/datetime';
import { Link } from '../../router/router';
import { paths } from '../../router/routes';
import { IncidentStatusBadge, SeverityBadge } from '../../ui/badges';
import { ServiceChips } from '../../ui/service-chips';

const matchedInLabels: Record<SearchHit['matchedIn'][number], string> = {
  title: 'title',
  summary: 'summary',
  postmortem: 'postmortem',
  timeline: 'timeline',
  actions: 'actions',
};

/** A snippet with matched words in <mark>; text is rendered as text, never as HTML. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  if (parts.length === 0) return null;
  return (
    <p className="search-snippet">
      {parts.map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </p>
  );
}

/** The ranked hits of one page. */
export function SearchHits({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="search-hits" aria-label="Search results">
      {hits.map((hit) => (
        <li key={hit.key} className="search-hit">
          <h2>
            <Link to={paths.incident(hit.key)}>
              <span className="muted">{hit.key}</span> {hit.title}
            </Link>
          </h2>
          <div className="search-hit-meta">
            <SeverityBadge severity={hit.severity} />
            <IncidentStatusBadge status={hit.status} />
            {hit.services.length > 0 && <ServiceChips services={hit.services} />}
            <span className="muted">{formatDateTime(hit.startedAt)}</span>
            {hit.matchedIn.length > 0 && (
              <span className="muted">
                Matched in {hit.matchedIn.map((part) => matchedInLabels[part]).join(', ')}
              </span>
            )}
          </div>
          <Snippet parts={hit.snippet} />
        </li>
      ))}
    </ol>
  );
}
