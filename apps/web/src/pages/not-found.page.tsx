import { Link } from '../router/router';
import { usePageTitle } from '../shell/use-page-title';

/** Any path the app does not know. */
export function NotFoundPage() {
  usePageTitle('Not found');
  return (
    <section className="page narrow">
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have been mistyped, or the link is old.</p>
      <p>
        <Link to="/incidents">Go to the incident list</Link>
      </p>
    </section>
  );
}
