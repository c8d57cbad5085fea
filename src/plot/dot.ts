/**
 * `toDot(model)`: the model as Graphviz DOT text in the style of Keras's `model_to_dot` (a black-headed
 * table a layer, its input and output shapes, trainable or not; nested models as dashed clusters), with
 * each edge labelled with the shape of the tensor it carries. No dependency: render it with Graphviz
 * (`dot -Tsvg`), or with `plotModel` from `shapeflow/plot`.
 */
import type { Shape } from "../core/shape.js";
import { plotGraph, readPlotOptions, type PlotCluster, type PlotGraph, type PlotNode, type PlotOptions } from "./graph.js";
import type { PlotModelArg } from "./graph.js";
import { fail } from "../core/errors.js";
import { formatOption } from "../core/options.js";
import { readOptions } from "../core/read-options.js";

export interface ToDotOptions extends PlotOptions {
  /**
   * How Graphviz draws edges: `"spline"` (default), `"ortho"` (right angles, Keras's default),
   * `"polyline"`, `"curved"`, `"line"`. shapeflow's default differs from Keras's because Graphviz cannot
   * put a label on a right-angle edge, only beside it, where it runs into the line.
   */
  readonly splines?: "ortho" | "spline" | "polyline" | "curved" | "line";
}

export type badSplines<fn extends string, got extends string> =
  `${fn}: splines must be "ortho", "spline", "polyline", "curved" or "line", but got ${got}. Fix: use e.g. splines: "ortho" for Keras's right angles, or leave it out for curves.`;
export const badSplines = <fn extends string, got extends string>(fn: fn, got: got): badSplines<fn, got> =>
  `${fn}: splines must be "ortho", "spline", "polyline", "curved" or "line", but got ${got}. Fix: use e.g. splines: "ortho" for Keras's right angles, or leave it out for curves.`;
const splineKinds = ["ortho", "spline", "polyline", "curved", "line"] as const;

/** A shape as Keras's plot prints it, a Python tuple: `(None, 3)`, `(None,)` for one axis. */
export const plotShape = (s: Shape | undefined): string =>
  s === undefined ? "?" : `(${s.map((d) => (d === null ? "None" : String(d))).join(", ")}${s.length === 1 ? "," : ""})`;
/** Several shapes as Keras prints a list of them: `[(None, 3), (None, 4)]`. */
export const plotShapes = (ss: readonly Shape[]): string => (ss.length === 1 ? plotShape(ss[0]) : `[${ss.map(plotShape).join(", ")}]`);

/** Text for an HTML-like Graphviz label: `&`, `<`, `>` and quotes escaped. */
const html = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** A DOT double-quoted string; a line break in `s` becomes DOT's `\n`. */
export const quoted = (s: string): string => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;

/**
 * The layer's table, as Keras's `make_layer_label`, except that each piece of text is a line of its own
 * (`Input shape` over `(None, 3)`): Graphviz places the runs of one line by its own font metrics, so in a
 * viewer whose font is wider than Helvetica, a bold run beside a plain one overlaps it.
 */
const label = (n: PlotNode, o: Required<PlotOptions>): string => {
  const cols: string[] = [];
  const cell = (title: string, value: string) => `<td bgcolor="white"><font point-size="14">${title}<br/><b>${html(value)}</b></font></td>`;
  if (o.showShapes) {
    if (n.className !== "InputLayer") cols.push(cell("Input shape", plotShapes(n.inputShapes)));
    cols.push(cell("Output shape", n.outputShapes.length === 0 ? "?" : plotShapes(n.outputShapes)));
  }
  if (o.showDtype) cols.push(cell("Output dtype", n.dtype));
  if (o.showTrainable && n.trainable !== undefined)
    cols.push(
      n.trainable
        ? '<td bgcolor="forestgreen"><font point-size="14" color="white"><b>Trainable</b></font></td>'
        : '<td bgcolor="firebrick"><font point-size="14" color="white"><b>Non-trainable</b></font></td>',
    );
  const colspan = Math.max(1, cols.length);
  const head = o.showLayerNames ? `<b>${html(n.name)}</b><br/>${html(n.className)}` : `<b>${html(n.className)}</b>`;
  let table = `<<table border="0" cellborder="1" bgcolor="black" cellpadding="8">`;
  table += `<tr><td colspan="${colspan}" bgcolor="black"><font point-size="16" color="white">${head}</font></td></tr>`;
  if (o.showLayerActivations && n.activation !== undefined)
    table += `<tr><td bgcolor="white" colspan="${colspan}"><font point-size="14">Activation<br/><b>${html(n.activation)}</b></font></td></tr>`;
  if (cols.length > 0) table += `<tr>${cols.join("")}</tr>`;
  return `${table}</table>>`;
};

