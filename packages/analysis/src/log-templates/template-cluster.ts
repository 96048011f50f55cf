import { WILDCARD } from './mask-message';
import type { TemplateMatch } from './template-miner.types';

/** A template being mined: its tokens (wildcards as `<*>`), its count and current match. */
export interface TemplateCluster {
  readonly tokens: string[];
  count: number;
  match: TemplateMatch;
}

/**
 * The cluster most similar to `tokens` (same length) if its similarity reaches `threshold`.
 * Similarity is the share of the template's constant tokens that `tokens` repeats; ties go to
 * the template with more wildcards, as in Drain.
 */
export function findBestCluster(
  clusters: readonly TemplateCluster[],
  tokens: readonly string[],
  threshold: number,
): TemplateCluster | undefined {
  let best: TemplateCluster | undefined;
  let bestScore = -1;
  let bestWildcards = -1;
  for (const cluster of clusters) {
    const template = cluster.tokens;
    let same = 0;
    let wildcards = 0;
    for (let i = 0; i < template.length; i += 1) {
      const token = template[i];
      if (token === WILDCARD) wildcards += 1;
      else if (token === tokens[i]) same += 1;
    }
    const constants = template.length - wildcards;
    const score = constants === 0 ? 1 : same / constants;
    if (score > bestScore || (score === bestScore && wildcards > bestWildcards)) {
      best = cluster;
      bestScore = score;
      bestWildcards = wildcards;
    }
  }
  return bestScore >= threshold ? best : undefined;
}

/**
 * Turns the cluster's tokens that differ from `tokens` into wildcards and refreshes its match
 * (same id, new template text) when any changed.
 */
export function generalizeCluster(cluster: TemplateCluster, tokens: readonly string[]): void {
  const template = cluster.tokens;
  let changed = false;
  for (let i = 0; i < template.length; i += 1) {
    if (template[i] !== WILDCARD && template[i] !== tokens[i]) {
      template[i] = WILDCARD;
      changed = true;
    }
  }
  if (changed)
    cluster.match = { templateId: cluster.match.templateId, template: template.join(' ') };
}
