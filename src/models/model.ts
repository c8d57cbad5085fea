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
import { fail, type Checked, type Failed, type messageOf, type fromFailed, type ShapeErr } from "../core/errors.js";
import {
  BaseLayer,
  describe,
  modelInputMismatch,
  SingleInputLayer,
  checkedCount,
  sumParamTotals,
  structureVersion,
  weightSize,
  type ParamTotals,
  type applyRule,
  type BlockRule,
  type CallShape,
  type declaredKey,
  type depthKey,
  type LayerInfo,
  type ruleKey,
  type Weight,
} from "../core/layer.js";
import { firstDisagreement, formatShape, type formatShape as formatShapeT, type IsKnown } from "../core/shape.js";
import { checkKeys } from "../core/options.js";
import type { Dim, Shape } from "../core/shape.js";
import { SymbolicTensor, type Node } from "../core/tensor.js";
import { readSummaryOptions, renderSummary, type SummaryInput, type SummaryOptions, type SummaryRow } from "./summary.js";
import { isPrintableAscii } from "../core/text-width.js";
import { safeSum } from "../core/safe-int.js";
import { checkUniqueNames, heldOnce } from "../core/placement.js";
import { readOptions } from "../core/read-options.js";
import { InputLayer } from "../layers/core/input.js";

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
 * inputs) and `o` the output shape. It is a layer too: `decoder(encoder(img))`, or a layer of a
 * Sequential. Called on a tensor, it takes any batch size and sizes its input left `None`, and runs its
 * layers again on that tensor's shape, as Keras does.
 */
export interface Model<i = Shape | readonly Shape[], o = Shape | readonly Shape[]> extends ModelInfo, ModelLayer<i, o> {
  readonly inputShape: i;
  readonly outputShape: o;
  readonly inputs: readonly SymbolicTensor[];
  readonly outputs: readonly SymbolicTensor[];
  // Declared here again, not only inherited from ModelInfo, so that a hover names the model
  // (`(method) Model<[null, 28, 28, 1], [null, 16]>.countParams(): number`), not `ModelInfo` (issue 14).
  /** Prints the Keras-style table of layers, output shapes and parameter counts; returns the text too. */
  summary(options?: SummaryOptions): string;
  /** Total number of weights (trainable and not). */
  countParams(): number;
}

/**
 * A model as a layer, and no more: its call, and what a Sequential or a block reads of it. `Model` is this
 * and `ModelInfo` (its summary and count), with its shapes, inputs and outputs; a model read from JSON
 * (`fromJSON`), whose shapes the types do not know, has these with `i` and `o` of `Shape | readonly
 * Shape[]`: its call is `SymbolicTensor<Dim[]>` and it goes in a `layers` list with a count of `number`
 * (review 3, finding 11), as at run time.
 */
export interface ModelLayer<i = Shape | readonly Shape[], o = Shape | readonly Shape[]> extends LayerInfo {
  /** Calls the model as a layer: one tensor, or a list of tensors for a model of several inputs. */
  <const t extends SymbolicTensor | readonly SymbolicTensor[]>(x: Checked<modelCall<i, o, t>, t>): SymbolicTensor<CallShape<modelCall<i, o, t>, [i, o]>>;
  apply<const t extends SymbolicTensor | readonly SymbolicTensor[]>(x: Checked<modelCall<i, o, t>, t>): SymbolicTensor<CallShape<modelCall<i, o, t>, [i, o]>>;
  /** The input shape, which a Sequential this model starts takes as its own (one input only). */
  readonly batchInputShape: declaredInput<i>;
  /** @internal */
  readonly [ruleKey]: ModelRule<i, o>;
  /** @internal */
  readonly [declaredKey]: anyBatch<declaredInput<i>>;
  /** @internal A built model nests as a plain layer (see `blockDepth`). */
  readonly [depthKey]: 0;
}

// --- a model called as a layer -------------------------------------------------------------------------

/** The shape of a one-input model, else `undefined`. */
type singleShape<i> = i extends readonly (Dim | readonly unknown[])[]
  ? number extends i["length"] ? undefined : i extends Shape ? i : undefined
  : undefined;
/** The input shape a model declares as a layer: its one input's, none for several, either when not known. */
type declaredInput<i> = i extends readonly unknown[] ? (number extends i["length"] ? Shape | undefined : singleShape<i>) : undefined;
/** A model's input with its batch axis unknown: a model takes any batch size, as Keras's input_spec drops it. */
export type anyBatch<i> = i extends readonly [unknown, ...infer rest] ? [null, ...rest] : i;

