/**
 * `toTfjs(model)`: a real TensorFlow.js `LayersModel` built from a shapeflow Sequential or functional
 * Model, nested blocks included, with the same layer names, configs (read from each layer's
 * `kerasConfig()`), topology, weight names and weight shapes.
 *
 * TensorFlow.js is not a dependency of shapeflow: pass your own `tf` (`@tensorflow/tfjs`,
 * `@tensorflow/tfjs-node`, or `@tensorflow/tfjs-layers` with a backend), or let `toTfjs` import
 * `@tensorflow/tfjs` (then `@tensorflow/tfjs-layers`) itself.
 */
import { fail, ShapeError } from "../core/errors.js";
import { BaseLayer } from "../core/layer.js";
import { formatShape, type Shape } from "../core/shape.js";
import { SymbolicTensor } from "../core/tensor.js";
import { CompositeLayer } from "../blocks/composite.js";
import { InputLayer } from "../layers/core/input.js";
import { MergeBase } from "../layers/merging/merge.js";
import { FunctionalModel, ModelBase } from "../models/model.js";
import { checkAll, type CheckedData } from "./data.js";

// --- what shapeflow needs of TensorFlow.js -------------------------------------------------------------

/** A TF.js layer, as far as the bridge uses it. */
export interface TfjsLayerLike {
  readonly name: string;
  apply(inputs: unknown): unknown;
}
/** A TF.js symbolic tensor, as far as the bridge uses it. */
export interface TfjsSymbolicTensorLike {
  readonly shape: readonly (number | null)[];
  readonly sourceLayer: TfjsLayerLike;
}
/**
 * The parts of the TensorFlow.js namespace the bridge calls: `@tensorflow/tfjs`, `@tensorflow/tfjs-node`
 * and `@tensorflow/tfjs-layers` all fit.
 */
export interface TfjsLike {
  readonly layers: object;
  input(config: { batchShape: (number | null)[]; name?: string }): unknown;
  model(config: { inputs: unknown; outputs: unknown; name?: string }): unknown;
  sequential(config?: { layers?: unknown[]; name?: string }): unknown;
}

// --- messages --------------------------------------------------------------------------------------------

export type noTfjsLayer<name extends string, layer extends string, fix extends string> =
  `toTfjs: layer "${name}" is a ${layer}, which TensorFlow.js 4.22 has no layer for. Fix: ${fix}.`;
export const noTfjsLayer = <name extends string, layer extends string, fix extends string>(
  name: name,
  layer: layer,
  fix: fix,
): noTfjsLayer<name, layer, fix> => `toTfjs: layer "${name}" is a ${layer}, which TensorFlow.js 4.22 has no layer for. Fix: ${fix}.`;

export type noTfjsOption<name extends string, layer extends string, option extends string, got extends string, fix extends string> =
  `toTfjs: layer "${name}" (${layer}) has ${option} ${got}, which TensorFlow.js 4.22 does not support (it would build a different model). Fix: ${fix}.`;
export const noTfjsOption = <name extends string, layer extends string, option extends string, got extends string, fix extends string>(
  name: name,
  layer: layer,
  option: option,
  got: got,
  fix: fix,
): noTfjsOption<name, layer, option, got, fix> =>
  `toTfjs: layer "${name}" (${layer}) has ${option} ${got}, which TensorFlow.js 4.22 does not support (it would build a different model). Fix: ${fix}.`;

export type notAModel<got extends string> =
  `toTfjs: expected a shapeflow model (sequential() or model()), but got ${got}. Fix: build the model first, e.g. toTfjs(sequential({ layers: [...] })).`;
export const notAModel = <got extends string>(got: got): notAModel<got> =>
  `toTfjs: expected a shapeflow model (sequential() or model()), but got ${got}. Fix: build the model first, e.g. toTfjs(sequential({ layers: [...] })).`;

export type tfjsNotFound =
  "toTfjs: TensorFlow.js was not found. Fix: npm install @tensorflow/tfjs (or @tensorflow/tfjs-node) and pass it: toTfjs(model, { tf }).";
