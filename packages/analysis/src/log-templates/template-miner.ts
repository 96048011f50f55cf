import { writeMaskedMessage } from './mask-message';
import { MaskWriter } from './mask-writer';
import { MaskedMemo } from './masked-memo';
import { resolveMinerOptions } from './miner-options';
import { ParseTree } from './parse-tree';
import { findBestCluster, generalizeCluster, type TemplateCluster } from './template-cluster';
import type {
  TemplateMatch,
  TemplateMiner,
  TemplateMinerOptions,
  TemplateSummary,
} from './template-miner.types';
import { joinTokens, normalizeTokens, splitTokens } from './tokenize-message';

/** Distinct masked messages remembered for the fast path before the memory is cleared. */
const MEMO_LIMIT = 50_000;
/** Longer masked messages are not remembered, so the memory stays small (≈ 25 MB at most). */
const MEMO_KEY_LIMIT = 512;

/**
 * Creates an online log template miner in the style of Drain (He et al., ICWS 2017): a message
 * is masked (numbers, hex, IPs, UUIDs, paths, host names, dates → `<*>`) and tokenised, routed
 * through a fixed-depth tree by token count and first two tokens, and joined to the most similar
 * template in the leaf when enough of the template's constant tokens agree; otherwise it starts
 * a new template. Unlike Drain, similarity ignores wildcard positions, and identical masked
 * messages always land on the same template. That makes a repeat one lookup: the message is
 * masked into a reused buffer with a running hash and compared with the remembered key, so no
 * string is built for it (only a new masked message is tokenised and matched in the tree).
 * Templates only gain wildcards and messages never move, so ids stay valid for the life of the
 * miner.
 *
 * Throws a `validation` DomainError naming the option when an option is out of range.
 *
 * @example
 * const miner = createTemplateMiner();
 * miner.add('Connection from 10.0.0.1 closed');
 * // { templateId: 'T1', template: 'Connection from <*> closed' }
 * miner.add('Connection from 10.0.0.2 closed').templateId; // 'T1'
 */
export function createTemplateMiner(options: TemplateMinerOptions = {}): TemplateMiner {
  const settings = resolveMinerOptions(options);
  const tree = new ParseTree(settings.depth, settings.maxChildren);
  const clusters: TemplateCluster[] = [];
  const memo = new MaskedMemo<TemplateCluster>();
  const writer = new MaskWriter();

  function assign(tokens: string[]): TemplateCluster {
    const candidates = tree.candidates(tokens);
    const found = findBestCluster(candidates, tokens, settings.similarityThreshold);
    if (found !== undefined) {
      generalizeCluster(found, tokens);
      return found;
    }
    const templateId = `T${clusters.length + 1}`;
    const cluster = { tokens, count: 0, match: { templateId, template: tokens.join(' ') } };
    clusters.push(cluster);
    tree.insert(cluster);
    return cluster;
  }

  function add(message: string, from = 0): TemplateMatch {
    if (settings.maskVariables) writeMaskedMessage(writer, message, from);
    else {
      writer.reset(joinTokens(from === 0 ? message : message.slice(from)));
      writer.finish();
    }
    let cluster = memo.get(writer);
    if (cluster === undefined) {
      const key = writer.decode();
      const tokens = splitTokens(key);
      cluster = assign(settings.maskVariables ? normalizeTokens(tokens) : tokens);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      if (key.length <= MEMO_KEY_LIMIT) memo.set(key, writer.hash, cluster);
    }
    cluster.count += 1;
    return cluster.match;
  }

  function templates(): TemplateSummary[] {
    return clusters.map((cluster) => ({ ...cluster.match, count: cluster.count }));
  }

  return { add, templates };
}
