import type { RootCauseAnalysis, TimelineEntry } from '@aftermath/domain';
import { useId } from 'react';
import { graphMetrics, layoutCausalGraph, type GraphNode } from './causal-graph-layout';

/** Cuts `text` to `max` characters with an ellipsis. */
function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function Node({ node }: { node: GraphNode }) {
  const { width, height } = graphMetrics;
  return (
    <g className={`rca-node rca-node-${node.kind}`} transform={`translate(${node.x} ${node.y})`}>
      <title>{`${node.title}: ${node.detail}`}</title>
      <rect width={width} height={height} rx={6} />
      <text x={8} y={17} className="rca-node-title">
        {clip(node.title, 34)}
      </text>
      <text x={8} y={35}>
        {clip(node.detail, 34)}
      </text>
    </g>
  );
}

/**
 * Factors and why chains → the timeline entries they cite → the incident, as a plain SVG (no
 * graph library). Hovering a box shows its full text.
 */
export function CausalGraph({
  rca,
  entries,
  incidentTitle,
}: {
  rca: RootCauseAnalysis;
  entries: readonly TimelineEntry[];
  incidentTitle: string;
}) {
  const id = useId();
  if (rca.factors.length === 0 && rca.whys.length === 0) {
    return (
      <p className="muted small">
        Add a contributing factor or a why chain to see the causal graph.
      </p>
    );
  }
  const graph = layoutCausalGraph(rca, entries, incidentTitle);
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const { width, height } = graphMetrics;
  return (
    <figure className="rca-graph">
      <svg
        role="img"
        aria-labelledby={`${id}-caption`}
        viewBox={`0 0 ${graph.width} ${graph.height}`}
        width="100%"
        style={{ maxWidth: graph.width }}
      >
        <defs>
          <marker
            id={`${id}-arrow`}
            viewBox="0 0 8 8"
            refX={8}
            refY={4}
            markerWidth={8}
            markerHeight={8}
            orient="auto"
          >
            <path d="M0,0 L8,4 L0,8 z" className="rca-arrow" />
          </marker>
        </defs>
        {graph.edges.map((edge) => {
          const from = byId.get(edge.from);
          const to = byId.get(edge.to);
          if (!from || !to) return null;
          const x1 = from.x + width;
          const y1 = from.y + height / 2;
          const x2 = to.x;
          const y2 = to.y + height / 2;
          const mid = (x1 + x2) / 2;
          return (
            <path
              key={`${edge.from}->${edge.to}`}
              className="rca-edge"
              d={`M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`}
              markerEnd={`url(#${id}-arrow)`}
            />
          );
        })}
        {graph.nodes.map((node) => (
          <Node key={node.id} node={node} />
        ))}
      </svg>
      <figcaption id={`${id}-caption`} className="muted small">
        Causal graph: {graph.nodes.filter((n) => n.column === 0).length} causes →{' '}
        {graph.nodes.filter((n) => n.column === 1).length} cited timeline entries → the incident.
      </figcaption>
    </figure>
  );
}