export const tfjsNotFound: tfjsNotFound =
  "toTfjs: TensorFlow.js was not found. Fix: npm install @tensorflow/tfjs (or @tensorflow/tfjs-node) and pass it: toTfjs(model, { tf }).";

export type tfjsRejected<name extends string, layer extends string, input extends string, why extends string> =
  `toTfjs: TensorFlow.js 4.22 cannot build layer "${name}" (${layer}) on input ${input}, which Keras 3 and shapeflow accept. TF.js says: ${why} Fix: change this part so that TF.js takes it (e.g. give every axis a size), or build it in TF.js yourself.`;
export const tfjsRejected = <name extends string, layer extends string, input extends string, why extends string>(
  name: name,
  layer: layer,
  input: input,
  why: why,
): tfjsRejected<name, layer, input, why> =>
  `toTfjs: TensorFlow.js 4.22 cannot build layer "${name}" (${layer}) on input ${input}, which Keras 3 and shapeflow accept. TF.js says: ${why} Fix: change this part so that TF.js takes it (e.g. give every axis a size), or build it in TF.js yourself.`;

export type tfjsOtherShape<name extends string, layer extends string, got extends string, expected extends string> =
  `toTfjs: TensorFlow.js 4.22 gives layer "${name}" (${layer}) the output shape ${got}, where Keras 3 and shapeflow give ${expected}, so it would build a different model. Fix: change this layer's options (TF.js computes some of them otherwise: causal padding, dilated depthwise kernels, unknown sizes), or build it in TF.js yourself.`;
export const tfjsOtherShape = <name extends string, layer extends string, got extends string, expected extends string>(
  name: name,
  layer: layer,
  got: got,
  expected: expected,
): tfjsOtherShape<name, layer, got, expected> =>
  `toTfjs: TensorFlow.js 4.22 gives layer "${name}" (${layer}) the output shape ${got}, where Keras 3 and shapeflow give ${expected}, so it would build a different model. Fix: change this layer's options (TF.js computes some of them otherwise: causal padding, dilated depthwise kernels, unknown sizes), or build it in TF.js yourself.`;

/**
 * Calls TF.js to build `l` on its input: a TF.js error becomes a ShapeError naming the layer, and an
 * output shape other than shapeflow's (Keras 3's) is refused, never built silently. An axis TF.js
 * leaves unknown where shapeflow knows its size is accepted: the model computes the same.
 */
const checked = <x>(l: BaseLayer<any>, input: string, expected: Shape | undefined, build: () => x, shapeOf: (x: x) => readonly (number | null)[] | undefined): x => {
  let x: x;
  try {
    x = build();
  } catch (e) {
    if (e instanceof ShapeError) throw e;
    return fail(tfjsRejected(l.name, l.className, input, e instanceof Error ? e.message : String(e)), l.name);
  }
  const got = shapeOf(x);
  // TF.js may know less (a None where Keras 3 infers a size, as its Reshape of a -1): that runs the same.
  if (expected !== undefined && got !== undefined && (got.length !== expected.length || got.some((d, i) => d !== null && d !== expected[i])))
    fail(tfjsOtherShape(l.name, l.className, formatShape(got), formatShape(expected)), l.name);
  return x;
};

// --- which layers TF.js has ---------------------------------------------------------------------------

