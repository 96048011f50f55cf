import type { EvidenceRef } from '@aftermath/domain';
import type { ImportedEntry } from '../importer';
import {
  asObject,
  buildEntry,
  describeValue,
  readNumber,
  readObject,
  readString,
  type JsonObject,
} from '../json-documents';
import type { SlackChannel, SlackDirectory } from './slack-directory';
import { readAttachments, readFiles, readReactions } from './slack-extras';
import { toPlainText } from './slack-text';
import { readSlackTs, type SlackTs, type ThreadIndex } from './slack-threads';

/** Subtypes that say nothing about an incident: people and apps joining or leaving. */
const SKIPPED_SUBTYPES = new Set([
  'channel_join',
  'channel_leave',
  'group_join',
  'group_leave',
  'bot_add',
  'bot_remove',
]);

/** Everything a message is read against. */
export interface MessageContext {
  channel: SlackChannel;
  directory: SlackDirectory;
  threads: ThreadIndex;
  evidence: EvidenceRef;
}

/**
 * One message of a channel-day file as a `chat` entry at its `ts`: author resolved to a name,
 * markup made plain, attachments and files listed, a reply naming the message that started its
 * thread, an edit noted. Dedupe key: `slack:<channel id>:<ts>`. Returns null for join/leave
 * noise, and a problem message for a record that is not a message.
 *
 * @example
 * readSlackMessage({ type: 'message', user: 'U1', text: 'rolling back', ts: '1700000000.000100' }, context);
 * // { dedupeKey: 'slack:C1:1700000000.000100', entry: { title: 'alice in #incident: rolling back', … } }
 */
export function readSlackMessage(
  value: unknown,
  context: MessageContext,
): ImportedEntry | string | null {
  const outer = asObject(value);
  if (!outer) return 'a message must be an object';
  const ts = readSlackTs(outer.ts);
  if (!ts)
    return `ts must be a Slack timestamp such as "1700000000.000100", not ${describeValue(outer.ts)}`;
  const subtype = readString(outer, 'subtype');
  if (subtype !== null && SKIPPED_SUBTYPES.has(subtype)) {
    if (subtype === 'bot_add') learnBotName(outer, context.directory);
    return null;
  }
  // An edit or deletion event carries the message it is about; the event's ts is its own id.
  const message = subtype === 'message_changed' ? (readObject(outer, 'message') ?? outer) : outer;
  const author = authorOf(message, context.directory);
  const text = contentOf(message, subtype, context.directory);
  const thread = threadLines(message, ts, author, text, context);
  const { channel } = context;
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '(no text)';
  const reply = thread.isReply ? ' (thread reply)' : '';
  return {
    dedupeKey: `slack:${channel.id}:${ts.raw}`,
    entry: buildEntry({
      instant: ts.instant,
      kind: 'chat',
      title: `${author ?? 'Someone'} in #${channel.name}${reply}: ${firstLine}`,
      body: [
        text,
        ...thread.lines,
        ...eventLines(outer, subtype),
        editLine(message, context.directory),
        readReactions(message),
      ],
      source: 'slack',
      service: null,
      evidence: context.evidence,
      author,
    }),
  };
}

function authorOf(message: JsonObject, directory: SlackDirectory): string | null {
  const user = readString(message, 'user');
  if (user) return directory.userName(user);
  const named =
    readString(message, 'username') ?? readString(readObject(message, 'bot_profile'), 'name');
  if (named) return named;
  const bot = readString(message, 'bot_id');
  return bot ? (directory.botName(bot) ?? `bot ${bot}`) : null;
}

function contentOf(message: JsonObject, subtype: string | null, directory: SlackDirectory): string {
  const text = toPlainText(readString(message, 'text') ?? '', directory);
  const parts = [text, ...readAttachments(message, directory), readFiles(message)];
  const content = parts.filter((part): part is string => !!part && part.trim() !== '').join('\n');
  if (subtype === 'message_deleted') return content || '(deleted a message)';
  return content;
}

function threadLines(
  message: JsonObject,
  ts: SlackTs,
  author: string | null,
  text: string,
  context: MessageContext,
): { isReply: boolean; lines: string[] } {
  const threadTs = readSlackTs(message.thread_ts);
  const { channel, threads } = context;
  if (threadTs && threadTs.raw !== ts.raw) {
    const parent = threads.find(channel.id, threadTs.raw);
    const key = `slack:${channel.id}:${threadTs.raw}`;
    const line = parent
      ? `Reply to ${parent.author} at ${parent.at}: "${parent.excerpt}" (${key})`
      : `Reply in a thread started at ${threadTs.instant.at}, whose first message is not in this export (${key})`;
    return { isReply: true, lines: [line] };
  }
  const replies = readNumber(message, 'reply_count');
  if (threadTs || (replies ?? 0) > 0) {
    threads.remember(channel.id, ts.raw, author ?? 'Someone', text, ts.instant.at);
  }
  return { isReply: false, lines: replies ? [`Thread: ${replies} replies`] : [] };
}

function eventLines(outer: JsonObject, subtype: string | null): string[] {
  if (subtype !== 'message_changed' && subtype !== 'message_deleted') return [];
  const about = readSlackTs(readObject(outer, 'message')?.ts ?? outer.deleted_ts);
  const what = subtype === 'message_changed' ? 'Edit' : 'Deletion';
  return about ? [`${what} of the message sent at ${about.instant.at}`] : [];
}

function editLine(message: JsonObject, directory: SlackDirectory): string | null {
  const edited = readObject(message, 'edited');
  if (!edited) return null;
  const user = readString(edited, 'user');
  const at = readSlackTs(edited.ts);
  const who = user ? ` by ${directory.userName(user)}` : '';
  return `Edited${who}${at ? ` at ${at.instant.at}` : ''}`;
}

function learnBotName(message: JsonObject, directory: SlackDirectory): void {
  const bot = readString(message, 'bot_id');
  const link = /\/services\/(B\w+)\|([^>]+)>/.exec(readString(message, 'text') ?? '');
  if (bot && link?.[1] === bot && link[2]) directory.addBot(bot, link[2]);
}
