/**
 * The functional API: start from input tensors, call layers on tensors, then name the start and the end:
 * `model({ inputs, outputs })`. The model's input and output shapes are typed.
 *
 * ```ts
 * const inp = input({ shape: [3] });
 * const out = dense({ units: 1 })(dense({ units: 4 })(inp));
 * const m = model({ inputs: inp, outputs: out });   // Model<[null, 3], [null, 1]>
 * ```
 */
import { fail, type Checked, type Failed, type fromFailed, type ShapeErr } from "../core/errors.js";
import { BaseLayer, describe, inputMismatch, SingleInputLayer, weightSize, type LayerInfo } from "../core/layer.js";
import { firstDisagreement, formatShape } from "../core/shape.js";
import { checkKeys } from "../core/options.js";
import type { Dim, Shape } from "../core/shape.js";
import { SymbolicTensor, type Node } from "../core/tensor.js";
import { readSummaryOptions, renderSummary, type SummaryInput, type SummaryOptions, type SummaryRow } from "./summary.js";
import { safeSum } from "../core/safe-int.js";
import { checkUniqueNames } from "../core/placement.js";
import { readOptions } from "../core/read-options.js";

/** What every model answers: Sequential and functional alike. A model is also a layer (Keras's Model is a Layer). */
export interface ModelInfo extends LayerInfo {
  /** The layers in the order the summary lists them. */
  readonly layers: readonly LayerInfo[];
  /** Prints the Keras-style table of layers, output shapes and parameter counts; returns the text too. */
  summary(options?: SummaryOptions): string;
  /** Total number of weights (trainable and not). */
  countParams(): number;
}

/**
 * A model built with the functional API. `i` is the input shape (a tuple of shapes for several
 * inputs) and `o` the output shape.
 */
export interface Model<i = Shape | readonly Shape[], o = Shape | readonly Shape[]> extends ModelInfo {
  readonly inputShape: i;
  readonly outputShape: o;
  readonly inputs: readonly SymbolicTensor[];
  readonly outputs: readonly SymbolicTensor[];
}

type shapeOf<t> = t extends SymbolicTensor<infer s> ? s : { -readonly [k in keyof t]: t[k] extends SymbolicTensor<infer s> ? s : never };

export interface ModelOptions {
  /** The input tensor(s), from `input()`. */
  readonly inputs: SymbolicTensor | readonly SymbolicTensor[];
  /** The output tensor(s), from the last layers. */
  readonly outputs: SymbolicTensor | readonly SymbolicTensor[];
  /** Defaults to `functional`, `functional_1`, ... as in Keras 3. */
  readonly name?: string;
}

export type graphDisconnected<tensor extends string, inputs extends string> =
  `model: graph disconnected: the outputs depend on ${tensor}, which is not among the inputs ${inputs}. Fix: list every input() the outputs depend on in inputs.`;
export const graphDisconnected = <tensor extends string, inputs extends string>(
  tensor: tensor,
  inputs: inputs,
): graphDisconnected<tensor, inputs> =>
  `model: graph disconnected: the outputs depend on ${tensor}, which is not among the inputs ${inputs}. Fix: list every input() the outputs depend on in inputs.`;

/**
 * Shared runtime of Sequential and functional models: layers in Keras's order, params, summary. A model
 * is itself a layer, so that it can be called on a tensor inside another model, where it shows as one
 * row; its weights are its layers' weights, shared by every call.
 */
export abstract class ModelBase extends SingleInputLayer {
  /** Layers in summary order, input layers included where Keras lists them. */
  protected abstract summaryInput(expandNested: boolean): SummaryInput;
  abstract get layers(): readonly BaseLayer<any>[];

  constructor(options: { readonly name?: string | undefined }, className: string) {
    super(options.name === undefined ? {} : { name: options.name }, className);
    // The weights and the built state are the layers': read them through, not as copies.
    Object.defineProperty(this, "weights", { get: () => this.layers.flatMap((l) => l.weights), configurable: true });
    Object.defineProperty(this, "built", { get: () => this.layers.length > 0 && this.layers.every((l) => l.built), configurable: true });
  }

  /** A model's weights are its layers', made when they were called; nothing to build here. */
  protected override build(): void {}