/** TF.js's factory (`tf.layers.x`) for each Keras class it has. */
const factories: Readonly<Record<string, string>> = {
  Dense: "dense", Activation: "activation", Dropout: "dropout", Add: "add", Concatenate: "concatenate",
  Conv1D: "conv1d", Conv2D: "conv2d", Conv3D: "conv3d", Conv2DTranspose: "conv2dTranspose", Conv3DTranspose: "conv3dTranspose",
  SeparableConv2D: "separableConv2d", DepthwiseConv2D: "depthwiseConv2d",
  MaxPooling1D: "maxPooling1d", MaxPooling2D: "maxPooling2d", MaxPooling3D: "maxPooling3d",
  AveragePooling1D: "averagePooling1d", AveragePooling2D: "averagePooling2d", AveragePooling3D: "averagePooling3d",
  GlobalMaxPooling1D: "globalMaxPooling1d", GlobalMaxPooling2D: "globalMaxPooling2d",
  GlobalAveragePooling1D: "globalAveragePooling1d", GlobalAveragePooling2D: "globalAveragePooling2d",
  Flatten: "flatten", Reshape: "reshape", Permute: "permute", RepeatVector: "repeatVector",
  ZeroPadding2D: "zeroPadding2d", Cropping2D: "cropping2D", UpSampling2D: "upSampling2d",
  BatchNormalization: "batchNormalization", LayerNormalization: "layerNormalization",
  Multiply: "multiply", Average: "average", Maximum: "maximum", Minimum: "minimum", Dot: "dot",
  ReLU: "reLU", LeakyReLU: "leakyReLU", PReLU: "prelu", ELU: "elu", Softmax: "softmax", ThresholdedReLU: "thresholdedReLU",
  SpatialDropout1D: "spatialDropout1d", GaussianNoise: "gaussianNoise", GaussianDropout: "gaussianDropout", AlphaDropout: "alphaDropout",
  Rescaling: "rescaling", Resizing: "resizing", CenterCrop: "centerCrop",
};

/** For each Keras class TF.js lacks, what to use instead. */
const alternatives: Readonly<Record<string, string>> = {
  Conv1DTranspose: "reshape to (steps, 1, channels) and use conv2dTranspose with kernelSize [k, 1] and strides [s, 1], then reshape back",
  SeparableConv1D: "reshape to (steps, 1, channels) and use separableConv2d with kernelSize [k, 1], then reshape back",
  DepthwiseConv1D: "reshape to (steps, 1, channels) and use depthwiseConv2d with kernelSize [k, 1], then reshape back",
  GlobalMaxPooling3D: "reshape to (depth * rows * cols, channels) and use globalMaxPooling1d",
  GlobalAveragePooling3D: "reshape to (depth * rows * cols, channels) and use globalAveragePooling1d",
  ZeroPadding1D: "reshape to (steps, 1, channels) and use zeroPadding2d with padding [[before, after], [0, 0]], then reshape back",
  Cropping1D: "reshape to (steps, 1, channels) and use cropping2d with cropping [[before, after], [0, 0]], then reshape back",
  UpSampling1D: "reshape to (steps, 1, channels) and use upSampling2d with size [n, 1], then reshape back",
  ZeroPadding3D: "pad the data before the model, or use a 2D model",
  Cropping3D: "crop the data before the model, or use a 2D model",
  UpSampling3D: "upsample the data before the model, or use conv3dTranspose",
  Subtract: "add the negated second input: add()([a, rescaling({ scale: -1 })(b)])",
  SpatialDropout2D: "use dropout({ rate, noiseShape: [null, 1, 1, channels] }) (channels last), which drops whole feature maps the same way",
  SpatialDropout3D: "use dropout({ rate, noiseShape: [null, 1, 1, 1, channels] }) (channels last), which drops whole feature maps the same way",
  ActivityRegularization: "leave it out and give the layer before it activityRegularizer: { className: \"L1L2\", config: { l1, l2 } }",
  Normalization: "normalize the data before the model, or, for one mean and variance, use rescaling({ scale: 1 / Math.sqrt(variance), offset: -mean / Math.sqrt(variance) })",
  Identity: "leave it out: it passes its input through unchanged",
};

/**
 * Keras config keys TF.js's layer lacks, with the one value TF.js behaves as (`undefined`: drop the key
 * whatever its value, TF.js does the same), and the fix for another value.
 */
