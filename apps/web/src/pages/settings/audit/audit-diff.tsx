import type { RouteOutput, routes } from '@aftermath/contract';

/** One audit record as the API lists it. */
export type AuditRecordView = RouteOutput<(typeof routes)['listAudit']>['items'][number];

/** A field that differs between before and after, each side as JSON text (null: absent). */
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonOf(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value, null, 1);
}

/**
 * The fields a change touched: for two objects the top-level keys whose values differ, otherwise
 * the whole value as one field named `(value)`.
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    return jsonOf(before) === jsonOf(after)
      ? []
      : [{ field: '(value)', before: jsonOf(before), after: jsonOf(after) }];
  }
  const old = isRecord(before) ? before : {};
  const now = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])].sort();
  return fields.flatMap((field) => {
    const a = jsonOf(old[field]);
    const b = jsonOf(now[field]);
    return a === b ? [] : [{ field, before: a, after: b }];
  });
}

/** The before/after of one record, field by field. */
export function AuditDiff({ record }: { record: AuditRecordView }) {
  const changes = changedFields(record.before, record.after);
  if (changes.length === 0) return <p className="muted">No field changed.</p>;
  return (
    <table className="data-table audit-diff" aria-label={`Changes of record ${record.seq}`}>
      <thead>
        <tr>
          <th>Field</th>
          <th>Before</th>
          <th>After</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field} data-field={change.field}>
            <td>{change.field}</td>
            <td className="audit-before">
              {change.before === null ? <em>absent</em> : <pre>{change.before}</pre>}
            </td>
            <td className="audit-after">
              {change.after === null ? <em>absent</em> : <pre>{change.after}</pre>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
