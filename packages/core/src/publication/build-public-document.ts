import { buildPublicVersion, type PublicVersion } from '@aftermath/analysis';
import type { IncidentKey, PostmortemDocument, Principal } from '@aftermath/domain';
import type { Context } from '../context';
import { exportDocument } from '../documents';
import { readPublicationSettings } from './publication-settings';

/**
 * The public (redacted) version of an incident's postmortem. Everything that leaves Aftermath
 * (public export, public pages, notifications) is built here, so nothing skips redaction: the
 * workspace's internal-only sections are dropped and every remaining text is redacted with the
 * people of the workspace (its directory, the commander, owners and authors) as names.
 */
export async function buildPublicDocument(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
): Promise<PublicVersion> {
  const doc = await exportDocument(ctx, principal, key);
  const [settings, users] = await Promise.all([
    readPublicationSettings(ctx.store),
    ctx.store.directory.listUsers(),
  ]);
  // Display names, not usernames: a username like `ops` would redact the word everywhere.
  const names = [...users.map((user) => user.displayName), ...peopleIn(doc)];
  return buildPublicVersion(doc, settings, { names: usableNames(names) });
}

function peopleIn(doc: PostmortemDocument): string[] {
  return [
    doc.incident.commander,
    doc.postmortem?.owner ?? null,
    ...doc.timeline.map((entry) => entry.author),
    ...doc.actions.map((action) => action.owner),
  ].filter((name): name is string => name !== null);
}

/** Names the redaction engine accepts (2–200 characters with at least two letters), once each. */
function usableNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const folded = name.trim().toLowerCase();
    const ok =
      folded.length <= 200 && (folded.match(/\p{L}/gu)?.length ?? 0) >= 2 && !seen.has(folded);
    seen.add(folded);
    return ok;
  });
}
