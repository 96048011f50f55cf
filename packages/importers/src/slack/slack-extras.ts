import { asArray, asObject, readString, type JsonObject } from '../json-documents';
import type { SlackDirectory } from './slack-directory';
import { toPlainText } from './slack-text';

const ATTACHMENTS_MAX = 10;
const LIST_MAX = 20;

/**
 * The text of a message's attachments (what integrations such as alerting bots post): for each,
 * its pretext, title, text and fields, markup made plain; the fallback when it has none of them.
 *
 * @example
 * readAttachments({ attachments: [{ title: 'HighErrorRate', text: '5xx above 2%' }] }, directory);
 * // ['HighErrorRate', '5xx above 2%']
 */
export function readAttachments(message: JsonObject, directory: SlackDirectory): string[] {
  const lines: string[] = [];
  for (const item of (asArray(message.attachments) ?? []).slice(0, ATTACHMENTS_MAX)) {
    const attachment = asObject(item);
    const parts = [
      readString(attachment, 'pretext'),
      readString(attachment, 'title'),
      readString(attachment, 'text'),
      ...readFields(attachment),
    ].filter((part): part is string => part !== null);
    const shown = parts.length > 0 ? parts : [readString(attachment, 'fallback')];
    for (const part of shown) if (part) lines.push(toPlainText(part, directory));
  }
  return lines;
}

function readFields(attachment: JsonObject | null): string[] {
  return (asArray(attachment?.fields) ?? []).slice(0, LIST_MAX).flatMap((item) => {
    const field = asObject(item);
    const title = readString(field, 'title');
    const value = readString(field, 'value');
    return value ? [title ? `${title}: ${value}` : value] : [];
  });
}

/**
 * The files shared with a message (`files`, or the older single `file`), as one line.
 *
 * @example
 * readFiles({ files: [{ name: 'heap.txt', title: 'Heap dump' }] }); // 'Files: Heap dump'
 */
export function readFiles(message: JsonObject): string | null {
  const files = asArray(message.files) ?? (message.file !== undefined ? [message.file] : []);
  const names = files
    .slice(0, LIST_MAX)
    .map((item) => readString(asObject(item), 'title') ?? readString(asObject(item), 'name'))
    .filter((name): name is string => name !== null);
  return names.length > 0 ? `Files: ${names.join(', ')}` : null;
}

/**
 * The reactions on a message as one line (`Reactions: :eyes: ×3, :+1: ×1`): acknowledgements
 * in many incident channels.
 */
export function readReactions(message: JsonObject): string | null {
  const reactions = (asArray(message.reactions) ?? []).slice(0, LIST_MAX).flatMap((item) => {
    const reaction = asObject(item);
    const name = readString(reaction, 'name');
    const count = reaction?.count;
    return name ? [`:${name}: ×${typeof count === 'number' ? count : 1}`] : [];
  });
  return reactions.length > 0 ? `Reactions: ${reactions.join(', ')}` : null;
}
