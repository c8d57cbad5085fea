/**
 * `toNeuronDot(model)`: a small stack of Dense layers drawn as the textbook picture, a circle a neuron
 * and an arrow a weight: 3 inputs into a `dense({ units: 4 })` are 12 arrows, the 12 numbers of its
 * `[3, 4]` kernel. It makes `units` and the weight matrix visible; for anything else use `toDot`.
 */
import { fail } from "../core/errors.js";
import type { BaseLayer } from "../core/layer.js";
import { checkKeys, formatOption } from "../core/options.js";
import { readOptions } from "../core/read-options.js";
import type { Shape } from "../core/shape.js";
import { badRankdir, plotGraph, type PlotGraph } from "./graph.js";
import { quoted } from "./dot.js";
import type { PlotModelArg } from "./graph.js";
import { FunctionalModel, ModelBase } from "../models/model.js";

export interface NeuronOptions {
  /** The most neurons a column may have (default 16): past it the picture is a grey blur of arrows. At most 64. */
  readonly maxUnits?: number;
  /** `"LR"` left to right (default, as the textbook picture), `"TB"` top to bottom, `"RL"`, `"BT"`. */
  readonly rankdir?: "TB" | "LR" | "BT" | "RL";
}

export type notADenseStack<fn extends string, layer extends string, className extends string> =
  `${fn}: draws a straight stack of Dense layers, but layer "${layer}" is a ${className}. Fix: draw this model with toDot(model) or plotModel(model), which take every layer.`;
export const notADenseStack = <fn extends string, layer extends string, className extends string>(fn: fn, layer: layer, className: className): notADenseStack<fn, layer, className> =>
  `${fn}: draws a straight stack of Dense layers, but layer "${layer}" is a ${className}. Fix: draw this model with toDot(model) or plotModel(model), which take every layer.`;

export type tooManyNeurons<fn extends string, layer extends string, n extends string, max extends string> =
  `${fn}: layer "${layer}" has ${n} neurons, more than maxUnits ${max} can draw legibly. Fix: pass a larger maxUnits (at most 64), or draw the model with toDot(model).`;
export const tooManyNeurons = <fn extends string, layer extends string, n extends string, max extends string>(fn: fn, layer: layer, n: n, max: max): tooManyNeurons<fn, layer, n, max> =>
  `${fn}: layer "${layer}" has ${n} neurons, more than maxUnits ${max} can draw legibly. Fix: pass a larger maxUnits (at most 64), or draw the model with toDot(model).`;

export type notAStack<fn extends string, why extends string> =
  `${fn}: draws a straight stack of Dense layers, but this model ${why}. Fix: draw it with toDot(model) or plotModel(model).`;
export const notAStack = <fn extends string, why extends string>(fn: fn, why: why): notAStack<fn, why> =>
  `${fn}: draws a straight stack of Dense layers, but this model ${why}. Fix: draw it with toDot(model) or plotModel(model).`;

export type badMaxUnits<fn extends string, got extends string> =
  `${fn}: maxUnits must be a whole number from 1 to 64, but got ${got}. Fix: use e.g. maxUnits: 16, or leave it out.`;
export const badMaxUnits = <fn extends string, got extends string>(fn: fn, got: got): badMaxUnits<fn, got> =>
  `${fn}: maxUnits must be a whole number from 1 to 64, but got ${got}. Fix: use e.g. maxUnits: 16, or leave it out.`;

/** One column of the picture: the input's features, or a Dense layer's neurons. */
export interface NeuronColumn {
  readonly name: string;
  readonly className: string;
  readonly units: number;
  /** The layer's weights as Keras names them, with their shapes (none for the input). */
  readonly weights: readonly { readonly name: string; readonly shape: readonly number[] }[];
  readonly activation: string | undefined;
  /** The layers after it that keep every neuron as it is, without weights (a Dropout, an activation): `dropout (Dropout)`. */
  readonly then: readonly string[];
}

/**
 * Layers a neuron picture passes through: no weights, each feature kept as one neuron (dropout and noise
 * are per neuron, an activation acts on each value or, softmax, on the column), drawn as a note under
 * the column before them, as textbook pictures show a dropout between Dense layers.
 */
const passThrough = new Set(["Dropout", "GaussianNoise", "GaussianDropout", "AlphaDropout", "ActivityRegularization", "Identity", "Activation", "ReLU", "LeakyReLU", "ELU", "Softmax"]);

