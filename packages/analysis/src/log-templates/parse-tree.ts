import { WILDCARD } from './mask-message';
import type { TemplateCluster } from './template-cluster';

interface TreeNode {
  readonly children: Map<string, TreeNode>;
  readonly clusters: TemplateCluster[];
}

function createNode(): TreeNode {
  return { children: new Map(), clusters: [] };
}

/**
 * Drain's fixed-depth parse tree: the first layer splits messages by token count, the next
 * `depth - 2` layers by their leading tokens (tokens holding a wildcard, and tokens beyond
 * `maxChildren` distinct ones, share a `<*>` branch), and leaves hold the candidate templates.
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
    const prefix = Math.min(this.depth - 2, tokens.length);
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
    const prefix = Math.min(this.depth - 2, tokens.length);
    for (let i = 0; i < prefix; i += 1) node = this.childForInsert(node, tokens[i] ?? '');
    node.clusters.push(cluster);
  }

  private childForInsert(node: TreeNode, token: string): TreeNode {
    let key = token.includes(WILDCARD) ? WILDCARD : token;
    if (!node.children.has(key) && node.children.size >= this.maxChildren) key = WILDCARD;
    let child = node.children.get(key);
    if (child === undefined) {
      child = createNode();
      node.children.set(key, child);
    }
    return child;
  }
}