const unsupported: Readonly<Record<string, readonly [key: string, value: unknown, fix: string][]>> = {
  Conv1D: [["groups", 1, "leave groups at 1 (TF.js has no grouped convolution), or split the channels with separate conv1d layers and concatenate"]],
  Conv2D: [["groups", 1, "leave groups at 1 (TF.js has no grouped convolution), or split the channels with separate conv2d layers and concatenate"]],
  Conv3D: [["groups", 1, "leave groups at 1 (TF.js has no grouped convolution), or split the channels with separate conv3d layers and concatenate"]],
  Conv2DTranspose: [
    ["output_padding", null, "leave outputPadding out (TF.js has none), or add a zeroPadding2d/cropping2d after the layer"],
    ["dilation_rate", [1, 1], "use dilationRate 1 (TF.js ignores it in transposed convolutions)"],
  ],
  Conv3DTranspose: [
    ["output_padding", null, "leave outputPadding out (TF.js has none)"],
    ["dilation_rate", [1, 1, 1], "use dilationRate 1 (TF.js ignores it in transposed convolutions)"],
  ],
  MaxPooling1D: [["data_format", "channels_last", "use channelsLast (TF.js's 1D pooling ignores dataFormat), with a permute({ dims: [2, 1] }) before it"]],
  AveragePooling1D: [["data_format", "channels_last", "use channelsLast (TF.js's 1D pooling ignores dataFormat), with a permute({ dims: [2, 1] }) before it"]],
  GlobalMaxPooling1D: [
    ["data_format", "channels_last", "use channelsLast (TF.js's 1D pooling ignores dataFormat), with a permute({ dims: [2, 1] }) before it"],
    ["keepdims", false, "leave keepdims false (TF.js has none) and add a reshape after the layer"],
  ],
  GlobalAveragePooling1D: [
    ["data_format", "channels_last", "use channelsLast (TF.js's 1D pooling ignores dataFormat), with a permute({ dims: [2, 1] }) before it"],
    ["keepdims", false, "leave keepdims false (TF.js has none) and add a reshape after the layer"],
  ],
  GlobalMaxPooling2D: [["keepdims", false, "leave keepdims false (TF.js has none) and add a reshape after the layer"]],
  GlobalAveragePooling2D: [["keepdims", false, "leave keepdims false (TF.js has none) and add a reshape after the layer"]],
  LayerNormalization: [["rms_scaling", false, "leave rmsScaling false (TF.js has no RMS normalization)"]],
  UpSampling2D: [["interpolation", ["nearest", "bilinear"], "use interpolation nearest or bilinear, the two TF.js has"]],
  ReLU: [
    ["negative_slope", 0, "use leakyReLU({ negativeSlope }) instead (TF.js's ReLU has only maxValue)"],
    ["threshold", 0, "use thresholdedReLU({ theta: threshold }) instead (TF.js's ReLU has only maxValue)"],
  ],
  ELU: [["alpha", 1, "leave alpha at 1, the only value TF.js's ELU takes"]],
  Resizing: [
    ["interpolation", ["bilinear", "nearest"], "use interpolation bilinear or nearest, the two TF.js has"],
    ["data_format", "channels_last", "use channelsLast (TF.js's Resizing has no dataFormat), with a permute before it"],
    ["pad_to_aspect_ratio", false, "leave padToAspectRatio false (TF.js has none); pad the images before the model"],
    ["fill_mode", "constant", "leave fillMode out (TF.js pads with zeros)"],
    ["fill_value", 0, "leave fillValue out (TF.js pads with zeros)"],
    ["antialias", false, "leave antialias out (TF.js has none)"],
  ],
  CenterCrop: [["data_format", "channels_last", "use channelsLast (TF.js's CenterCrop has no dataFormat), with a permute before it"]],
};

/** Keras 3 config keys TF.js spells otherwise, with TF.js's name: the value goes on under it. */
const renamed: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  LeakyReLU: { negative_slope: "alpha" },
};

/** `data_format` -> `dataFormat`, `channels_last` -> `channelsLast`: TF.js's spelling of Keras's. */
const camel = (s: string): string => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
/** Keras's config values as TF.js takes them: snake_case choices and initializer dicts camelCased, names kept. */
const tfValue = (v: unknown, key: string): unknown => {
  if (typeof v === "string") return key === "name" ? v : camel(v);
  if (Array.isArray(v)) return v.map((x) => tfValue(x, key));
  if (typeof v === "object" && v !== null) {
    const o = v as Record<string, unknown>;
    if ("class_name" in o) return { className: o["class_name"], config: tfArgs(o["config"] as Record<string, unknown>) };
    return v;
  }
  return v;
};
const tfArgs = (config: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(config).map(([k, v]) => [camel(k), tfValue(v, k)]));

