/** A column heading; a `hidden` one is read by screen readers only (a column of buttons). */
export type Column = string | { hidden: string };

/**
 * The header row of a data table: one `th scope="col"` per column, in order.
 *
 * @example <TableHead columns={['Source', 'Secret', { hidden: 'Actions' }]} />
 */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) =>
          typeof column === 'string' ? (
            <th scope="col" key={column}>
              {column}
            </th>
          ) : (
            <th scope="col" key={column.hidden}>
              <span className="visually-hidden">{column.hidden}</span>
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
