/**
 * Input: not a layer that computes anything but the start of the flow, a placeholder tensor with the
 * shape of the data. Only the shape of one sample is needed; the batch axis is added in front as `None`.
 *
 * ```ts
 * input({ shape: [3] });                          // SymbolicTensor<[null, 3]>
 * input({ shape: [50, 50, 3], batchSize: 30 });   // SymbolicTensor<[30, 50, 50, 3]>
 * input({ batchShape: [30, 50, 50, 3] });         // SymbolicTensor<[30, 50, 50, 3]>
 * ```
 */
import type { NotPositiveInts } from "../../core/arith.js";
import { fail, type CheckedOptions, type firstErr, type OptionErr, type ShapeErr } from "../../core/errors.js";
import { asList, badBatchSize, badSize, checkSizes, twoSpellings } from "../../core/input-spec.js";
import { BaseLayer, uniqueName, type BaseLayerOptions } from "../../core/layer.js";
import { checkKeys, formatOption, type AnyKeys, type has } from "../../core/options.js";
import { badDim, type Dim, type Shape } from "../../core/shape.js";
import { SymbolicTensor, type Node } from "../../core/tensor.js";
import { readOptions } from "../../core/read-options.js";

export interface InputOptions {
  /** The shape of one sample, the batch axis left out: `[50, 50, 3]`. */
  readonly shape?: Shape;
  /** The whole shape, batch axis included: `[30, 50, 50, 3]`. */
  readonly batchShape?: Shape;
  /** A fixed batch size to put in front of `shape`. */
  readonly batchSize?: number;
  /** The input layer's name; defaults to `input_layer`, `input_layer_1`, ... */
  readonly name?: string;
  /** The element type: `int32` (or `int64`, as Keras spells it) for the token ids an Embedding takes. Default `float32`. */
  readonly dtype?: "float32" | "int32" | "int64" | "bool" | "string";
}
const inputOptionKeys = ["shape", "batchShape", "batchSize", "name", "dtype"] as const;

export type noShape<got extends string> =
  `Input needs the shape of the data, but got ${got}. Fix: write input({ shape: [3] }) for samples of 3 features (the batch axis is added as None), or input({ batchShape: [30, 3] }).`;
export const noShape = <got extends string>(got: got): noShape<got> =>
  `Input needs the shape of the data, but got ${got}. Fix: write input({ shape: [3] }) for samples of 3 features (the batch axis is added as None), or input({ batchShape: [30, 3] }).`;

export type batchTwice =
  "Input: batchSize cannot go with batchShape, which already holds the batch size. Fix: drop batchSize, or write shape: [...] beside it.";
export const batchTwice: batchTwice =
  "Input: batchSize cannot go with batchShape, which already holds the batch size. Fix: drop batchSize, or write shape: [...] beside it.";

export type layerSpelling<key extends string, option extends string, value extends string> =
  `Input takes ${option}, not ${key} (an option of the first layer of a Sequential). Fix: write input({ ${option}: ${value} }).`;
export const layerSpelling = <key extends string, option extends string, value extends string>(
  key: key,
  option: option,
  value: value,
): layerSpelling<key, option, value> =>
  `Input takes ${option}, not ${key} (an option of the first layer of a Sequential). Fix: write input({ ${option}: ${value} }).`;
/** A layer's input option given to input() (a Keras or TF.js habit), with the option input() takes instead. */
/** `checkKnownKeys`, with a layer's input option named as such (only a wrong key looks for one). */
type checkInputKeys<o> = string extends keyof o
  ? "ok"
  : [Exclude<keyof o, (typeof inputOptionKeys)[number]>] extends [never]
    ? "ok"
    : checkLayerSpelling<o> extends infer e extends ShapeErr<string>
      ? e
      : checkKeys<"Input", o, typeof inputOptionKeys>;
