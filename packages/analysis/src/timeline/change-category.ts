import type { TimelineEntry } from '@aftermath/domain';
import { readTitleTags } from './title-tags';

/** What a change was: a deploy, a config change, a feature-flag flip, a data migration, or other. */
export type ChangeCategory = 'deploy' | 'config' | 'feature-flag' | 'migration' | 'change';

const categoryTags: Readonly<Record<string, ChangeCategory>> = {
  deploy: 'deploy',
  deployment: 'deploy',
  config: 'config',
  'feature-flag': 'feature-flag',
  flag: 'feature-flag',
  migration: 'migration',
};

const categoryWords: ReadonlyArray<[RegExp, ChangeCategory]> = [
  [/\b(?:feature[ -]?flags?|flags?|toggles?)\b/i, 'feature-flag'],
  [/\b(?:migrations?|migrat(?:e|ed|ing)|schema)\b/i, 'migration'],
  [/\b(?:config(?:uration)?s?|settings?)\b/i, 'config'],
];

/**
 * Reads what kind of change a `deploy` or `change` entry was. Importers tag the title
 * (`[DEPLOY]`, `[CONFIG]`, `[FEATURE-FLAG]`, `[MIGRATION]`, as the generic change event's `kind`);
 * untagged `change` entries are read from words in the title ("flag", "migration", "config");
 * a `deploy` entry is a deploy unless tagged otherwise.
 *
 * @example
 * readChangeCategory({ kind: 'change', title: 'Enable flag new-checkout for 10%' }); // 'feature-flag'
 * readChangeCategory({ kind: 'deploy', title: '[MIGRATION] orders: add index' }); // 'migration'
 */
export function readChangeCategory(entry: Pick<TimelineEntry, 'kind' | 'title'>): ChangeCategory {
  for (const tag of readTitleTags(entry.title).tags) {
    const category = categoryTags[tag];
    if (category) return category;
  }
  if (entry.kind === 'deploy') return 'deploy';
  for (const [pattern, category] of categoryWords) {
    if (pattern.test(entry.title)) return category;
  }
  return 'change';
}

/** The verb a reason uses for each category: "deployed 7 min before impact start". */
export const changeVerbs: Readonly<Record<ChangeCategory, string>> = {
  deploy: 'deployed',
  config: 'config changed',
  'feature-flag': 'feature flag changed',
  migration: 'migration ran',
  change: 'changed',
};
