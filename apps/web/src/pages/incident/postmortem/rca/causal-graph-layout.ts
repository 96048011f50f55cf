import type { RootCauseAnalysis, TimelineEntry } from '@aftermath/domain';

/** A box of the causal graph: its column (0 causes, 1 effects, 2 the incident) and its text. */
export interface GraphNode {
  id: string;
  column: 0 | 1 | 2;
  kind: 'factor' | 'why' | 'entry' | 'incident';
  title: string;
  detail: string;
  x: number;
  y: number;
}

/** An arrow from one node to another. */
export interface GraphEdge {
  from: string;
  to: string;
}

/** Node size and spacing in SVG user units. */
export const graphMetrics = { width: 220, height: 48, gap: 14, columnGap: 70, padding: 12 };

/**
 * Lays out factors and why chains (causes) → the timeline entries they cite (effects) → the
 * incident. A cause citing nothing points at the incident directly. Columns are centred on the
 * tallest one; entries keep time order.
 */
export function layoutCausalGraph(
  rca: RootCauseAnalysis,
  entries: readonly TimelineEntry[],
  incidentTitle: string,
): { nodes: GraphNode[]; edges: GraphEdge[]; width: number; height: number } {
  const { width, height, gap, columnGap, padding } = graphMetrics;
  const causes = [
    ...rca.factors.map((f) => ({
      id: `factor:${f.id}`,
      kind: 'factor' as const,
      title: f.category,
      detail: f.description,
      cites: f.entryIds,
    })),
    ...rca.whys.map((w) => ({
      id: `why:${w.id}`,
      kind: 'why' as const,
      title: `why chain: ${w.problem}`,
      detail: w.links[w.links.length - 1]?.answer ?? '(no answer yet)',
      cites: w.links.flatMap((l) => l.evidence.flatMap((e) => (e.entryId ? [e.entryId] : []))),
    })),
  ];
  const cited = new Set(causes.flatMap((c) => c.cites));
  const effects = entries.filter((entry) => cited.has(entry.id));
  const rows = Math.max(causes.length, effects.length, 1);
  const totalHeight = padding * 2 + rows * height + (rows - 1) * gap;
  const top = (count: number, index: number) =>
    (totalHeight - (count * height + (count - 1) * gap)) / 2 + index * (height + gap);
  const x = (column: number) => padding + column * (width + columnGap);
  const nodes: GraphNode[] = [
    ...causes.map((c, i) => ({
      id: c.id,
      column: 0 as const,
      kind: c.kind,
      title: c.title,
      detail: c.detail,
      x: x(0),
      y: top(causes.length, i),
    })),
    ...effects.map((e, i) => ({
      id: `entry:${e.id}`,
      column: 1 as const,
      kind: 'entry' as const,
      title: e.at.slice(11, 16) + ' UTC',
      detail: e.title,
      x: x(1),
      y: top(effects.length, i),
    })),
    {
      id: 'incident',
      column: 2,
      kind: 'incident',
      title: 'incident',
      detail: incidentTitle,
      x: x(2),
      y: top(1, 0),
    },
  ];
  const known = new Set(effects.map((e) => e.id));
  const edges: GraphEdge[] = causes.flatMap((c) => {
    const targets = [...new Set(c.cites)].filter((id) => known.has(id));
    return targets.length === 0
      ? [{ from: c.id, to: 'incident' }]
      : targets.map((id) => ({ from: c.id, to: `entry:${id}` }));
  });
  for (const effect of effects) edges.push({ from: `entry:${effect.id}`, to: 'incident' });
  return { nodes, edges, width: x(2) + width + padding, height: totalHeight };
}