type checkLayerSpelling<o> = has<o, "inputShape"> extends true
  ? OptionErr<layerSpelling<"inputShape", "shape", formatOption<o["inputShape" & keyof o]>>, "inputShape">
  : has<o, "batchInputShape"> extends true
    ? OptionErr<layerSpelling<"batchInputShape", "batchShape", formatOption<o["batchInputShape" & keyof o]>>, "batchInputShape">
    : has<o, "inputDim"> extends true
      ? OptionErr<layerSpelling<"inputDim", "shape", formatOption<[o["inputDim" & keyof o]]>>, "inputDim">
      : "ok";
const checkLayerSpelling = (o: Record<string, unknown>): void => {
  if (o["inputShape"] !== undefined) fail(layerSpelling("inputShape", "shape", formatOption(o["inputShape"])));
  if (o["batchInputShape"] !== undefined) fail(layerSpelling("batchInputShape", "batchShape", formatOption(o["batchInputShape"])));
  if (o["inputDim"] !== undefined) fail(layerSpelling("inputDim", "shape", formatOption([o["inputDim"]])));
};

/**
 * What input() lets through to its checks: its options, with a string where a size goes (`shape:
 * ["3"]`, `batchSize: "30"`), so that the check says the library's sentence at that option, as the
 * runtime does, instead of the compiler's "Type 'string' is not assignable to type 'Dim'".
 */
export interface InputCall extends AnyKeys {
  readonly shape?: readonly (Dim | string)[];
  readonly batchShape?: readonly (Dim | string)[];
  readonly batchSize?: number | string;
  readonly name?: string;
  readonly dtype?: InputOptions["dtype"];
}

type checkSizes<option extends string, s> = 0 extends 1 & s
  ? "ok" // any: the runtime checks it
  : s extends readonly unknown[]
  ? badDim<s> extends [infer d] ? OptionErr<badSize<"Input", option, formatOption<d>>, option> : "ok"
  : "ok";
type checkBatch<b> = [b] extends [undefined]
  ? "ok"
  : [NotPositiveInts<b>] extends [never] ? "ok" : OptionErr<badBatchSize<"Input", formatOption<NotPositiveInts<b>>>, "batchSize">;

/** Everything that can be wrong with Input's options, first problem first. */
export type checkInput<o extends InputCall> = firstErr<
  [
    checkInputKeys<o>,
    has<o, "shape"> extends true
      ? has<o, "batchShape"> extends true ? OptionErr<twoSpellings<"Input", "shape", "batchShape">, "batchShape"> : "ok"
      : has<o, "batchShape"> extends true
        ? has<o, "batchSize"> extends true ? OptionErr<batchTwice, "batchSize"> : "ok"
        : ShapeErr<noShape<"neither shape nor batchShape">>,
    has<o, "shape"> extends true ? checkSizes<"shape", o["shape"]> : "ok",
    has<o, "batchShape"> extends true ? checkSizes<"batchShape", o["batchShape"]> : "ok",
    has<o, "batchSize"> extends true ? checkBatch<o["batchSize"]> : "ok",
  ]
>;

/**
 * The batch shape Input's options describe. What the compiler cannot see stays unknown: a shape typed
 * `any` has unknown rank (`Dim[]` after the batch axis), a size typed `any` is `number | null` (it may
 * be `None`), as arith.ts reads `any`.
 */
export type inputShapeOf<o extends InputCall> = o extends { batchShape: infer b }
  ? sizes<b>
  : o extends { shape: infer s }
    ? sizes<s> extends infer z extends readonly unknown[] ? [o extends { batchSize: infer b } ? size<b> : null, ...z] : never
    : Dim[]; // no shape, an error at the call: of unknown rank, not `never`, which would let every later check pass
type sizes<s> = 0 extends 1 & s ? Dim[] : s extends readonly unknown[] ? { -readonly [i in keyof s]: size<s[i]> } : never;
/** A size as the tensor's type keeps it: `any`, or a string (refused at the call), is unknown (`number | null`). */
type size<d> = 0 extends 1 & d ? Dim : d extends Dim ? d : Dim;

