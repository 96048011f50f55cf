import { Link } from '../router/router';
import { paths } from '../router/routes';
import './tag-chips.css';

/** An incident's tags as chips; each lists the incidents carrying that tag. */
export function TagChips({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="chips tag-chips" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            to={paths.incidents(new URLSearchParams({ tag }))}
            className="chip tag-chip"
            title={`Incidents tagged ${tag}`}
          >
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
