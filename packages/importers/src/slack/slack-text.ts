import type { SlackDirectory } from './slack-directory';

const TOKEN = /<([^<>\s|]+)(?:\|([^<>]*))?>/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/**
 * Slack message markup as plain text: `<@U123>` → `@alice`, `<#C123|general>` → `#general`,
 * `<!here>` → `@here`, `<!subteam^S1|@oncall>` → `@oncall`, `<https://x|label>` →
 * `label (https://x)`, `<https://x>` → `https://x`, and `&amp;`, `&lt;`, `&gt;` decoded.
 *
 * @example
 * toPlainText('<@U1> see <https://status.example|status>', directory);
 * // '@alice see status (https://status.example)'
 */
export function toPlainText(text: string, directory: SlackDirectory): string {
  return text
    .replace(TOKEN, (_whole, target: string, label: string | undefined) =>
      renderToken(target, label, directory),
    )
    .replace(/&(?:amp|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
}

function renderToken(target: string, label: string | undefined, directory: SlackDirectory): string {
  switch (target.charAt(0)) {
    case '@':
      return `@${label ?? directory.userName(target.slice(1))}`;
    case '#':
      return `#${label ?? directory.channelName(target.slice(1)) ?? target.slice(1)}`;
    case '!':
      return renderSpecial(target.slice(1), label);
    default:
      return renderLink(target, label);
  }
}

function renderSpecial(command: string, label: string | undefined): string {
  if (label) return label;
  const word = command.split('^')[0] ?? command;
  return ['here', 'channel', 'everyone'].includes(word) ? `@${word}` : `<!${command}>`;
}

function renderLink(url: string, label: string | undefined): string {
  const shown = url.startsWith('mailto:') ? url.slice('mailto:'.length) : url;
  return label && label !== shown ? `${label} (${shown})` : shown;
}