/** The runtime layer behind `input()`: it has no weights and no input of its own. */
export class InputLayer extends BaseLayer<Shape> {
  readonly batchShape: Shape;
  constructor(o: InputOptions) {
    if (typeof o !== "object" || o === null) fail(noShape(String(o)));
    checkLayerSpelling(o as Record<string, unknown>);
    checkKeys("Input", o, inputOptionKeys);
    if (o.shape !== undefined && o.batchShape !== undefined) fail(twoSpellings("Input", "shape", "batchShape"));
    if (o.shape === undefined && o.batchShape === undefined) fail(noShape("neither shape nor batchShape"));
    if (o.batchShape !== undefined && o.batchSize !== undefined) fail(batchTwice);
    if (o.shape !== undefined) checkSizes("Input", "shape", asList("Input", "shape", o.shape));
    if (o.batchShape !== undefined) checkSizes("Input", "batchShape", asList("Input", "batchShape", o.batchShape));
    if (o.batchSize !== undefined) checkSizes("Input", "batchSize", [o.batchSize]);
    super(o as BaseLayerOptions, "InputLayer");
    this.batchShape = o.batchShape !== undefined ? [...o.batchShape] : [o.batchSize ?? null, ...o.shape!];
    Object.assign(this, { trainingOptions: o.dtype === undefined ? {} : { dtype: o.dtype } });
  }
  computeOutputShape(): Shape {
    return this.batchShape;
  }
  /** @internal Takes the node of a block's input (see `blockInput`) as its one call, as `applyOne` would have made it. */
  static adopt(node: InputNode, name: string): InputLayer {
    const l = new InputLayer({ batchShape: node.output!.shape, name });
    (l as { batchShape: Shape }).batchShape = node.output!.shape; // one array, as a call shares it
    l.nodes.push(node);
    l.build(l.batchShape);
    return l;
  }
  protected inputOf(): { tensors: SymbolicTensor[]; shape: Shape } {
    return { tensors: [], shape: this.batchShape };
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { batch_shape: [...this.batchShape], sparse: false };
  }
}

/**
 * The input tensor of a model: the shape of one sample (`shape`, the batch axis left out and shown as
 * `None`), optionally with a fixed `batchSize`, or the whole `batchShape`. Layers are then called on it.
 *
 * @example
 * ```ts
 * input({ shape: [3] });                             // SymbolicTensor<[null, 3]>
 * input({ shape: [50, 50, 3], batchSize: 30 });      // SymbolicTensor<[30, 50, 50, 3]>
 * input({ batchShape: [30, 50, 50, 3] });            // SymbolicTensor<[30, 50, 50, 3]>
 * ```
 */
export function input<const o extends InputCall>(
  options: CheckedOptions<checkInput<o>, o, InputOptions>,
): SymbolicTensor<inputShapeOf<o>>;
export function input(options: unknown): SymbolicTensor {
  return new InputLayer(readOptions(options) as InputOptions).applyOne(undefined);
}

/**
 * @internal The input tensor of the graph a block or a Sequential makes of its own layers when it is
 * called or given its first layer, as `new InputLayer({ batchShape, name }).applyOne(undefined)`, but
 * with the `InputLayer` object made only when something reads it (`tensor.node.layer`: a name, an
 * export, a plot): a call needs the tensor alone, and these layer objects were a fifth of the objects
 * that ResNet50's blocks form made. The shape is checked and the default name taken now, so that
 * errors and the names of later layers are as if the layer were made here.
 */
export const blockInput = (batchShape: Shape, name?: string): SymbolicTensor => {
  checkSizes("Input", "batchShape", asList("Input", "batchShape", batchShape));
  const node = new InputNode(name ?? uniqueName("input_layer"));
  const t = new SymbolicTensor([...batchShape], node, 0);
  node.output = t;
  node.outputs = [t];
  return t;
};

/** The node of a `blockInput`, which makes its `InputLayer` when first asked. */
class InputNode implements Node {
  #layer: InputLayer | undefined = undefined;
  readonly #name: string;
  readonly inputs: readonly SymbolicTensor[] = [];
  readonly index = 0;
  output: SymbolicTensor | undefined = undefined;
  outputs: readonly SymbolicTensor[] = [];
  constructor(name: string) {
    this.#name = name;
  }
  get layer(): InputLayer {
    return (this.#layer ??= InputLayer.adopt(this, this.#name));
  }
}