/** The TF.js layer for a shapeflow layer that is no model or block, or a ShapeError saying why there is none. */
const tfjsLayer = (tf: TfjsLike, l: BaseLayer<any>): TfjsLayerLike => {
  const { className, config } = l.kerasConfig();
  const factory = factories[className];
  if (factory === undefined)
    return fail(noTfjsLayer(l.name, className, alternatives[className] ?? "build the model with layers TF.js has"), l.name);
  const own: Record<string, unknown> = { ...config };
  for (const [key, value, fix] of unsupported[className] ?? []) {
    const got = own[key];
    const ok = Array.isArray(value) && typeof value[0] === "string" ? value.includes(got) : JSON.stringify(got) === JSON.stringify(value);
    if (!ok) fail(noTfjsOption(l.name, className, camel(key), JSON.stringify(got), fix), l.name);
    if (!Array.isArray(value) || typeof value[0] !== "string") delete own[key];
  }
  for (const [key, tfKey] of Object.entries(renamed[className] ?? {})) if (key in own) {
    own[tfKey] = own[key];
    delete own[key];
  }
  // The training options go to TF.js as the user gave them (an initializer object stays that object).
  const args = { ...tfArgs(own), ...l.trainingOptions };
  const make = (tf.layers as Record<string, ((args: object) => TfjsLayerLike) | undefined>)[factory];
  if (make === undefined) return fail(noTfjsLayer(l.name, className, "use @tensorflow/tfjs 4.22 or later"), l.name);
  return make(args);
};

/** Builds TF.js layers and models for shapeflow's, each once (a shared layer stays shared). */
class Builder {
  readonly #made = new Map<BaseLayer<any>, TfjsLayerLike>();
  constructor(readonly tf: TfjsLike) {}

  /** The TF.js layer (or nested model) for a shapeflow layer, made once. */
  layer(l: BaseLayer<any>): TfjsLayerLike {
    let t = this.#made.get(l);
    if (t === undefined) {
      t =
        l instanceof FunctionalModel ? this.functional(l.inputs, l.outputs, l.name)
        : l instanceof ModelBase ? this.sequential(l)
        : l instanceof CompositeLayer ? this.composite(l)
        : tfjsLayer(this.tf, l);
      this.#made.set(l, t);
    }
    return t;
  }

  /** A Sequential as TF.js's Sequential: an input layer of its input shape, then its layers. */
  sequential(m: ModelBase): TfjsLayerLike {
    const inputShape = (m as unknown as { readonly inputShape: Shape }).inputShape; // throws shapeflow's "no input shape" when unbuilt
    const input = this.tf.input({ batchShape: [...inputShape], name: `${m.name}_input` }) as TfjsSymbolicTensorLike;
    const seq = this.tf.sequential({ name: m.name, layers: [input.sourceLayer] }) as TfjsLayerLike & {
      add(l: TfjsLayerLike): void;
      readonly outputs: readonly TfjsSymbolicTensorLike[];
    };
    let from: Shape = inputShape;
    for (const l of m.layers) {
      const expected = l.nodes.length === 1 ? l.output?.shape : undefined;
      checked(l, formatShape(from), expected, () => seq.add(this.layer(l)), () => seq.outputs[0]?.shape);
      from = seq.outputs[0]?.shape as Shape;
    }
    return seq;
  }

  /** A block (residual, parallel, repeat) as a TF.js functional model of its parts, under the block's name. */
  composite(c: CompositeLayer): TfjsLayerLike {
    const g = c.graph ?? fail(notAModel(`the block "${c.name}", which has not been called on a tensor`), c.name);
    return this.functional([g.input], [g.output], c.name);
  }

