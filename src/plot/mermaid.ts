/**
 * `toMermaid(model)`: the model as a Mermaid flowchart, which GitHub, GitLab and many Markdown viewers
 * draw from a ```` ```mermaid ```` block: a box a layer, edges labelled with their tensor's shape,
 * nested models and blocks as dashed subgraphs with `expandNested`. No dependency.
 */
import { plotGraph, readPlotOptions, type PlotCluster, type PlotNode, type PlotOptions } from "./graph.js";
import type { PlotModelArg } from "./graph.js";
import { plotShape, plotShapes } from "./dot.js";

/**
 * Text inside a Mermaid `"..."` label: Mermaid's entity codes for the characters that would end the
 * label or start markup (`#quot;`, `#lt;`, `#gt;`, `#35;` for `#` itself).
 */
const text = (s: string): string =>
  s.replace(/#/g, "#35;").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;").replace(/\n/g, " ");

const box = (n: PlotNode, o: Required<PlotOptions>): string => {
  const lines = [o.showLayerNames ? `<b>${text(n.name)}</b> (${text(n.className)})` : `<b>${text(n.className)}</b>`];
  if (o.showLayerActivations && n.activation !== undefined) lines.push(`activation: ${text(n.activation)}`);
  if (o.showShapes) {
    if (n.className !== "InputLayer") lines.push(`input: ${plotShapes(n.inputShapes)}`);
    lines.push(`output: ${n.outputShapes.length === 0 ? "?" : plotShapes(n.outputShapes)}`);
  }
  if (o.showDtype) lines.push(`dtype: ${text(n.dtype)}`);
  if (o.showTrainable && n.trainable !== undefined) lines.push(n.trainable ? "trainable" : "non-trainable");
  return `${n.id}["${lines.join("<br/>")}"]`;
};

/**
 * The model as a Mermaid flowchart (`flowchart TB`): a box a layer with its name and class, and with
 * the options its input and output shapes, activation, dtype and trainable or not; each edge labelled
 * with its tensor's shape (`showShapes`); nested models and blocks as dashed subgraphs
 * (`expandNested`). Paste it into a ```` ```mermaid ```` block of a Markdown file.
 *
 * @example
 * ```ts
 * const m = sequential({ layers: [dense({ units: 4, inputShape: [3] }), dense({ units: 1 })] });
 * toMermaid(m, { showShapes: true });
 * // flowchart TB
 * //   n0["<b>dense</b> (Dense)<br/>input: (None, 3)<br/>output: (None, 4)"]
 * //   ...
 * //   n0 -->|"(None, 4)"| n1
 * ```
 */
export const toMermaid = <const m>(model: PlotModelArg<"toMermaid", m>, options?: PlotOptions): string => {
  const o = readPlotOptions("toMermaid", options);
  const g = plotGraph("toMermaid", model, o.expandNested);
  const lines = [`flowchart ${o.rankdir}`];
  const nodes = new Map<string | undefined, PlotNode[]>();
  const clusters = new Map<string | undefined, PlotCluster[]>();
  for (const n of g.nodes) nodes.set(n.cluster, [...(nodes.get(n.cluster) ?? []), n]);
  for (const c of g.clusters) clusters.set(c.parent, [...(clusters.get(c.parent) ?? []), c]);
  const emit = (c: string | undefined, indent: string): void => {
    for (const n of nodes.get(c) ?? []) lines.push(indent + box(n, o));
    for (const sub of clusters.get(c) ?? []) {
      lines.push(`${indent}subgraph ${sub.id} ["${text(`${sub.name} (${sub.className})`)}"]`);
      lines.push(`${indent}  direction ${o.rankdir}`);
      emit(sub.id, indent + "  ");
      lines.push(`${indent}end`);
    }
  };
  emit(undefined, "  ");
  for (const e of g.edges) lines.push(o.showShapes ? `  ${e.from} -->|"${plotShape(e.shape)}"| ${e.to}` : `  ${e.from} --> ${e.to}`);
  for (const c of g.clusters) lines.push(`  style ${c.id} stroke-dasharray: 5 5`);
  return lines.join("\n") + "\n";
};