/** The columns of a Dense stack, input first, or a ShapeError saying why the model is not one. */
export const neuronColumns = (fn: string, m: unknown, maxUnits: number): NeuronColumn[] => {
  const g: PlotGraph = plotGraph(fn, m, false);
  const model = m as ModelBase;
  if (m instanceof FunctionalModel && (m.inputs.length !== 1 || m.outputs.length !== 1)) fail(notAStack(fn, `has ${m.inputs.length} inputs and ${m.outputs.length} outputs`));
  if (!g.nodes.some((n) => n.className === "Dense")) fail(notAStack(fn, "has no Dense layer"));
  if (g.edges.length !== g.nodes.length - 1 || new Set(g.edges.map((e) => e.to)).size !== g.edges.length)
    fail(notAStack(fn, "branches or joins"));
  const layers = model.layers.filter((l) => l.className !== "InputLayer");
  for (const l of layers) if (l.className !== "Dense" && !passThrough.has(l.className)) fail(notADenseStack(fn, l.name, l.className));
  const first = g.nodes.find((n) => n.className === "Dense");
  // A Dense layer takes only inputs whose features are known, so the first one's input has a size.
  const inputShape: Shape = first!.inputShapes[0]!;
  const features = inputShape[inputShape.length - 1] as number;
  const check = (name: string, n: number) => {
    if (n > maxUnits) fail(tooManyNeurons(fn, name, String(n), String(maxUnits)));
  };
  check("input", features);
  const columns: NeuronColumn[] = [{ name: "input", className: "InputLayer", units: features, weights: [], activation: undefined, then: [] }];
  for (const l of layers as BaseLayer<any>[]) {
    if (l.className !== "Dense") {
      (columns[columns.length - 1]!.then as string[]).push(`${l.name} (${l.className})`);
      continue;
    }
    const units = (l.kerasConfig().config as { units?: unknown }).units as number;
    check(l.name, units);
    const activation = (l.kerasConfig().config as { activation?: unknown }).activation;
    columns.push({
      name: l.name,
      className: l.className,
      units,
      weights: l.weights.map((w) => ({ name: w.name.slice(w.name.lastIndexOf("/") + 1), shape: w.shape })),
      activation: typeof activation === "string" ? activation : undefined,
      then: [],
    });
  }
  return columns;
};


/**
 * A stack of Dense layers as neurons and weights, in Graphviz DOT: a column of circles for the input's
 * features and for each layer's `units`, an arrow for every kernel entry (`[3, 4]`: 12 arrows), each
 * column titled with its layer's weights and parameter count. Render it with Graphviz, or with
 * `plotNeurons` from `shapeflow/plot`.
 *
 * @example
 * ```ts
 * const seed = sequential({ layers: [dense({ units: 4, inputShape: [3] }), dense({ units: 4 }), dense({ units: 1 })] });
 * toNeuronDot(seed);   // 3 + 4 + 4 + 1 circles, 12 + 16 + 4 arrows
 * ```
 */
export const toNeuronDot = <const m>(model: PlotModelArg<"toNeuronDot", m>, options?: NeuronOptions): string =>
  neuronDot("toNeuronDot", model, options);

/** `toNeuronDot` for `fn` (which its messages name): `plotNeurons` draws the same text. */
export const neuronDot = (fn: string, model: unknown, options: unknown, extraKeys: readonly string[] = []): string => {
  const o = readOptions(options ?? {}) as NeuronOptions;
  checkKeys(fn, o, ["maxUnits", "rankdir", ...extraKeys]);
  const maxUnits = o.maxUnits ?? 16;
  if (!(Number.isInteger(maxUnits) && maxUnits >= 1 && maxUnits <= 64)) fail(badMaxUnits(fn, formatOption(maxUnits)));
  if (o.rankdir !== undefined && !["TB", "LR", "BT", "RL"].includes(o.rankdir)) fail(badRankdir(fn, formatOption(o.rankdir)));
  const columns = neuronColumns(fn, model, maxUnits);
  const lines = [`digraph ${quoted((model as ModelBase).name)} {`];
  lines.push(`  graph [rankdir=${o.rankdir ?? "LR"}, splines=line, nodesep=0.25, ranksep=1.6, fontname="Helvetica"];`);
  lines.push(`  node [shape=circle, label="", width=0.45, style=filled, penwidth=1.5, fontname="Helvetica"];`);
  lines.push(`  edge [arrowsize=0.5, penwidth=0.8, color="#00000080"];`);
  columns.forEach((c, i) => {
    const params = c.weights.reduce((s, w) => s + w.shape.reduce((p, d) => p * d, 1), 0);
    const title =
      i === 0
        ? quoted([`input`, `${c.units} features`, ...c.then.map((t) => `then ${t}`)].join("\n"))
        : quoted(
            [
              `${c.name} (Dense)`,
              `units: ${c.units}${c.activation && c.activation !== "linear" ? `, ${c.activation}` : ""}`,
              c.weights.map((w) => `${w.name} [${w.shape.join(", ")}]`).join(" + "),
              `= ${params.toLocaleString("en-US")} params`,
              ...c.then.map((t) => `then ${t}`),
            ].join("\n"),
          );
    lines.push(`  subgraph cluster_${i} {`);
    lines.push(`    graph [label=${title}, style=rounded, color="#bbbbbb", fontsize=12];`);
    const fill = i === 0 ? "#dbe9f6" : i === columns.length - 1 ? "#fde2c8" : "#e3f1dc";
    for (let k = 0; k < c.units; k++) lines.push(`    c${i}_${k} [fillcolor="${fill}"];`);
    lines.push("  }");
  });
  for (let i = 1; i < columns.length; i++)
    for (let a = 0; a < columns[i - 1]!.units; a++) for (let b = 0; b < columns[i]!.units; b++) lines.push(`  c${i - 1}_${a} -> c${i}_${b};`);
  lines.push("}");
  return lines.join("\n") + "\n";
};