  /** A functional graph, from its outputs back to its inputs, as `tf.model`. */
  functional(inputs: readonly SymbolicTensor[], outputs: readonly SymbolicTensor[], name: string): TfjsLayerLike {
    const tensors = new Map<SymbolicTensor, unknown>();
    const tensor = (t: SymbolicTensor): unknown => {
      let x = tensors.get(t);
      if (x !== undefined) return x;
      const layer = t.node.layer as BaseLayer<any>;
      if (layer instanceof InputLayer) {
        const dtype = layer.trainingOptions?.["dtype"] as string | undefined;
        const config = { batchShape: [...layer.batchShape], name: layer.name, ...(dtype !== undefined && { dtype }) };
        x = this.tf.input(config);
      } else {
        const xs = t.node.inputs.map(tensor);
        const input = t.node.inputs.map((i) => formatShape(i.shape)).join(" and ");
        x = checked(layer, input, t.shape, () => this.layer(layer).apply(layer instanceof MergeBase ? xs : xs[0]), (y) => (y as TfjsSymbolicTensorLike).shape);
      }
      tensors.set(t, x);
      return x;
    };
    const outs = outputs.map(tensor);
    const ins = inputs.map(tensor);
    return this.tf.model({ inputs: ins.length === 1 ? ins[0] : ins, outputs: outs.length === 1 ? outs[0] : outs, name }) as TfjsLayerLike;
  }
}

/** The first `tf` found: `@tensorflow/tfjs` (all ops and gradients registered), else `@tensorflow/tfjs-layers` with the CPU backend. */
const importTf = async (): Promise<TfjsLike> => {
  // Names in variables: they are optional peers, which the compiler must not try to resolve.
  const union = "@tensorflow/tfjs";
  const layers = "@tensorflow/tfjs-layers";
  const cpu = "@tensorflow/tfjs-backend-cpu";
  try {
    return (await import(union)) as TfjsLike;
  } catch {
    try {
      await import(cpu).catch(() => undefined);
      return (await import(layers)) as TfjsLike;
    } catch {
      return fail(tfjsNotFound);
    }
  }
};

/** What `toTfjs` gives for a `tf`: its `LayersModel` type (TF.js's Sequential is one too). */
export type TfjsModelOf<tf extends TfjsLike> = ReturnType<tf["model"]>;

/**
 * Builds a TensorFlow.js `LayersModel` from a shapeflow model: the same layers (names, configs, Keras 3
 * defaults written out), topology, weight names and weight shapes, so `countParams()` and every layer's
 * `outputShape` are shapeflow's. Blocks become nested models under their names. A layer TF.js has no
 * layer for, or an option it does not support, is a `ShapeError` that names the layer and the
 * alternative, never a different model.
 *
 * @example
 * ```ts
 * import * as tf from "@tensorflow/tfjs";
 * const m = sequential({ layers: [dense({ units: 4, inputShape: [3] }), dense({ units: 1 })] });
 * const tfModel = await toTfjs(m, { tf });   // tf.LayersModel: 21 params
 * ```
 */
export async function toTfjs<tf extends TfjsLike>(model: unknown, options: { readonly tf: tf }): Promise<TfjsModelOf<tf>>;
export async function toTfjs(model: unknown, options?: { readonly tf?: TfjsLike }): Promise<unknown>;
export async function toTfjs(model: unknown, options: { readonly tf?: TfjsLike } = {}): Promise<unknown> {
  if (!(model instanceof ModelBase)) return fail(notAModel(describeValue(model)));
  const tf = options.tf ?? (await importTf());
  return new Builder(tf).layer(model);
}

const describeValue = (x: unknown): string =>
  x instanceof BaseLayer ? `the layer "${(x as BaseLayer<any>).name}"` : x instanceof SymbolicTensor ? "a tensor" : x === null ? "null" : typeof x;

// --- running a checked model --------------------------------------------------------------------------

type fnOf<m, k extends string> = m extends { readonly [p in k]: (...args: infer a) => infer r } ? { args: a; result: r } : { args: unknown[]; result: unknown };
type shapesOf<m> = m extends { readonly inputShape: infer i; readonly outputShape: infer o } ? [i, o] : [unknown, unknown];

