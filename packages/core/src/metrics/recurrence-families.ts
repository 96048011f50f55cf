import { recurrenceWindowDays } from '@aftermath/analysis';
import type { Incident } from '@aftermath/domain';

const WINDOW_MS = recurrenceWindowDays * 86_400_000;

interface Member {
  key: string;
  startMs: number;
}

/**
 * Recurrence (M4) from `recurrenceOf` links over every incident: incidents linked directly or
 * through a chain form one family (the same failure coming back). An incident recurred when the
 * next member of its family started within the 90-day window after it. Start = impact start, or
 * creation time when impact start is unknown.
 */
export class RecurrenceFamilies {
  private readonly parent = new Map<string, string | null>();
  private readonly starts = new Map<string, number>();
  private next: Map<string, number> | null = null;

  /** Adds every incident (not only those inside the filter): a recurrence may lie outside it. */
  add(
    incident: Pick<Incident, 'key' | 'recurrenceOf' | 'createdAt'> & {
      milestones: Pick<Incident['milestones'], 'impactStartedAt'>;
    },
  ): void {
    this.parent.set(incident.key, incident.recurrenceOf);
    const start = incident.milestones.impactStartedAt ?? incident.createdAt;
    this.starts.set(incident.key, Date.parse(start));
  }

  /** True when a family member followed the incident within the window. */
  recurred(key: string): boolean {
    const startMs = this.starts.get(key);
    const nextMs = this.nextStarts().get(key);
    return startMs !== undefined && nextMs !== undefined && nextMs - startMs <= WINDOW_MS;
  }

  /** For each incident, the start of the next member of its family (computed once). */
  private nextStarts(): Map<string, number> {
    if (this.next) return this.next;
    const families = new Map<string, Member[]>();
    for (const key of this.parent.keys()) {
      const root = this.rootOf(key);
      const members = families.get(root) ?? [];
      members.push({ key, startMs: this.starts.get(key) ?? 0 });
      families.set(root, members);
    }
    this.next = new Map();
    for (const members of families.values()) {
      members.sort((a, b) => a.startMs - b.startMs);
      members.forEach((member, index) => {
        const following = members.slice(index + 1).find((m) => m.startMs > member.startMs);
        if (following) this.next?.set(member.key, following.startMs);
      });
    }
    return this.next;
  }

  private rootOf(key: string): string {
    const seen = new Set([key]);
    let current = key;
    for (;;) {
      const up = this.parent.get(current);
      if (up === undefined || up === null || seen.has(up)) return current;
      seen.add(up);
      current = up;
    }
  }
}
