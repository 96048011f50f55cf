import { navigate } from '../router/router';
import { paths } from '../router/routes';

/** One keyboard shortcut: the keys as the help overlay shows them, and what they do. */
export interface Shortcut {
  keys: string[];
  label: string;
  /** Path the shortcut opens; absent for the help overlay itself. */
  to?: string;
}

/** Every shortcut of the app, in the order the help overlay lists them. */
export const shortcuts: Shortcut[] = [
  { keys: ['/'], label: 'Search incidents, postmortems and actions', to: '/search' },
  { keys: ['g', 'i'], label: 'Go to incidents', to: paths.incidents() },
  { keys: ['g', 'a'], label: 'Go to action items in progress', to: '/dashboards/executive' },
  { keys: ['g', 'd'], label: 'Go to dashboards', to: '/dashboards' },
  { keys: ['g', 's'], label: 'Go to search', to: '/search' },
  { keys: ['n'], label: 'New incident', to: paths.newIncident() },
  { keys: ['?'], label: 'Show or hide this list of shortcuts' },
];

/** True while the person is typing, so letters go to the field and not to a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** How long after `g` the second key of a two-key shortcut may come, in milliseconds. */
const sequenceWindowMs = 1500;

/**
 * Turns key presses into shortcut moves. `g` starts a sequence; a shortcut with a path navigates
 * there (the search page keeps its own `/`, which focuses its box), `?` calls `onHelp`.
 * Returns true when the key was a shortcut, so the caller prevents its default.
 */
export function createShortcutHandler(onHelp: () => void) {
  let pending: { key: string; at: number } | null = null;
  return (key: string, now: number): boolean => {
    const prefix = pending !== null && now - pending.at <= sequenceWindowMs ? pending.key : null;
    pending = null;
    const typed = prefix === null ? [key] : [prefix, key];
    const match = shortcuts.find((shortcut) => shortcut.keys.join(' ') === typed.join(' '));
    if (match === undefined) {
      if (prefix === null && key === 'g') {
        pending = { key, at: now };
        return true;
      }
      return false;
    }
    if (match.to === undefined) onHelp();
    else if (!(key === '/' && window.location.pathname.startsWith('/search'))) navigate(match.to);
    else return false;
    return true;
  };
}
