import { Link } from '../router/router';
import { paths } from '../router/routes';

/** Service names as chips, each linking to its service page; a dash when there are none. */
export function ServiceChips({
  services,
  empty = '—',
}: {
  services: readonly string[];
  empty?: string;
}) {
  if (services.length === 0) return <span className="muted">{empty}</span>;
  return (
    <ul className="chips">
      {services.map((name) => (
        <li key={name}>
          <Link to={paths.service(name)} className="chip service-chip">
            {name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