/**
 * A built model's rule as a layer (functional, or a Sequential with its input shape): the output its
 * layers give on the new input. The types keep no graph, only the shapes the model was built on, so
 * the output is those shapes with the input's batch size; where the input differs from the one the
 * model was built on in a size (`None` built, 10 called), the output sizes that were not known become
 * unknown (`number | null`), and the runtime runs the layers again and checks them.
 */
export interface ModelRule<i, o, name extends string = "Functional"> extends BlockRule {
  readonly layer: name;
  readonly output: modelOutput<name, i, o, this["input"]>;
  readonly blockParams: number;
  readonly weights: [["params", [number]]];
}

export type severalOutputs<model extends string, n extends string> =
  `${model}: a model of ${n} outputs cannot be called as a layer yet (a layer call gives one tensor). Fix: call its layers on the tensors instead, or build one model for each output.`;
export const severalOutputs = <model extends string, n extends string>(model: model, n: n): severalOutputs<model, n> =>
  `${model}: a model of ${n} outputs cannot be called as a layer yet (a layer call gives one tensor). Fix: call its layers on the tensors instead, or build one model for each output.`;

export type inputCount<model extends string, n extends string, got extends string> =
  `${model}: the model takes ${n} inputs, but is called on ${got}. Fix: pass a list of ${n} tensors, in the order of its inputs.`;
export const inputCount = <model extends string, n extends string, got extends string>(model: model, n: n, got: got): inputCount<model, n, got> =>
  `${model}: the model takes ${n} inputs, but is called on ${got}. Fix: pass a list of ${n} tensors, in the order of its inputs.`;

export type oneInput<model extends string> =
  `${model}: the model takes one input, but is called on a list. Fix: pass the tensor itself, not in a list.`;
export const oneInput = <model extends string>(model: model): oneInput<model> =>
  `${model}: the model takes one input, but is called on a list. Fix: pass the tensor itself, not in a list.`;

type isShapeList<o> = o extends readonly (readonly unknown[])[] ? (o extends Shape ? false : true) : false;

/**
 * The call of a model on `t`: one tensor for a one-input model, a list of as many tensors for several.
 * Tested on `t` first, so that in a helper generic over its tensor the call stays this named type (the
 * emitted .d.ts names `ModelCall<...>`), not the rule's machinery spelled out (review 3, finding 6).
 */
export type modelCall<i, o, t> = t extends SymbolicTensor
  ? singleShape<unAny<i>> extends infer one extends Shape
    ? applyRule<ModelRule<i, o>, anyBatch<one>, t["shape"]>
    : isShapeList<unAny<i>> extends true
      ? ShapeErr<inputCount<"Functional", i extends readonly unknown[] ? `${i["length"]}` : "several", "one tensor">>
      : Dim[]
  : singleShape<unAny<i>> extends Shape
    ? ShapeErr<oneInput<"Functional">>
    : isShapeList<unAny<i>> extends true
      ? modelListCall<i, o, t>
      : Dim[];
/** `modelCall` of a model of several inputs on a list of tensors (its own named type, for emit as `modelCall`). */
export type modelListCall<i, o, t> = t extends readonly SymbolicTensor[]
  ? number extends t["length"]
    ? Dim[]
    : i extends readonly unknown[]
      ? t["length"] extends i["length"]
        ? listCall<unAny<i>, o, { [k in keyof t]: t[k] extends SymbolicTensor<infer s> ? s : never }>
        : ShapeErr<inputCount<"Functional", `${i["length"]}`, `${t["length"]}`>>
      : Dim[]
  : ShapeErr<inputCount<"Functional", i extends readonly unknown[] ? `${i["length"]}` : "several", "one tensor">>;
/** Several inputs: a failed one passes its failure on, one of unknown rank or a union makes the output unknown, else each is checked. */
type listCall<i, o, ss> = [Extract<ss[keyof ss & number], Failed<string>>] extends [infer f extends Failed<string>]
  ? [f] extends [never] ? listChecked<i, o, ss> : f
  : never;
type listChecked<i, o, ss> = true extends { [k in keyof ss]: plainShape<ss[k]> extends true ? false : true }[keyof ss & number]
  ? Dim[]
  : checkEach<i, ss> extends infer e extends ShapeErr<string>
    ? e
    : modelOutput<"Functional", i, o, ss>;
