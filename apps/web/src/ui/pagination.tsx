/** "Showing 26–50 of 73" with previous and next buttons. */
export function Pagination({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label="Pages">
      <p className="muted">
        Showing {first}–{last} of {total}
      </p>
      {pages > 1 && (
        <div className="button-row">
          <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            ← Previous
          </button>
          <span aria-current="page">
            Page {page} of {pages}
          </span>
          <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
            Next →
          </button>
        </div>
      )}
    </nav>
  );
}