/**
 * DOT text of a graph already walked, with options already read. `font` is Keras's Helvetica for
 * Graphviz with real fonts; `plotModel` lays out in Courier, whose width every monospace font shares.
 */
export const renderDot = (g: PlotGraph, o: Required<PlotOptions>, splines: string, font = "Helvetica"): string => {
  const lines = [`digraph ${quoted(g.name)} {`];
  lines.push(`  graph [rankdir=${o.rankdir}, concentrate=true, splines=${splines}, fontname=${quoted(font)}];`);
  lines.push(`  node [shape=record, fontname=${quoted(font)}, border=0, margin=0];`);
  lines.push(`  edge [penwidth=2, fontname=${quoted(font)}, fontsize=12];`);
  const children = new Map<string | undefined, { nodes: PlotNode[]; clusters: PlotCluster[] }>();
  const slot = (c: string | undefined) => {
    let s = children.get(c);
    if (s === undefined) children.set(c, (s = { nodes: [], clusters: [] }));
    return s;
  };
  for (const n of g.nodes) slot(n.cluster).nodes.push(n);
  for (const c of g.clusters) slot(c.parent).clusters.push(c);
  const emit = (c: string | undefined, indent: string): void => {
    const s = children.get(c);
    for (const n of s?.nodes ?? []) lines.push(`${indent}${n.id} [label=${label(n, o)}];`);
    for (const sub of s?.clusters ?? []) {
      lines.push(`${indent}subgraph ${sub.id} {`);
      lines.push(`${indent}  graph [style=dashed, label=${quoted(`${sub.name} (${sub.className})`)}, labeljust=l];`);
      emit(sub.id, indent + "  ");
      lines.push(`${indent}}`);
    }
  };
  emit(undefined, "  ");
  // Graphviz's right-angle edges cannot hold a label in the middle, only beside them (xlabel).
  const where = splines === "ortho" ? "xlabel" : "label";
  for (const e of g.edges)
    lines.push(o.showShapes ? `  ${e.from} -> ${e.to} [${where}=${quoted(plotShape(e.shape))}];` : `  ${e.from} -> ${e.to};`);
  lines.push("}");
  return lines.join("\n") + "\n";
};

/** Reads `splines` beside the plot options. */
export const readSplines = (fn: string, options: unknown): string => {
  const s = options !== null && typeof options === "object" ? (options as { splines?: unknown }).splines : undefined;
  if (s !== undefined && !splineKinds.includes(s as (typeof splineKinds)[number])) fail(badSplines(fn, formatOption(s)));
  return (s as string | undefined) ?? "spline";
};

/**
 * The model as Graphviz DOT text, in Keras's `model_to_dot` style: a box a layer with its name and class,
 * input and output shapes (`showShapes`), dtype, activation and trainable or not, edges labelled with
 * their tensor's shape; nested models and blocks as dashed clusters with `expandNested`. A shared layer
 * is one box with all its connections. Unknown sizes print as `None`.
 *
 * @example
 * ```ts
 * const m = sequential({ layers: [dense({ units: 4, inputShape: [3] }), dense({ units: 1 })] });
 * const dot = toDot(m, { showShapes: true });   // digraph "sequential" { ... n0 -> n1 [xlabel="(None, 4)"]; }
 * ```
 */
export const toDot = <const m>(model: PlotModelArg<"toDot", m>, options?: ToDotOptions): string => {
  const snapshot = readOptions(options ?? {});
  const o = readPlotOptions("toDot", snapshot, ["splines"]);
  const splines = readSplines("toDot", snapshot);
  return renderDot(plotGraph("toDot", model, o.expandNested), o, splines);
};