  /** Each weight counted once, as Keras counts a model's weights: a layer used in two places shares them. */
  override countParams(): number {
    return safeSum([...new Set(this.weights)].map(weightSize), `${this.className} "${this.name}"`, "the parameter count", this.name);
  }
  summary(options?: SummaryOptions): string {
    const o = readSummaryOptions(options);
    const text = renderSummary(this.summaryInput(o.expandNested), o.lineLength);
    o.printFn(text);
    return text;
  }
  /** The summary's input: one row a layer (with `Connected to` from `connectedTo` when given), and the totals. */
  protected summaryOf(sequentialLike: boolean, expandNested: boolean, connectedTo?: (l: BaseLayer<any>) => string): SummaryInput {
    let trainable = 0;
    let nonTrainable = 0;
    for (const w of new Set(this.layers.flatMap((l) => l.weights)))
      if (w.trainable) trainable += weightSize(w);
      else nonTrainable += weightSize(w);
    safeSum([trainable, nonTrainable], `${this.className} "${this.name}"`, "the parameter count", this.name);
    // Keras's expand_nested: a block's own layers follow its row, indented by level and marked "└ ";
    // they are not nodes of this model, so their `Connected to` is "-".
    const rowsOf = (l: BaseLayer<any>, level: number): SummaryRow[] => [
      {
        name: level === 0 ? l.name : `${"   ".repeat(level)}└ ${l.name}`,
        className: l.className,
        outputShape: outputShapes(l),
        params: l.countParams(),
        ...(connectedTo && { connectedTo: level === 0 ? connectedTo(l) : "-" }),
      },
      ...(expandNested ? nestedLayers(l).flatMap((n) => rowsOf(n, level + 1)) : []),
    ];
    const rows = this.layers.flatMap((l) => rowsOf(l, 0));
    return { name: this.name, rows, sequentialLike, trainable, nonTrainable };
  }
}

/** The layers a layer is made of, for a nested summary: a model's or a block's. */
const nestedLayers = (l: BaseLayer<any>): readonly BaseLayer<any>[] =>
  (l as { readonly layers?: readonly BaseLayer<any>[] }).layers ?? [];

/** The Output Shape column of a layer's row: its last call's output, or the list of them, `[(None, 8), (None, 8)]`, as Keras prints a layer of several outputs. */
const outputShapes = (l: BaseLayer<any>): string => {
  const outs = l.nodes[l.nodes.length - 1]?.outputs ?? [];
  return outs.length === 0 ? "?" : outs.length === 1 ? summaryShape(outs[0]!.shape) : `[${outs.map((t) => summaryShape(t.shape)).join(", ")}]`;
};

/** Keras's Output Shape column: `(None, 4)`; a one-axis shape prints `(None)` there, unlike in messages. */
export const summaryShape = (s: Shape): string => `(${s.map((d) => (d === null ? "None" : String(d))).join(", ")})`;

/** The runtime functional model: finds its layers from the outputs back to the inputs as Keras's `map_graph` does. */
export class FunctionalModel extends ModelBase {
  declare readonly inputs: readonly SymbolicTensor[];
  declare readonly outputs: readonly SymbolicTensor[];
  readonly #single: { inputs: boolean; outputs: boolean };
  readonly #layers: BaseLayer<any>[];
  readonly #nodesByDepth: Node[][];

  constructor(o: ModelOptions) {
    if (typeof o !== "object" || o === null) fail(`model: expected { inputs, outputs }, but got ${describe(o)}. Fix: model({ inputs: inp, outputs: out }).`);
    const list = (x: unknown, what: string): SymbolicTensor[] => {
      const xs = Array.isArray(x) ? x : [x];
      for (const t of xs)
        if (!(t instanceof SymbolicTensor))
          fail(`model: ${what} must be tensors from input() and layers, but got ${describe(t)}. Fix: model({ inputs: inp, outputs: out }).`);
      return Array.from(xs); // a copy: the caller's array may change later
    };
    checkKeys("model", o, ["inputs", "outputs", "name"]);
    const inputs = list(o.inputs, "inputs");
    const outputs = list(o.outputs, "outputs");
    if (outputs.length === 0) fail(`model: outputs must hold at least one tensor, but got an empty list. Fix: model({ inputs: inp, outputs: out }).`);
    const { layers, nodesByDepth } = mapGraph(inputs, outputs);
    checkUniqueNames("model", layers);
    super(o, "Functional");
    Object.assign(this, { inputs, outputs });
    this.#single = { inputs: !Array.isArray(o.inputs), outputs: !Array.isArray(o.outputs) };
    this.#layers = layers;
    this.#nodesByDepth = nodesByDepth;
  }

  /** Called as a layer: a model of one input and one output takes a tensor of its input's shape. */
  computeOutputShape(s: Shape): Shape {
    if (this.inputs.length !== 1 || this.outputs.length !== 1)
      fail(`${this.name}: only a model of one input and one output can be called as a layer here, but it has ${this.inputs.length} and ${this.outputs.length}. Fix: call its layers on the tensors instead.`, this.name);
    const declared = this.inputs[0]!.shape;
    if (declared.length !== s.length || firstDisagreement(declared, s) !== -1)
      fail(inputMismatch("Functional", formatShape(declared), formatShape(s)), this.name);
    return this.outputs[0]!.shape;
  }

  get layers(): readonly BaseLayer<any>[] {
    return this.#layers;
  }
  get inputShape(): Shape | Shape[] {
    return this.#single.inputs ? this.inputs[0]!.shape : this.inputs.map((t) => t.shape);
  }
  get outputShape(): Shape | Shape[] {
    return this.#single.outputs ? this.outputs[0]!.shape : this.outputs.map((t) => t.shape);
  }

