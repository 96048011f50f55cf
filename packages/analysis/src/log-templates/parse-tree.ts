import { WILDCARD } from './mask-message';
import type { TemplateCluster } from './template-cluster';

/**
 * Candidate templates kept per leaf. Real logs stay far below this; free text of one length and
 * lead (every line a new template) would otherwise make each new line compare against all the
 * earlier ones. Beyond it the least used candidate is dropped from the leaf (its template and id
 * remain; repeats of its messages still find it through the miner's memo).
 */
const MAX_LEAF_TEMPLATES = 200;

interface TreeNode {
  readonly children: Map<string, TreeNode>;
  readonly clusters: TemplateCluster[];
}

function createNode(): TreeNode {
  return { children: new Map(), clusters: [] };
}

function dropLeastUsed(clusters: TemplateCluster[]): void {
  let least = 0;
  for (let i = 1; i < clusters.length; i += 1) {
    if ((clusters[i]?.count ?? 0) < (clusters[least]?.count ?? 0)) least = i;
  }
  clusters.splice(least, 1);
}

/** True for tokens routed to the `<*>` branch: masked ones, and any with a digit (as in Drain). */
function isVariable(token: string): boolean {
  for (let i = 0; i < token.length; i += 1) {
    const code = token.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return token.includes(WILDCARD);
}

/**
 * Drain's fixed-depth parse tree: below the root, one layer splits messages by token count,
 * the next `depth - 3` layers by their leading tokens (variable tokens, and tokens beyond
 * `maxChildren` distinct ones, share a `<*>` branch), and the leaves hold candidate templates.
 */
export class ParseTree {
  private readonly byLength = new Map<number, TreeNode>();

  constructor(
    private readonly depth: number,
    private readonly maxChildren: number,
  ) {}

  /** The templates a message with these tokens may join (none when no leaf matches). */
  candidates(tokens: readonly string[]): readonly TemplateCluster[] {
    let node = this.byLength.get(tokens.length);
    const prefix = Math.min(this.depth - 3, tokens.length);
    for (let i = 0; i < prefix && node !== undefined; i += 1) {
      const token = tokens[i] ?? '';
      node = node.children.get(token) ?? node.children.get(WILDCARD);
    }
    return node?.clusters ?? [];
  }

  /** Files a new template under the leaf its tokens lead to, creating nodes on the way. */
  insert(cluster: TemplateCluster): void {
    const tokens = cluster.tokens;
    let node = this.byLength.get(tokens.length);
    if (node === undefined) {
      node = createNode();
      this.byLength.set(tokens.length, node);
    }
    const prefix = Math.min(this.depth - 3, tokens.length);
    for (let i = 0; i < prefix; i += 1) node = this.childForInsert(node, tokens[i] ?? '');
    if (node.clusters.length >= MAX_LEAF_TEMPLATES) dropLeastUsed(node.clusters);
    node.clusters.push(cluster);
  }

  private childForInsert(node: TreeNode, token: string): TreeNode {
    let key = isVariable(token) ? WILDCARD : token;
    if (!node.children.has(key) && node.children.size >= this.maxChildren) key = WILDCARD;
    let child = node.children.get(key);
    if (child === undefined) {
      child = createNode();
      node.children.set(key, child);
    }
    return child;
  }
}
