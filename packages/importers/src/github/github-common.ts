import {
  buildEntry,
  describeValue,
  parseInstant,
  readObject,
  readString,
  taggedTitle,
  toServiceName,
  type EntryFields,
  type Instant,
  type JsonObject,
  type RecordContext,
  type RecordResult,
} from '../json-documents';
import type { GitHubDelivery } from './github-body';

/** The repository a body is about: its name is taken as the service. */
export interface Repository {
  name: string;
  fullName: string;
  service: string | null;
}

/** Reads `repository` (name and full name); the service is the name as a slug. */
export function readRepository(payload: JsonObject): Repository {
  const repository = readObject(payload, 'repository');
  const name = readString(repository, 'name') ?? 'repository';
  return {
    name,
    fullName: readString(repository, 'full_name') ?? name,
    service: toServiceName(name),
  };
}

/** The first seven characters of a commit sha, as GitHub shows it. */
export function shortSha(sha: string | null): string {
  return sha ? sha.slice(0, 7) : 'unknown';
}

/** Rollbacks and reverts, by the words people use for them in tasks, names and descriptions. */
export function mentionsRollback(...texts: Array<string | null>): boolean {
  return texts.some((text) => text !== null && /roll[ -_]?back|revert/i.test(text));
}

/** A time field of an object, or a problem naming `object.field`. */
export function readTime(
  object: JsonObject | null,
  path: string,
  field: string,
  context: RecordContext,
): Instant | string {
  const instant = parseInstant(object?.[field], context.options.defaultZone);
  return (
    instant ?? `${path}.${field} must be an ISO 8601 time, not ${describeValue(object?.[field])}`
  );
}

/** What a GitHub reader decides; dedupe, source, service and evidence are filled in. */
export interface GitHubEntryFields {
  instant: Instant;
  kind: EntryFields['kind'];
  rollback: boolean;
  title: string;
  body: EntryFields['body'];
  author: string | null;
  /** The key when the delivery id is unknown: the object's id and its state or action. */
  objectKey: string;
}

/**
 * A GitHub timeline entry. Dedupe key: `github:delivery:<X-GitHub-Delivery>` when the delivery is
 * known, else `github:<event>:<object id>:<state or action>`.
 */
export function toGitHubEntry(
  delivery: GitHubDelivery,
  repository: Repository,
  fields: GitHubEntryFields,
  context: RecordContext,
): RecordResult {
  const title = fields.rollback ? taggedTitle('rollback', fields.title) : fields.title;
  return {
    dedupeKey: delivery.deliveryId
      ? `github:delivery:${delivery.deliveryId}`
      : `github:${fields.objectKey}`,
    entry: buildEntry({
      instant: fields.instant,
      kind: fields.kind,
      title,
      body: [...fields.body, `Repository: ${repository.fullName}`],
      source: 'github',
      service: repository.service,
      author: fields.author,
      evidence: context.evidenceAt(delivery.pointer),
    }),
  };
}

/** The login of the person behind a body: `sender`, or a nested `creator`/`actor`. */
export function readLogin(...people: Array<JsonObject | null>): string | null {
  for (const person of people) {
    const login = readString(person, 'login');
    if (login) return login;
  }
  return null;
}
