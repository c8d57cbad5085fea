/**
 * `plotModel(model)` and `plotNeurons(model)`: SVG pictures of a model, as Keras's `plot_model` draws
 * them, laid out by Graphviz (`@viz-js/viz`, Graphviz compiled to WebAssembly: no native code, no
 * browser, the same layout as Keras's pydot + Graphviz).
 */
import { fail, ShapeError } from "../core/errors.js";
import { readOptions } from "../core/read-options.js";
import { renderDot, readSplines, type ToDotOptions } from "./dot.js";
import { plotGraph, readPlotOptions, type PlotModelArg } from "./graph.js";
import { neuronDot, type NeuronOptions } from "./neurons.js";

/** What the plot needs of `@viz-js/viz`: an instance (`await instance()`), which renders DOT text. */
export interface VizLike {
  renderString(dot: string, options: { readonly format: "svg" }): string;
}

export interface PlotModelOptions extends ToDotOptions {
  /** A `@viz-js/viz` instance to draw with (default: `await instance()` of the installed `@viz-js/viz`). */
  readonly viz?: VizLike;
}
export interface PlotNeuronsOptions extends NeuronOptions {
  /** A `@viz-js/viz` instance to draw with (default: `await instance()` of the installed `@viz-js/viz`). */
  readonly viz?: VizLike;
}

export type vizNotFound<fn extends string> =
  `${fn}: @viz-js/viz (Graphviz for JavaScript) was not found. Fix: npm install @viz-js/viz, or draw the DOT text of toDot(model) with Graphviz yourself.`;
export const vizNotFound = <fn extends string>(fn: fn): vizNotFound<fn> =>
  `${fn}: @viz-js/viz (Graphviz for JavaScript) was not found. Fix: npm install @viz-js/viz, or draw the DOT text of toDot(model) with Graphviz yourself.`;
export type graphvizFailed<fn extends string, why extends string> =
  `${fn}: Graphviz could not draw the model: ${why} Fix: report it with the model's toDot() text.`;
export const graphvizFailed = <fn extends string, why extends string>(fn: fn, why: why): graphvizFailed<fn, why> =>
  `${fn}: Graphviz could not draw the model: ${why} Fix: report it with the model's toDot() text.`;

let shared: Promise<VizLike> | undefined;
const loadViz = (fn: string): Promise<VizLike> => {
  // The name in a variable: an optional peer, which the compiler must not try to resolve.
  const name = "@viz-js/viz";
  shared ??= import(name).then(
    (m: { instance: () => Promise<VizLike> }) => m.instance(),
    () => {
      shared = undefined; // installed later, it is found then
      return fail(vizNotFound(fn));
    },
  );
  return shared;
};

/**
 * The fonts the picture asks for: Graphviz laid it out in Courier's widths (0.6 em a character), which
 * every monospace font shares, so the text fits its boxes whatever monospace font the viewer has.
 */
const fonts = `ui-monospace,SFMono-Regular,Menlo,Consolas,'DejaVu Sans Mono','Liberation Mono',Courier,monospace`;
const render = (fn: string, viz: VizLike, dot: string): string => {
  let svg: string;
  try {
    svg = viz.renderString(dot, { format: "svg" });
  } catch (e) {
    if (e instanceof ShapeError) throw e;
    return fail(graphvizFailed(fn, e instanceof Error ? e.message : String(e)));
  }
  return svg.replace(/font-family="Courier,monospace"/g, `font-family="${fonts}"`);
};

/**
 * The model as an SVG picture, as Keras's `plot_model`: a box a layer (its class, and with the options
 * its name, input and output shapes, activation, dtype, trainable or not), an arrow a tensor labelled
 * with its shape (`showShapes`), nested models and blocks as dashed frames (`expandNested`). Options and
 * defaults are Keras's (`showLayerNames` false), except `splines` (see `toDot`).
 *
 * @example
 * ```ts
 * import { plotModel } from "shapeflow/plot";
 * const svg = await plotModel(m, { showShapes: true, showLayerNames: true });
 * writeFileSync("model.svg", svg);
 * ```
 */
export async function plotModel<const m>(model: PlotModelArg<"plotModel", m>, options?: PlotModelOptions): Promise<string> {
  const snapshot = readOptions(options ?? {}) as PlotModelOptions;
  const o = readPlotOptions("plotModel", snapshot, ["splines", "viz"], false);
  const splines = readSplines("plotModel", snapshot);
  const dot = renderDot(plotGraph("plotModel", model, o.expandNested), o, splines, "Courier");
  return render("plotModel", snapshot.viz ?? (await loadViz("plotModel")), dot);
}

/**
 * A stack of Dense layers as the textbook picture, in SVG: a circle a neuron, an arrow a weight (see
 * `toNeuronDot`).
 */
export async function plotNeurons<const m>(model: PlotModelArg<"plotNeurons", m>, options?: PlotNeuronsOptions): Promise<string> {
  const snapshot = readOptions(options ?? {}) as PlotNeuronsOptions;
  const dot = neuronDot("plotNeurons", model, snapshot, ["viz"]);
  return render("plotNeurons", snapshot.viz ?? (await loadViz("plotNeurons")), dot);
}
