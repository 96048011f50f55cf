import { checklistItemIds, defaultActionPolicy, type ChecklistItemId } from '@aftermath/domain';
import { actionItems } from './action-items';
import type {
  ChecklistConfig,
  ChecklistInput,
  ChecklistItem,
  ChecklistItemDefinition,
  ChecklistResult,
} from './checklist.types';
import { documentItems } from './document-items';
import { findingItems } from './finding-items';
import { rcaItems } from './rca-items';

const definitions = new Map<ChecklistItemId, ChecklistItemDefinition>(
  [...documentItems, ...rcaItems, ...actionItems, ...findingItems].map((d) => [d.id, d]),
);

function definitionOf(id: ChecklistItemId): ChecklistItemDefinition {
  const definition = definitions.get(id);
  if (!definition) throw new Error(`checklist item ${id} has no definition`);
  return definition;
}

/** Every item in the documented order, with its default weight (the weights sum to 100). */
export const CHECKLIST_ITEMS: readonly Pick<ChecklistItemDefinition, 'id' | 'title' | 'weight'>[] =
  checklistItemIds.map((id) => {
    const { title, weight } = definitionOf(id);
    return { id, title, weight };
  });

function scoreOf(items: readonly ChecklistItem[]): number {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  if (total === 0) return 100;
  const earned = items.reduce((sum, item) => sum + (item.passed ? item.weight : 0), 0);
  return Math.round((earned / total) * 100);
}

/**
 * Runs the quality checklist (metric M5, "RCA completeness") over a postmortem, its incident and
 * actions and the linters' findings. Pure: the same input gives the same answer.
 *
 * @example
 * const result = runChecklist(input, { weights: { lessons: 0 } });
 * result.items.filter((item) => !item.passed).map((item) => item.fix);
 */
export function runChecklist(input: ChecklistInput, config: ChecklistConfig = {}): ChecklistResult {
  const settings: Required<ChecklistConfig> = {
    weights: config.weights ?? {},
    summaryMaxWords: config.summaryMaxWords ?? 150,
    preventRule:
      config.preventRule === undefined ? defaultActionPolicy.preventRule : config.preventRule,
  };
  const items = checklistItemIds.map((id): ChecklistItem => {
    const definition = definitionOf(id);
    const verdict = definition.check(input, settings);
    const weight = settings.weights[id] ?? definition.weight;
    return { id, title: definition.title, weight, ...verdict };
  });
  return {
    score: scoreOf(items),
    passed: items.filter((item) => item.passed).length,
    total: items.length,
    items,
  };
}