/** A shape of known rank made of one tuple (not a union, not `Dim[]`). */
type plainShape<s> = [Dim[]] extends [s] ? false : [s] extends [Shape] ? (number extends s["length"] ? false : isOne<s>) : false;
type isOne<u, all = u> = [u] extends [never] ? false : u extends unknown ? ([all] extends [u] ? true : false) : never;
type checkEach<is, ss, k extends unknown[] = []> = is extends readonly [infer d extends Shape, ...infer ir]
  ? ss extends readonly [infer s extends Shape, ...infer sr]
    ? fits<anyBatch<d>, s> extends true
      ? checkEach<ir, sr, [...k, unknown]>
      : ShapeErr<modelInputMismatch<`Functional input ${k["length"]}`, formatShapeT<anyBatch<d>>, formatShapeT<s>>>
    : "ok"
  : "ok";
/** Whether input shape `s` fits the shape `d` a model was built on; any shape fits one of unknown rank (from `SymbolicTensor<any>`), which the runtime checks. */
type fits<d extends Shape, s extends Shape> = number extends d["length"] ? true : d["length"] extends s["length"] ? (firstDisagreement<d, s> extends -1 ? true : false) : false;

/** The output on input(s) `s` that fit (checked before): the built output with the input's batch size, loosened where the input changed. */
export type modelOutput<name extends string, i, o, s> = outputOn<name, unAny<i>, unAny<o>, s>;
type outputOn<name extends string, i, o, s> = isShapeList<o> extends true
  ? ShapeErr<severalOutputs<name, o extends readonly unknown[] ? `${o["length"]}` : "several">>
  : [o] extends [Shape]
    ? number extends o["length"]
      ? o
      : rerun<o, isShapeList<i> extends true ? listChanged<i, s> : changed<i, s>, batchOf<isShapeList<i> extends true ? s : [s]>>
    : Dim[]; // one output or several, not known (`Shape | readonly Shape[]`, see `unAny`): the runtime refuses several
/**
 * The built output with batch size `b`. When an input size became known (`None` built, 10 called), an
 * output size the model knew did not depend on it and stays; the ones it did not know become unknown.
 * When a known input size became unknown or another, any output size may change: all become unknown.
 */
type rerun<o extends Shape, change, b> = o extends readonly [unknown, ...infer rest]
  ? [b, ...(change extends "none" ? rest : { [k in keyof rest]: change extends "narrower" ? (IsKnown<rest[k]> extends true ? rest[k] : Dim) : Dim })]
  : o;
/** The batch size of the call's inputs: theirs when they agree, else unknown. */
type batchOf<ss> = ss extends readonly [infer s0 extends Shape, ...infer sr]
  ? s0 extends readonly [infer b, ...unknown[]]
    ? { [k in keyof sr]: sr[k] extends readonly [infer c, ...unknown[]] ? same<b, c> : false }[keyof sr & number] extends true | never ? b : Dim
    : Dim
  : Dim;
type same<x, y> = [x] extends [y] ? ([y] extends [x] ? true : false) : false;
/**
 * How the sizes other than the batch differ from the ones the model was built on: `"none"`, `"narrower"`
 * (only sizes it did not know became known) or `"other"` (a known size changed or became unknown).
 */
type changed<i, s> = i extends readonly [unknown, ...infer ir] ? (s extends readonly [unknown, ...infer sr] ? differs<ir, sr> : "other") : "other";
type differs<a, b, acc = "none"> = a extends readonly [infer x, ...infer ar]
  ? b extends readonly [infer y, ...infer br]
    ? same<x, y> extends true
      ? differs<ar, br, acc>
      : IsKnown<x> extends true ? "other" : IsKnown<y> extends true ? differs<ar, br, "narrower"> : "other"
    : "other"
  : acc;
type listChanged<is, ss, acc = "none"> = is extends readonly [infer i0, ...infer ir]
  ? ss extends readonly [infer s0, ...infer sr]
    ? changed<i0, s0> extends infer c
      ? c extends "other" ? "other" : listChanged<ir, sr, c extends "narrower" ? "narrower" : acc>
      : never
    : "other"
  : acc;

/**
 * A model's input or output shapes with `any` read as not known (review 3, finding 3: an output typed
 * `SymbolicTensor<any>` made the call a false error, one of two outputs a silent `never`): `any`, or a
 * tuple of nothing but `any`s (a shape or a list of shapes, the types cannot tell), is
 * `Shape | readonly Shape[]`, which a call reads as one output or several, not known (the runtime refuses
 * several); in a list of shapes (a tuple with a shape in it) a shape typed `any` is `Dim[]`. Tested here,
 * where the model is called, and not when it is built: a test of a tensor's shape would stay open in the
 * type of a helper generic over its tensor.
 */
type unAny<x> = 0 extends 1 & x
  ? Shape | readonly Shape[]
  : x extends readonly unknown[]
    ? number extends x["length"]
      ? x
      : anyIn<x, { [k in keyof x]: 0 extends 1 & x[k] ? "any" : x[k] extends readonly unknown[] ? "list" : "dim" }[number]>
    : x;