/**
 * A TF.js model with fit, predict and evaluate that check the data against the shapeflow model's input
 * and output shapes first: a wrong rank is a compile error where the compiler knows the data's rank, and
 * every mismatch a `ShapeError` at run time, in shapeflow's words, before TF.js sees the data.
 */
export interface TfjsRunner<i, o, tm> {
  /** The TF.js model itself (`tf.LayersModel`), for everything else: save, summary, getWeights. */
  readonly tfModel: tm;
  /** `tfModel.compile`: the optimizer, loss and metrics. */
  compile(...args: fnOf<tm, "compile">["args"]): void;
  /** `tfModel.fit` on data of the model's input shape `x` and output shape `y`. */
  fit<const x, const y>(x: CheckedData<"fit", "input", i, x>, y: CheckedData<"fit", "output", o, y>, args?: fnOf<tm, "fit">["args"][2]): fnOf<tm, "fit">["result"];
  /** `tfModel.predict` on data of the model's input shape. */
  predict<const x>(x: CheckedData<"predict", "input", i, x>, args?: fnOf<tm, "predict">["args"][1]): fnOf<tm, "predict">["result"];
  /** `tfModel.evaluate` on data of the model's input shape `x` and output shape `y`. */
  evaluate<const x, const y>(x: CheckedData<"evaluate", "input", i, x>, y: CheckedData<"evaluate", "output", o, y>, args?: fnOf<tm, "evaluate">["args"][2]): fnOf<tm, "evaluate">["result"];
}

/** The model's input (or output) shapes as a list: one, or one per input. */
const shapeList = (s: unknown): Shape[] => (Array.isArray(s) && Array.isArray(s[0]) ? (s as Shape[]) : [s as Shape]);

/**
 * `toTfjs`, with typed fit, predict and evaluate that check the data first. Nested arrays are made
 * tensors with `tf.tensor` when the `tf` has it (`@tensorflow/tfjs`), else pass tensors.
 *
 * @example
 * ```ts
 * const net = await withTfjs(m, { tf });                  // m: Sequential<[null, 3], [null, 1]>
 * net.compile({ optimizer: "adam", loss: "meanSquaredError" });
 * await net.fit(tf.tensor2d(xs), tf.tensor2d(ys), { epochs: 50 });
 * net.predict([1, 2, 3]);                                 // compile error: the batch axis is missing
 * ```
 */
export async function withTfjs<const m, tf extends TfjsLike>(model: m, options: { readonly tf: tf }): Promise<TfjsRunner<shapesOf<m>[0], shapesOf<m>[1], TfjsModelOf<tf>>>;
export async function withTfjs(model: unknown, options: { readonly tf: TfjsLike }): Promise<unknown> {
  const tfModel = (await toTfjs(model, options)) as Record<string, (...a: unknown[]) => unknown>;
  const m = model as { readonly inputShape: unknown; readonly outputShape: unknown };
  const ins = shapeList(m.inputShape);
  const outs = shapeList(m.outputShape);
  const tensor = (options.tf as { tensor?: (x: unknown) => unknown }).tensor;
  const one = (x: unknown): unknown => (Array.isArray(x) && tensor !== undefined ? tensor(x) : x);
  const data = (x: unknown, n: number): unknown => (n > 1 && Array.isArray(x) ? x.map(one) : one(x));
  return {
    tfModel,
    compile: (...a: unknown[]) => tfModel["compile"]!(...a),
    fit(x: unknown, y: unknown, args?: unknown) {
      checkAll("fit", "input", ins, x);
      checkAll("fit", "output", outs, y);
      return tfModel["fit"]!(data(x, ins.length), data(y, outs.length), args);
    },
    predict(x: unknown, args?: unknown) {
      checkAll("predict", "input", ins, x);
      return tfModel["predict"]!(data(x, ins.length), args);
    },
    evaluate(x: unknown, y: unknown, args?: unknown) {
      checkAll("evaluate", "input", ins, x);
      checkAll("evaluate", "output", outs, y);
      return tfModel["evaluate"]!(data(x, ins.length), data(y, outs.length), args);
    },
  };
}