  protected summaryInput(expandNested: boolean): SummaryInput {
    const nodes = new Set(this.#nodesByDepth.flat());
    // Keras draws a model without branches, merges or shared layers like a Sequential.
    const sequentialLike =
      this.#nodesByDepth.every((ns) => ns.length <= 1 && (ns[0]?.inputs.length ?? 0) <= 1) &&
      this.#layers.every((l) => l.nodes.filter((n) => nodes.has(n)).length <= 1);
    return this.summaryOf(sequentialLike, expandNested, (l) =>
      l.nodes
        .filter((n) => nodes.has(n))
        .flatMap((n) => n.inputs.map((t) => t.name))
        .join(", ") || "-",
    );
  }
}

/**
 * Keras's `map_graph`: a depth-first walk from the outputs (stopping at the inputs) numbers the layers
 * in the order it first meets them; layers are then listed deepest first, ties in that order. Fails
 * when an output needs a tensor that the inputs do not lead to.
 */
const mapGraph = (inputs: readonly SymbolicTensor[], outputs: readonly SymbolicTensor[]) => {
  const finished = new Set<Node>();
  const order: Node[] = [];
  const index = new Map<BaseLayer<any>, number>();
  const isInput = new Set(inputs);
  const visit = (t: SymbolicTensor) => {
    const node = t.node;
    if (finished.has(node)) return;
    const layer = node.layer as BaseLayer<any>;
    if (!index.has(layer)) index.set(layer, index.size);
    if (!isInput.has(t)) for (const x of node.inputs) visit(x);
    finished.add(node);
    order.push(node);
  };
  outputs.forEach(visit);

  const nodeDepth = new Map<Node, number>();
  const layerDepth = new Map<BaseLayer<any>, number>();
  for (const node of [...order].reverse()) {
    const layer = node.layer as BaseLayer<any>;
    const depth = Math.max(nodeDepth.get(node) ?? 0, layerDepth.get(layer) ?? 0);
    layerDepth.set(layer, depth);
    nodeDepth.set(node, depth);
    if (!isInput.has(node.output!)) for (const x of node.inputs) nodeDepth.set(x.node, Math.max(depth + 1, nodeDepth.get(x.node) ?? 0));
  }
  for (const t of inputs) {
    const layer = t.node.layer as BaseLayer<any>;
    if (!layerDepth.has(layer)) {
      layerDepth.set(layer, 0);
      index.set(layer, -1);
      nodeDepth.set(t.node, 0);
    }
  }
  const depths = [...new Set(layerDepth.values())].sort((a, b) => b - a);
  const layers = depths.flatMap((d) =>
    [...layerDepth].filter(([, ld]) => ld === d).map(([l]) => l).sort((a, b) => index.get(a)! - index.get(b)!),
  );
  // A shared layer's nodes can sit at depths no layer is listed at: group the nodes by their own depths.
  const nodeDepths = [...new Set(nodeDepth.values())].sort((a, b) => b - a);
  const nodesByDepth = nodeDepths.map((d) => [...nodeDepth].filter(([, nd]) => nd === d).map(([n]) => n));

  // The walk stops only at the model's inputs, so any other start it reached is an input() left out.
  for (const n of order)
    if (n.inputs.length === 0 && !isInput.has(n.output!))
      fail(graphDisconnected(n.output!.name, `[${inputs.map((t) => t.name).join(", ")}]`));
  return { layers, nodesByDepth };
};

/**
 * An output made by a layer that could not take its input (`SymbolicTensor<Failed<"...">>`) is refused
 * with that layer's sentence. Layers pass such a tensor on without a word, so this is where a helper
 * generic over its input, which fails only at its call site, is reported. A helper's own type parameter
 * (the compiler's `any` stand-in, see `Checked`) passes.
 */
type checkOutputs<outs> = [0] extends [1 & outs]
  ? "ok"
  : [failedMessages<outs>] extends [never]
    ? "ok"
    : ShapeErr<fromFailed<failedMessages<outs>>>;
type failedMessages<outs> = outs extends SymbolicTensor
  ? failedMessage<outs["shape"]>
  : outs extends readonly SymbolicTensor[]
    ? { [k in keyof outs]: outs[k] extends SymbolicTensor<infer s> ? failedMessage<s> : never }[number]
    : never;
type failedMessage<s> = [Dim[]] extends [s] ? never : [s] extends [Failed<infer m>] ? m : never;

/**
 * Builds a model from its input tensor(s) and output tensor(s) (the functional API). Its `inputShape`
 * and `outputShape` are typed: one shape each, or a tuple of shapes when given arrays.
 *
 * @example
 * ```ts
 * const inp = input({ shape: [3] });
 * const out = dense({ units: 1 })(dense({ units: 4 })(inp));
 * const m = model({ inputs: inp, outputs: out });   // Model<[null, 3], [null, 1]>
 * m.summary();
 * ```
 */
export function model<const ins extends SymbolicTensor | readonly SymbolicTensor[], const outs extends SymbolicTensor | readonly SymbolicTensor[]>(options: {
  readonly inputs: ins;
  readonly outputs: Checked<checkOutputs<outs>, outs>;
  readonly name?: string;
}): Model<shapeOf<ins>, shapeOf<outs>>;

export function model(options: unknown): unknown {
  return new FunctionalModel(readOptions(options) as ModelOptions);
}