type anyIn<x, kinds> = "any" extends kinds
  ? "list" extends kinds
    ? { [k in keyof x]: 0 extends 1 & x[k] ? Dim[] : x[k] }
    : "dim" extends kinds ? x : Shape | readonly Shape[]
  : x;

/**
 * The shape of a tensor, or the tuple of the shapes of a list of them. A value typed `any` may be one
 * tensor or a list: `Shape | readonly Shape[]`, a model the types know nothing of. (A tensor typed
 * `SymbolicTensor<any>` keeps its `any` shape here, since a test of the shape would stay open in the type
 * of a helper generic over its tensor; the model's call reads it as unknown, see `unAny`.)
 */
type shapeOf<t> = 0 extends 1 & t
  ? Shape | readonly Shape[]
  : t extends SymbolicTensor<infer s> ? s : { -readonly [k in keyof t]: t[k] extends SymbolicTensor<infer s> ? s : never };

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
  }
  /** @internal The weights and the built state are the layers', read through the getters below, not own copies (see BaseLayer's constructor). */
  static readonly readsThrough = true;
  static {
    // On the prototype, made once: getters made per model (closures) were code compiled again for
    // every model after each collection.
    Object.defineProperties(ModelBase.prototype, {
      weights: { get(this: ModelBase) { return this.collectWeights([]); }, configurable: true },
      built: { get(this: ModelBase) { return this.layers.length > 0 && this.layers.every((l) => l.built); }, configurable: true },
    });
  }

  override collectWeights(out: Weight[]): Weight[] {
    for (const l of this.layers) l.collectWeights(out);
    return out;
  }
  override collectLeaves(into: BaseLayer<any>[]): BaseLayer<any>[] {
    for (const l of this.layers) l.collectLeaves(into);
    return into;
  }

  /** A model's weights are its layers', made when they were called; nothing to build here. */
  protected override build(): void {}

  /** A model takes any batch size (Keras's input_spec drops it) and its input's other sizes. */
  protected override checkInput(shape: Shape): void {
    const declared = this.batchInputShape;
    if (declared === undefined) return;
    const d = anyBatch(declared);
    if (d.length !== shape.length || firstDisagreement(d, shape) !== -1)
      fail(modelInputMismatch(this.className, formatShape(d), formatShape(shape)), this.name);
  }

  /** Each weight counted once, as Keras counts a model's weights: a layer used in two places shares them. */
  override countParams(): number {
    const { total } = this.totals();
    return checkedCount(this, total);
  }
  /** @internal The model's weights counted by kind (its layers', each once): the sums `totals` keeps. */
  override paramTotals(): ParamTotals {
    return this.totals();
  }
  /**
   * The model's parameter totals, kept until a layer anywhere gains weights or a model gains a layer
   * (`structureVersion`): countParams(), the summary's totals and its rows (a nested model's count) each
   * walked every layer object within the model, three walks of ResNet50's 240 a build where one does.
   * When no layer object can be met twice within the model (placement.ts knows), the totals are the sums
   * of its layers' own, which fills the nested models' in the same walk; exact, as every partial sum of
   * counts whose total is a safe integer is one. Otherwise, or past 2^53 - 1, the sums are made as
   * always, weight by weight in the order of `weights`, so that a count too large is reported as it was.
   */
  private totals(): Totals {
    const at = structureVersion();
    if (this.#totals !== undefined && this.#totals.at === at) return this.#totals;
    let trainable = 0;
    let nonTrainable = 0;
    let total = Number.NaN;
    if (heldOnce(this)) {
      ({ trainable, nonTrainable } = sumParamTotals(this.layers));
      total = trainable + nonTrainable;
    }
    if (!Number.isSafeInteger(total)) {
      trainable = nonTrainable = total = 0;
      for (const l of this.leaves())
        for (const w of l.weights) {
          const n = weightSize(w);
          total += n;
          if (w.trainable) trainable += n;
          else nonTrainable += n;
        }
    }
    return (this.#totals = { trainable, nonTrainable, total, at });
  }
  #totals: Totals | undefined;
  /**
   * The layer objects that hold this model's weights, each once, in the order of `weights`: the list
   * itself when no layer object can be met twice within the model (placement.ts knows), else a set of it.
   */
  private leaves(): Iterable<BaseLayer<any>> {
    const list = this.collectLeaves([]);
    return heldOnce(this) ? list : new Set(list);
  }
  summary(options?: SummaryOptions): string {
    const o = readSummaryOptions(options);
    const text = renderSummary(this.summaryInput(o.expandNested), o.lineLength);
    o.printFn(text);
    return text;
  }
  /** The summary's input: one row a layer (with `Connected to` when the model's nodes are given), and the totals. */
  protected summaryOf(sequentialLike: boolean, expandNested: boolean, connected?: Connections): SummaryInput {
    const { trainable, nonTrainable } = this.totals();
    safeSum([trainable, nonTrainable], `${this.className} "${this.name}"`, "the parameter count", this.name);
    const rows: SummaryRow[] = [];
    for (const l of this.layers) pushRows(rows, l, 0, expandNested, connected);
    return { name: this.name, rows, sequentialLike, trainable, nonTrainable };
  }
}

/** A model's parameter totals, and the `structureVersion` they were counted at. */
interface Totals extends ParamTotals {
  readonly total: number;
  readonly at: number;
}

/** What `Connected to` is read from: the model's own nodes, and the inputs that stand for intermediate tensors. */
interface Connections {
  readonly nodes: ReadonlySet<Node>;
  readonly clones: ReadonlyMap<SymbolicTensor, SymbolicTensor>;
}

/**
 * Appends the summary row of `l`, then, for Keras's expand_nested, its own layers' rows, indented by
 * level and marked "└ "; they are not nodes of the model, so their `Connected to` is "-". (A module
 * function, not a closure made per summary: a closure's compiled code goes with it.)
 */
const pushRows = (rows: SummaryRow[], l: BaseLayer<any>, level: number, expandNested: boolean, connected: Connections | undefined): void => {
  const name = level === 0 ? l.name : `${"   ".repeat(level)}└ ${l.name}`;
  // Two literals, not a spread of the optional key (which copied an object a row). The output shape is
  // printable ASCII (digits, None, punctuation: see `outputShapes`), and so is Connected to when the names
  // in it are, which are tested here, each a flat string, instead of the cell they are joined into.
  if (connected === undefined) rows.push({ name, className: l.className, outputShape: outputShapes(l), params: l.countParams(), asciiCells: true });
  else if (level > 0) rows.push({ name, className: l.className, outputShape: outputShapes(l), params: l.countParams(), connectedTo: "-", asciiCells: true });
  else rows.push({ name, className: l.className, outputShape: outputShapes(l), params: l.countParams(), connectedTo: connectedTo(l, connected), asciiCells: namesAscii(l, connected) });
  if (expandNested) for (const n of nestedLayers(l)) pushRows(rows, n, level + 1, expandNested, connected);
};

/** A layer's `Connected to`: the names of the inputs of its calls within the model, or "-". */
const connectedTo = (l: BaseLayer<any>, c: Connections): string => {
  let s = "";
  let count = 0;
  for (const n of l.nodes)
    if (c.nodes.has(n)) for (const t of n.inputs) s += (count++ === 0 ? "" : ", ") + resolveIn(c.clones, t).name;
  return s || "-";
};

/** Whether the names in a layer's `Connected to` are printable ASCII (a tensor's name is its layer's name and two indices). */
const namesAscii = (l: BaseLayer<any>, c: Connections): boolean => {
  for (const n of l.nodes)
    if (c.nodes.has(n)) for (const t of n.inputs) if (!isPrintableAscii(resolveIn(c.clones, t).node.layer.name)) return false;
  return true;
};

/** The model's own input for a tensor: an intermediate tensor given as an input stands for a new input() of its shape. */
const resolveIn = (clones: ReadonlyMap<SymbolicTensor, SymbolicTensor>, t: SymbolicTensor): SymbolicTensor => clones.get(t) ?? t;

/** The layers a layer is made of, for a nested summary: a model's or a block's. */
const nestedLayers = (l: BaseLayer<any>): readonly BaseLayer<any>[] =>
  (l as { readonly layers?: readonly BaseLayer<any>[] }).layers ?? [];

/** A shape with its batch axis unknown. */
export const anyBatch = (s: Shape): Shape => (s.length === 0 ? s : [null, ...s.slice(1)]);

export type sameInputTwice<name extends string, count extends string> =
  `model: the input ${name} is listed ${count} times in inputs, but each input can be listed once (a call of the model gives each input its own tensor). Fix: list it once; to feed one tensor to two branches, call both branches on it.`;
export const sameInputTwice = <name extends string, count extends string>(name: name, count: count): sameInputTwice<name, count> =>
  `model: the input ${name} is listed ${count} times in inputs, but each input can be listed once (a call of the model gives each input its own tensor). Fix: list it once; to feed one tensor to two branches, call both branches on it.`;

/**
 * The Output Shape column of a layer's row: its last call's output, or the list of them, `[(None, 8), (None, 8)]`,
 * as Keras prints a layer of several outputs. Always printable ASCII (`pushRows` relies on it): sizes are
 * numbers (written with digits, `.`, `e`, `+`, `-`, or `NaN`, `Infinity`) or None.
 */
const outputShapes = (l: BaseLayer<any>): string => {
  const outs = l.nodes[l.nodes.length - 1]?.outputs ?? [];
  return outs.length === 0 ? "?" : outs.length === 1 ? summaryShape(outs[0]!.shape) : `[${outs.map((t) => summaryShape(t.shape)).join(", ")}]`;
};

/** Keras's Output Shape column: `(None, 4)`; a one-axis shape prints `(None)` there, unlike in messages. */
export const summaryShape = (s: Shape): string => `(${s.map(dimText).join(", ")})`;
/** (A module function, not a closure made per row; `join` gives the summary a flat string to scan.) */
const dimText = (d: Dim): string => (d === null ? "None" : String(d));

/** The runtime functional model: finds its layers from the outputs back to the inputs as Keras's `map_graph` does. */
export class FunctionalModel extends ModelBase {
  declare readonly inputs: readonly SymbolicTensor[];
  declare readonly outputs: readonly SymbolicTensor[];
  readonly #single: { inputs: boolean; outputs: boolean };
  readonly #layers: BaseLayer<any>[];
  readonly #nodesByDepth: Node[][];
  /** The intermediate tensors given as inputs, each with the new input() of its shape that stands for it (see `resolveIn`). */
  readonly #clones: ReadonlyMap<SymbolicTensor, SymbolicTensor>;
  /** @internal The intermediate tensors given as inputs, each with the new input that stands for it (for the TF.js bridge). */
  declare readonly clonedInputs: ReadonlyMap<SymbolicTensor, SymbolicTensor>;

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
    const given = list(o.inputs, "inputs");
    const outputs = list(o.outputs, "outputs");
    if (outputs.length === 0) fail(`model: outputs must hold at least one tensor, but got an empty list. Fix: model({ inputs: inp, outputs: out }).`);
    for (const t of new Set(given)) {
      const n = given.filter((x) => x === t).length;
      if (n > 1) fail(sameInputTwice(t.name, String(n)));
    }
    // As Keras 3 (clone_graph_nodes): a tensor made by a layer, given as an input, starts the model as a
    // new input of its shape, so the layers before it are not part of the model.
    const clones = new Map<SymbolicTensor, SymbolicTensor>();
    for (const t of given)
      if (!(t.node.layer instanceof InputLayer)) clones.set(t, new InputLayer({ batchShape: t.shape }).applyOne(undefined));
    const inputs = given.map((t) => resolveIn(clones, t));
    const { layers, nodesByDepth } = mapGraph(inputs, outputs, clones);
    checkUniqueNames("model", layers);
    super(o, "Functional");
    Object.assign(this, { inputs, outputs, clonedInputs: clones });
    // (Own, unlike a Sequential's, whose input shape add() sets: see `readsThrough`.)
    // A one-input model declares its input shape (a Sequential it starts is built on it, as in Keras).
    (this as { batchInputShape: Shape | undefined }).batchInputShape = inputs.length === 1 ? inputs[0]!.shape : undefined;
    this.#single = { inputs: !Array.isArray(o.inputs), outputs: !Array.isArray(o.outputs) };
    this.#layers = layers;
    this.#nodesByDepth = nodesByDepth;
    this.#clones = clones;
  }

  /** Called as a layer: one tensor, or a list of as many tensors as the model has inputs. */
  protected override inputOf(x: unknown): { tensors: SymbolicTensor[]; shape: Shape } {
    const n = this.inputs.length;
    if (n === 1 && !Array.isArray(x)) return super.inputOf(x);
    if (n === 1) return fail(oneInput(this.className), this.name);
    if (!Array.isArray(x) || x.length !== n) return fail(inputCount(this.className, String(n), Array.isArray(x) ? String(x.length) : "one tensor"), this.name);
    for (const t of x) if (!(t instanceof SymbolicTensor)) fail(`${this.className}: expected a list of SymbolicTensors, but it holds ${describe(t)}. Fix: pass the tensors input() and layers returned.`, this.name);
    return { tensors: x, shape: x.map((t: SymbolicTensor) => t.shape) as unknown as Shape };
  }

  protected override checkInput(shape: Shape): void {
    if (this.inputs.length === 1) return super.checkInput(shape);
    (shape as unknown as Shape[]).forEach((s, k) => {
      const d = anyBatch(this.inputs[k]!.shape);
      if (d.length !== s.length || firstDisagreement(d, s) !== -1)
        fail(modelInputMismatch(`${this.className} input ${k}`, formatShape(d), formatShape(s)), this.name);
    });
  }

  /** Called as a layer: its layers run again on the new input's shapes, as Keras runs its graph (weights shared and checked). */
  computeOutputShape(s: Shape): Shape {
    if (this.outputs.length !== 1) return fail(severalOutputs(this.className, String(this.outputs.length)), this.name);
    const given = this.inputs.length === 1 ? [s] : (s as unknown as Shape[]);
    const shapes = new Map<SymbolicTensor, Shape>(this.inputs.map((t, k) => [t, given[k]!]));
    for (const nodes of this.#nodesByDepth)
      for (const n of nodes) {
        if (shapes.has(n.output!)) continue; // an input
        const layer = n.layer as BaseLayer<any>;
        const ins = n.inputs.map((x) => shapes.get(resolveIn(this.#clones, x))!);
        // A recurrent layer's initial states are inputs of its call too; its rule sees the sequence alone.
        const one = layer instanceof SingleInputLayer && !(layer instanceof FunctionalModel && layer.inputs.length > 1);
        const outs = layer.outputsFor(one ? ins[0]! : ins);
        n.outputs.forEach((t, k) => shapes.set(t, outs[k]!));
      }
    return shapes.get(this.outputs[0]!)!;
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
    const nodes = new Set<Node>();
    // Keras draws a model without branches, merges or shared layers like a Sequential.
    let sequentialLike = true;
    for (const ns of this.#nodesByDepth) {
      if (ns.length > 1 || (ns[0]?.inputs.length ?? 0) > 1) sequentialLike = false;
      for (const n of ns) nodes.add(n);
    }
    for (const l of this.#layers) {
      if (!sequentialLike) break;
      let count = 0;
      for (const n of l.nodes) if (nodes.has(n)) count++;
      if (count > 1) sequentialLike = false;
    }
    return this.summaryOf(sequentialLike, expandNested, { nodes, clones: this.#clones });
  }
}

/**
 * Keras's `map_graph`: a depth-first walk from the outputs (stopping at the inputs) numbers the layers
 * in the order it first meets them; layers are then listed deepest first, ties in that order. Fails
 * when an output needs a tensor that the inputs do not lead to.
 */
const mapGraph = (inputs: readonly SymbolicTensor[], outputs: readonly SymbolicTensor[], clones: ReadonlyMap<SymbolicTensor, SymbolicTensor>) => {
  const finished = new Set<Node>();
  const order: Node[] = [];
  const index = new Map<BaseLayer<any>, number>();
  const isInput = new Set(inputs);
  const walk: Walk = { finished, order, index, isInput, clones };
  for (const t of outputs) visit(walk, resolveIn(clones, t));

  const nodeDepth = new Map<Node, number>();
  const layerDepth = new Map<BaseLayer<any>, number>();
  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k]!;
    const layer = node.layer as BaseLayer<any>;
    const depth = Math.max(nodeDepth.get(node) ?? 0, layerDepth.get(layer) ?? 0);
    layerDepth.set(layer, depth);
    nodeDepth.set(node, depth);
    if (!isInput.has(node.output!))
      for (const input of node.inputs) {
        const x = resolveIn(clones, input);
        nodeDepth.set(x.node, Math.max(depth + 1, nodeDepth.get(x.node) ?? 0));
      }
  }
  for (const t of inputs) {
    const layer = t.node.layer as BaseLayer<any>;
    if (!layerDepth.has(layer)) {
      layerDepth.set(layer, 0);
      index.set(layer, -1);
      nodeDepth.set(t.node, 0);
    }
  }
  // Grouped by depth in one pass each (filtering all layers once a depth was quadratic in a chain's length).
  // (Loops and module-level comparators, not closures made per model: a closure's compiled code goes
  // with it at each collection, so these were compiled again for every model.)
  const layers: BaseLayer<any>[] = [];
  for (const ls of deepestFirst(layerDepth)) {
    if (ls.length === 1) {
      layers.push(ls[0]!); // (a chain's every depth: nothing to sort)
      continue;
    }
    const keyed: [number, BaseLayer<any>][] = [];
    for (const l of ls) keyed.push([index.get(l)!, l]);
    keyed.sort(byKey);
    for (const [, l] of keyed) layers.push(l);
  }
  // A shared layer's nodes can sit at depths no layer is listed at: group the nodes by their own depths.
  const nodesByDepth: Node[][] = [];
  for (const ns of deepestFirst(nodeDepth)) nodesByDepth.push(ns);

  // The walk stops only at the model's inputs, so any other start it reached is an input() left out.
  for (const n of order)
    if (n.inputs.length === 0 && !isInput.has(n.output!))
      fail(graphDisconnected(n.output!.name, `[${inputs.map((t) => t.name).join(", ")}]`));
  return { layers, nodesByDepth };
};

/** The state of `mapGraph`'s walk. */
interface Walk {
  readonly finished: Set<Node>;
  readonly order: Node[];
  readonly index: Map<BaseLayer<any>, number>;
  readonly isInput: ReadonlySet<SymbolicTensor>;
  readonly clones: ReadonlyMap<SymbolicTensor, SymbolicTensor>;
}
/** `mapGraph`'s depth-first step (a module function, not a closure made per model, so its compiled code stays). */
const visit = (w: Walk, t: SymbolicTensor): void => {
  const node = t.node;
  if (w.finished.has(node)) return;
  const layer = node.layer as BaseLayer<any>;
  if (!w.index.has(layer)) w.index.set(layer, w.index.size);
  if (!w.isInput.has(t)) for (const x of node.inputs) visit(w, resolveIn(w.clones, x));
  w.finished.add(node);
  w.order.push(node);
};

/** Orders `[key, value]` entries by their keys, ascending. */
const byKey = (a: readonly [number, unknown], b: readonly [number, unknown]): number => a[0] - b[0];

/** The keys of a map grouped by their values (depths), deepest first, each group in the map's order. */
const deepestFirst = <k>(m: ReadonlyMap<k, number>): k[][] => {
  // Depths are whole numbers from 0, so the groups are buckets read from the deepest down: the same
  // groups in the same order as grouping into a map and sorting its entries by depth, without the map,
  // the entries' arrays and the sort (a third of the graph walk of a chain as long as ResNet50's).
  const buckets: (k[] | undefined)[] = [];
  for (const [x, d] of m) {
    while (buckets.length <= d) buckets.push(undefined);
    const g = buckets[d];
    if (g === undefined) buckets[d] = [x];
    else g.push(x);
  }
  const groups: k[][] = [];
  for (let d = buckets.length - 1; d >= 0; d--) if (buckets[d] !== undefined) groups.push(buckets[d]!);
  return groups;
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
/**
 * The outputs' parameter type: `outs` itself, with the message when an output failed, or the tensor
 * types when it is not tensors. Not `Checked<..., outs>`: given outputs whose type is an open
 * conditional (in a helper generic over a layer's `returnState`), the compiler infers `outs` from that
 * conditional's first branch alone when the parameter is a conditional too, and then refuses the
 * argument; from the bare `outs` it infers the whole.
 */
type checkedOutputs<outs> = [isOutputs<outs>] extends [false]
  ? SymbolicTensor | readonly SymbolicTensor[]
  : [checkOutputs<outs>] extends [ShapeErr<string>]
    ? messageOf<checkOutputs<outs>>
    : unknown;
/** `t`, which the compiler does not infer from (`NoInfer`, which TypeScript 5.3 lacks): `outs` is inferred from the bare `outs` alone. */
type noInfer<t> = [t][t extends unknown ? 0 : never];
/**
 * Whether `outs` is a tensor or a list of them: the constraint `outs` cannot carry, as such an open
 * conditional is not provably either; its branches are checked when the helper is called.
 */
type isOutputs<outs> = [outs] extends [SymbolicTensor | readonly SymbolicTensor[]] ? true : false;
type failedMessages<outs> = outs extends SymbolicTensor
  ? failedMessage<outs["shape"]>
  : outs extends readonly SymbolicTensor[]
    ? { [k in keyof outs]: outs[k] extends SymbolicTensor<infer s> ? failedMessage<s> : never }[number]
    : never;
/**
 * A sentence that is not a literal (`string`, or the wildcard the compiler puts in place of a helper's
 * parameter when it checks the call there, see `Checked`) says no more than "may fail": no error, the
 * helper's call site checks the literal.
 */
type failedMessage<s> = [Dim[]] extends [s] ? never : [s] extends [Failed<infer m>] ? ([string] extends [m] ? never : m) : never;

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
export function model<const ins extends SymbolicTensor | readonly SymbolicTensor[], const outs>(options: {
  readonly inputs: ins;
  readonly outputs: checkedOutputs<noInfer<outs>> & outs;
  readonly name?: string;
}): Model<shapeOf<ins>, shapeOf<outs>>;

export function model(options: unknown): unknown {
  return new FunctionalModel(readOptions(options) as ModelOptions);
}
