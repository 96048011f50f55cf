import type { TimelineKind } from '@aftermath/domain';

// Icons are decoration; the kind is always written out next to them.
const kindIcons: Record<TimelineKind, string> = {
  alert: '🔔',
  page: '📟',
  deploy: '🚀',
  change: '🔧',
  platform: '☸',
  log: '📜',
  trace: '🧵',
  chat: '💬',
  status: '📣',
  milestone: '🏁',
  action: '✅',
  note: '📝',
};

/** The entry's kind as icon and word. */
export function KindBadge({ kind }: { kind: TimelineKind }) {
  return (
    <span className={`badge kind-badge kind-${kind}`}>
      <span aria-hidden="true">{kindIcons[kind]}</span> {kind}
    </span>
  );
}

/** Where the entry came from (an importer's format, or `manual`). */
export function SourceBadge({ source }: { source: string }) {
  return (
    <span className="badge source-badge" title={`Source: ${source}`}>
      <span className="visually-hidden">source </span>
      {source}
    </span>
  );
}
