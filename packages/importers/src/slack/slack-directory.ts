import { asArray, asObject, readObject, readString, type JsonObject } from '../json-documents';

/** A conversation of the export: its id (for dedupe keys) and the name people know it by. */
export interface SlackChannel {
  id: string;
  name: string;
}

/**
 * Who and where, from an export's `users.json` and `channels.json` (plus `groups.json`,
 * `mpims.json`, `dms.json` for private conversations): user ids resolve to the name Slack
 * shows (display name, else real name, else handle), folder names to channels.
 */
export class SlackDirectory {
  private readonly users = new Map<string, string>();
  private readonly bots = new Map<string, string>();
  private readonly channelsByFolder = new Map<string, SlackChannel>();
  private readonly channelNames = new Map<string, string>();

  /** Adds the users of a parsed `users.json`; returns how many entries were not users. */
  addUsers(value: unknown): number {
    let skipped = 0;
    for (const item of asArray(value) ?? []) {
      const user = asObject(item);
      const id = readString(user, 'id');
      const name = id ? displayName(user) : null;
      if (id && name) this.users.set(id, name);
      else skipped += 1;
    }
    return skipped;
  }

  /**
   * Adds the conversations of a parsed `channels.json` (folders named after the channel) or of
   * `dms.json` / `mpims.json` / `groups.json`; returns how many entries were not conversations.
   */
  addChannels(value: unknown): number {
    let skipped = 0;
    for (const item of asArray(value) ?? []) {
      const channel = asObject(item);
      const id = readString(channel, 'id');
      if (!id) {
        skipped += 1;
        continue;
      }
      const name = readString(channel, 'name') ?? id;
      this.channelsByFolder.set(name, { id, name });
      this.channelNames.set(id, name);
    }
    return skipped;
  }

  /** Remembers a bot's name (from a `bot_add` message or a bot profile). */
  addBot(id: string, name: string): void {
    this.bots.set(id, name);
  }

  /** The channel whose messages are in `folder`; an unlisted folder is its own channel. */
  channelOfFolder(folder: string): SlackChannel {
    return this.channelsByFolder.get(folder) ?? { id: folder, name: folder };
  }

  /** The name of a user id, or the id itself when the export does not list it. */
  userName(id: string): string {
    return this.users.get(id) ?? id;
  }

  /** The name of a bot id, or null when unknown. */
  botName(id: string): string | null {
    return this.bots.get(id) ?? null;
  }

  /** A channel's name by id, or null. */
  channelName(id: string): string | null {
    return this.channelNames.get(id) ?? null;
  }
}

function displayName(user: JsonObject | null): string | null {
  const profile = readObject(user, 'profile');
  return (
    readString(profile, 'display_name') ??
    readString(profile, 'real_name') ??
    readString(user, 'real_name') ??
    readString(user, 'name')
  );
}
