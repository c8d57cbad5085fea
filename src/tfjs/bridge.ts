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
import { SymbolicTensor, type Node } from "../core/tensor.js";
import { CompositeLayer } from "../blocks/composite.js";
import { InputLayer } from "../layers/core/input.js";
import { MergeBase } from "../layers/merging/merge.js";
import { BidirectionalLayer } from "../layers/recurrent/bidirectional.js";
import { RNNLayer } from "../layers/recurrent/rnn.js";
import { TimeDistributedLayer } from "../layers/recurrent/time-distributed.js";
import { FunctionalModel, ModelBase } from "../models/model.js";
import type { UsableModelArg } from "../models/sequential.js";
import { camel, tfjsClass, tfjsName } from "../core/keras-config.js";
import { legacyHardSigmoid } from "../json/legacy.js";
import { checkAll, isRecord, noTensorFunction, shapeOfData, type CheckedData, type predictResult } from "./data.js";

// --- what shapeflow needs of TensorFlow.js -------------------------------------------------------------

/** A TF.js layer, as far as the bridge uses it. */
export interface TfjsLayerLike {
  readonly name: string;
  apply(inputs: unknown, kwargs?: unknown): unknown;
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

/** The article of a class name: "an Attention", "a Dense". */
export type articleOf<layer extends string> = layer extends `${"A" | "E" | "I" | "O" | "U"}${string}` ? "an" : "a";
export const articleOf = <layer extends string>(layer: layer): articleOf<layer> => (/^[AEIOU]/.test(layer) ? "an" : "a") as articleOf<layer>;

/** The function a refusal is signed with: the one the user called (`toTfjs`, `toTfjsJSON`). */
export type BridgeFunction = "toTfjs" | "toTfjsJSON";

export type noTfjsLayer<name extends string, layer extends string, fix extends string, fn extends string = "toTfjs"> =
  `${fn}: layer "${name}" is ${articleOf<layer>} ${layer}, which TensorFlow.js 4.22 has no layer for. Fix: ${fix}.`;
export const noTfjsLayer = <name extends string, layer extends string, fix extends string, fn extends string = "toTfjs">(
  name: name,
  layer: layer,
  fix: fix,
  fn: fn = "toTfjs" as fn,
): noTfjsLayer<name, layer, fix, fn> => `${fn}: layer "${name}" is ${articleOf(layer)} ${layer}, which TensorFlow.js 4.22 has no layer for. Fix: ${fix}.`;

export type tfjsBrokenLayer<name extends string, layer extends string, why extends string, fix extends string, fn extends string = "toTfjs"> =
  `${fn}: layer "${name}" is ${articleOf<layer>} ${layer}, which TensorFlow.js 4.22 builds otherwise: ${why}. Fix: ${fix}.`;
export const tfjsBrokenLayer = <name extends string, layer extends string, why extends string, fix extends string, fn extends string = "toTfjs">(
  name: name,
  layer: layer,
  why: why,
  fix: fix,
  fn: fn = "toTfjs" as fn,
): tfjsBrokenLayer<name, layer, why, fix, fn> => `${fn}: layer "${name}" is ${articleOf(layer)} ${layer}, which TensorFlow.js 4.22 builds otherwise: ${why}. Fix: ${fix}.`;

export type noTfjsOption<name extends string, layer extends string, option extends string, got extends string, fix extends string, fn extends string = "toTfjs"> =
  `${fn}: layer "${name}" (${layer}) has ${option} ${got}, which TensorFlow.js 4.22 does not support (it would build a different model). Fix: ${fix}.`;
export const noTfjsOption = <name extends string, layer extends string, option extends string, got extends string, fix extends string, fn extends string = "toTfjs">(
  name: name,
  layer: layer,
  option: option,
  got: got,
  fix: fix,
  fn: fn = "toTfjs" as fn,
): noTfjsOption<name, layer, option, got, fix, fn> =>
  `${fn}: layer "${name}" (${layer}) has ${option} ${got}, which TensorFlow.js 4.22 does not support (it would build a different model). Fix: ${fix}.`;

export type noTfjsActivation<name extends string, layer extends string, option extends string, got extends string, fix extends string, fn extends string = "toTfjs"> =
  `${fn}: layer "${name}" (${layer}) has ${option} "${got}", which TensorFlow.js 4.22 has no activation for. Fix: ${fix}.`;
export const noTfjsActivation = <name extends string, layer extends string, option extends string, got extends string, fix extends string, fn extends string = "toTfjs">(
  name: name,
  layer: layer,
  option: option,
  got: got,
  fix: fix,
  fn: fn = "toTfjs" as fn,
): noTfjsActivation<name, layer, option, got, fix, fn> =>
  `${fn}: layer "${name}" (${layer}) has ${option} "${got}", which TensorFlow.js 4.22 has no activation for. Fix: ${fix}.`;

export type tfjsOtherHardSigmoid<name extends string, layer extends string, option extends string, fix extends string, fn extends string = "toTfjs"> =
  `${fn}: layer "${name}" (${layer}) has ${option} "hardSigmoid", which TensorFlow.js 4.22 computes otherwise: clip(0.2x + 0.5, 0, 1) (as Keras 2), where Keras 3 and shapeflow compute clip(x / 6 + 0.5, 0, 1), so it would build a different model. Fix: ${fix}.`;
export const tfjsOtherHardSigmoid = <name extends string, layer extends string, option extends string, fix extends string, fn extends string = "toTfjs">(
  name: name,
  layer: layer,
  option: option,
  fix: fix,
  fn: fn = "toTfjs" as fn,
): tfjsOtherHardSigmoid<name, layer, option, fix, fn> =>
  `${fn}: layer "${name}" (${layer}) has ${option} "hardSigmoid", which TensorFlow.js 4.22 computes otherwise: clip(0.2x + 0.5, 0, 1) (as Keras 2), where Keras 3 and shapeflow compute clip(x / 6 + 0.5, 0, 1), so it would build a different model. Fix: ${fix}.`;

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

export type tfjsChainedOps<name extends string, layer extends string, why extends string> =
  `toTfjs: TensorFlow.js cannot build layer "${name}" (${layer}): ${why}. The TF.js namespace given lacks the chained tensor methods (x.flatten() and others) that this layer's initializers call, which @tensorflow/tfjs-core alone does not register (tensorflow/tfjs#7721). Fix: pass the @tensorflow/tfjs package as tf: toTfjs(model, { tf: await import("@tensorflow/tfjs") }).`;
export const tfjsChainedOps = <name extends string, layer extends string, why extends string>(
  name: name,
  layer: layer,
  why: why,
): tfjsChainedOps<name, layer, why> =>
  `toTfjs: TensorFlow.js cannot build layer "${name}" (${layer}): ${why}. The TF.js namespace given lacks the chained tensor methods (x.flatten() and others) that this layer's initializers call, which @tensorflow/tfjs-core alone does not register (tensorflow/tfjs#7721). Fix: pass the @tensorflow/tfjs package as tf: toTfjs(model, { tf: await import("@tensorflow/tfjs") }).`;

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
    // A chained method missing on a TF.js tensor (`rMat.flatten is not a function`): tfjs-layers with
    // tfjs-core alone, which registers no chained ops; recurrent layers' Orthogonal initializer needs them.
    if (e instanceof TypeError && /^\w+\.\w+ is not a function$/.test(e.message)) return fail(tfjsChainedOps(l.name, l.className, e.message), l.name);
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
export const factories: Readonly<Record<string, string>> = {
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
  SimpleRNN: "simpleRNN", LSTM: "lstm", GRU: "gru", Embedding: "embedding", Masking: "masking", ConvLSTM2D: "convLstm2d",
  Multiply: "multiply", Average: "average", Maximum: "maximum", Minimum: "minimum", Dot: "dot",
  ReLU: "reLU", LeakyReLU: "leakyReLU", PReLU: "prelu", ELU: "elu", Softmax: "softmax", ThresholdedReLU: "thresholdedReLU",
  SpatialDropout1D: "spatialDropout1d", GaussianNoise: "gaussianNoise", GaussianDropout: "gaussianDropout", AlphaDropout: "alphaDropout",
  Rescaling: "rescaling", Resizing: "resizing",
};

/** For each Keras class TF.js lacks, what to use instead. */
/**
 * What TF.js 4.22 would build as another RNN, refused by name (by `toTfjs` and `toTfjsJSON` alike): a GRU
 * cell with resetAfter (TF.js has none), zeroOutputForMask (TF.js has none), and returnState on stacked
 * cells (TF.js returns their states in reversed cell order, so the model's tensors would be other ones).
 */
export const rnnRefusals = (l: RNNLayer, fn: BridgeFunction = "toTfjs"): void => {
  if (l.zeroOutputForMask) fail(noTfjsOption(l.name, "RNN", "zeroOutputForMask", "true", "leave zeroOutputForMask out (TF.js's RNN has none)", fn), l.name);
  if (l.stacked && l.returnState)
    fail(noTfjsOption(l.name, "RNN", "returnState", "true", "with stacked cells TF.js 4.22 returns the states in reversed cell order; use one rnn per cell (rnn({ cell, returnSequences: true, returnState: true }) in turn), or leave returnState out", fn), l.name);
  for (const c of l.cells) {
    if (c.resetAfter === true)
      fail(noTfjsOption(l.name, "RNN", "resetAfter", "true", "give the gruCell resetAfter: false (TF.js 4.22 has no GRU with reset_after, Keras 3's default; the bias is then [3 * units])", fn), l.name);
    const { class_name: className, config } = c.kerasConfig();
    tfjsActivations({ name: l.name, className }, config, fn, c);
  }
};

export const alternatives: Readonly<Record<string, string>> = {
  // TF.js 4.22's CenterCrop writes its output size into its input's shape (the input layer then reports
  // the cropped shape), so the model it builds is not the one asked for.
  CenterCrop: "use cropping2d({ cropping: [[top, bottom], [left, right]] }) with top = floor((rows - height) / 2), bottom = rows - height - top, and likewise for the columns: the same centre, which TF.js builds right",
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
  // TF.js 4.22 exports no attention layer (its MultiHeadAttention lives unexported in dist/layers/nlp).
  Attention: "train this model with Keras (toKerasJSON exports it), or write the attention with dot and softmax layers: dot({ axes: -1 })([query, key]), softmax(), then dot({ axes: [2, 1] })([scores, value])",
  AdditiveAttention: "train this model with Keras (toKerasJSON exports it); TF.js has no layer for its tanh(query + key) scores",
  MultiHeadAttention: "train this model with Keras (toKerasJSON exports it); TF.js 4.22 exports no multi-head attention layer",
  ConvLSTM1D: "reshape each step to (steps, 1, channels) and use convLstm2d with kernelSize [k, 1], then reshape back",
  ConvLSTM3D: "fold one spatial axis into the channels and use convLstm2d, or build the model in Keras",
};

/**
 * Keras classes TF.js 4.22 has a layer for that builds another model whatever the options: why, and what to
 * do instead (refused before TF.js is asked, so the message names the cause).
 */
export const broken: Readonly<Record<string, readonly [why: string, fix: string]>> = {
  Resizing: [
    "its Resizing drops the batch axis (it gives (height, width, channels) for a batch of images, keras-differences.md: tfjs-resizing-drops-batch)",
    "resize the images before the model (tf.image.resizeBilinear), and give the model their new size",
  ],
};

/**
 * Keras config keys TF.js's layer lacks, with the one value TF.js behaves as (`undefined`: drop the key
 * whatever its value, TF.js does the same), and the fix for another value.
 */
export const unsupported: Readonly<Record<string, readonly [key: string, value: unknown, fix: string][]>> = {
  Conv1D: [
    ["groups", 1, "leave groups at 1 (TF.js has no grouped convolution), or split the channels with separate conv1d layers and concatenate"],
    ["padding", ["valid", "same"], "TF.js 4.22 computes padding \"causal\" as \"valid\" (its length, and no call); pad the steps on the left yourself: reshape to (steps, 1, channels), zeroPadding2d({ padding: [[dilationRate * (kernelSize - 1), 0], [0, 0]] }), reshape back, then conv1d with padding \"valid\", the same causal convolution"],
  ],
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
  LayerNormalization: [
    ["rms_scaling", false, "leave rmsScaling false (TF.js has no RMS normalization)"],
    ["beta_constraint", null, "leave betaConstraint out (TF.js's LayerNormalization has no constraints)"],
    ["gamma_constraint", null, "leave gammaConstraint out (TF.js's LayerNormalization has no constraints)"],
  ],
  UpSampling2D: [["interpolation", ["nearest", "bilinear"], "use interpolation nearest or bilinear, the two TF.js has"]],
  GRU: [["reset_after", false, "set resetAfter: false (TF.js 4.22 has no GRU with reset_after, Keras 3's default; the bias is then [3 * units])"]],
  DepthwiseConv2D: [
    ["dilation_rate", [1, 1], "TF.js 4.22 ignores dilationRate in DepthwiseConv2D (it computes an undilated kernel); use dilationRate 1, with kernelSize (kernelSize - 1) * dilationRate + 1 for the same reach (other weights), or train this model with Keras (toKerasJSON exports it)"],
    ["depthwise_constraint", null, "leave depthwiseConstraint out: TF.js 4.22's DepthwiseConv2D saves its depthwiseRegularizer in the constraint's place, so a saved model would lose it"],
  ],
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
};

/**
 * Keras config keys whose value TF.js 4.22 takes from another key: the two must be equal, or TF.js would
 * build another model (its SeparableConv starts the pointwise kernel with the depthwise initializer).
 */
const tied: Readonly<Record<string, readonly [key: string, from: string, fix: string][]>> = {
  SeparableConv2D: [["pointwise_initializer", "depthwise_initializer", "give pointwiseInitializer the value of depthwiseInitializer (TF.js 4.22 starts the pointwise kernel with the depthwise initializer)"]],
};

/**
 * Keras config keys TF.js 4.22 builds but cannot run both above 1: its SeparableConv2D's depthwise step
 * throws "Either strides or dilations must be 1" when the model runs (Keras 3.15 runs it).
 */
const notBothAbove1: Readonly<Record<string, readonly [key: string, other: string, fix: string][]>> = {
  SeparableConv2D: [["dilation_rate", "strides", "use dilationRate 1 with strides, or strides 1 with a dilation (TF.js 4.22 builds the layer, then fails when it runs: \"Either strides or dilations must be 1\"), or train this model with Keras (toKerasJSON exports it)"]],
};
const above1 = (v: unknown): boolean => (Array.isArray(v) ? v : [v]).some((x) => typeof x === "number" && x > 1);

/** Keras 3 config keys TF.js spells otherwise, with TF.js's name: the value goes on under it. */
const renamed: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  LeakyReLU: { negative_slope: "alpha" },
};

/** The activations TF.js 4.22 computes as Keras 3 does, by TF.js's names (tfjs-layers/src/activations.ts), hardSigmoid apart. */
const tfjsActivationNames: ReadonlySet<string> = new Set(["linear", "relu", "relu6", "elu", "selu", "sigmoid", "tanh", "softmax", "softplus", "softsign", "swish", "mish", "gelu", "logSoftmax"]);
/** Keras 3 activations TF.js 4.22 lacks (shapeflow's names), with what to use instead as a layer's activation. */
export const activationFixes: Readonly<Record<string, string>> = {
  leakyRelu: 'use activation "linear" followed by a leakyReLU({ negativeSlope: 0.2 }) layer (0.2 is the slope of Keras 3\'s leaky_relu activation)',
  hardSilu: 'use activation "swish" (x * sigmoid(x), which hardSilu approximates; other numbers), or train this model with Keras (toKerasJSON exports it)',
  hardSwish: 'use activation "swish" (x * sigmoid(x), which hardSwish approximates; other numbers), or train this model with Keras (toKerasJSON exports it)',
  celu: 'use activation "elu": Keras 3\'s celu activation has alpha 1, where celu is elu',
  exponential: "train this model with Keras (toKerasJSON exports it): TF.js 4.22 has no activation or layer that computes exp(x)",
  logSigmoid: 'use activation "linear" followed by rescaling({ scale: -1 }), activation({ activation: "softplus" }) and rescaling({ scale: -1 }), which compute log(sigmoid(x)) = -softplus(-x)',
  hardTanh: 'use activation "linear" followed by rescaling({ scale: 1, offset: 1 }), reLU({ maxValue: 2 }) and rescaling({ scale: 1, offset: -1 }), which compute hardTanh\'s clip(x, -1, 1)',
  squareplus: 'use activation "softplus" (which squareplus approximates; other numbers), or train this model with Keras (toKerasJSON exports it)',
  sparsemax: 'use activation "softmax" (other numbers: no zeros), or train this model with Keras (toKerasJSON exports it)',
};
const otherActivationFix = 'train this model with Keras (toKerasJSON exports it), or use an activation TF.js 4.22 has: linear, relu, relu6, elu, selu, sigmoid, tanh, softmax, softplus, softsign, swish (silu), mish, gelu, logSoftmax';
const hardSigmoidFix = 'use activation "sigmoid", or "linear" followed by rescaling({ scale: 1 / 6, offset: 0.5 }) and reLU({ maxValue: 1 }), which compute Keras 3\'s clip(x / 6 + 0.5, 0, 1)';
const recurrentFix = 'use recurrentActivation "sigmoid" (Keras 3\'s default)';

/**
 * A layer's (or cell's) Keras config with its activations as TF.js 4.22 computes them: Keras 3's `silu` is
 * TF.js's `swish` (x * sigmoid(x)); one TF.js lacks is refused by name, and `hardSigmoid`, which TF.js
 * computes as Keras 2 did (clip(0.2x + 0.5, 0, 1), tfjs-layers/src/backend/tfjs_backend.ts; Keras 3:
 * relu6(x + 3) / 6, keras/src/backend/tensorflow/nn.py), is refused: never a silent other function.
 */
export const tfjsActivations = (
  l: { readonly name: string; readonly className: string },
  config: Readonly<Record<string, unknown>>,
  fn: BridgeFunction = "toTfjs",
  /** Read from a Keras 2 / TF.js file (src/json/legacy.ts): its hardSigmoid is the one TF.js computes. */
  legacy: object = l,
): Record<string, unknown> => {
  const out: Record<string, unknown> = { ...config };
  for (const key of ["activation", "recurrent_activation"]) {
    const v = config[key];
    if (typeof v !== "string") continue;
    const a = camel(v);
    const option = camel(key);
    if (a === "silu") out[key] = "swish";
    else if (a === "hardSigmoid" && legacyHardSigmoid.get(legacy)?.includes(option) === true) continue;
    else if (a === "hardSigmoid") fail(tfjsOtherHardSigmoid(l.name, l.className, option, key === "activation" ? hardSigmoidFix : recurrentFix, fn), l.name);
    else if (!tfjsActivationNames.has(a))
      fail(noTfjsActivation(l.name, l.className, option, a, key === "activation" ? (activationFixes[a] ?? otherActivationFix) : recurrentFix, fn), l.name);
  }
  return out;
};

/**
 * What TF.js 4.22 would build otherwise, refused by name for a layer that is no model, block, wrapper or
 * RNN (by `toTfjs` and `toTfjsJSON` alike): a class it has no layer for or builds wrong, an option it
 * lacks, tied options, an activation it lacks or computes otherwise. Returns the config TF.js takes: keys
 * TF.js lacks at the one value it behaves as left out, activations in TF.js's names.
 */
export const tfjsConfig = (l: BaseLayer<any>, fn: BridgeFunction = "toTfjs"): Record<string, unknown> => {
  const { className, config } = l.kerasConfig();
  if (factories[className] === undefined) return fail(noTfjsLayer(l.name, className, alternatives[className] ?? "build the model with layers TF.js has", fn), l.name);
  const b = broken[className];
  if (b !== undefined) return fail(tfjsBrokenLayer(l.name, className, b[0], b[1], fn), l.name);
  const own = tfjsActivations(l, config, fn);
  for (const [key, value, fix] of unsupported[className] ?? []) {
    const got = own[key];
    const ok = Array.isArray(value) && typeof value[0] === "string" ? value.includes(got) : JSON.stringify(got) === JSON.stringify(value);
    if (!ok) fail(noTfjsOption(l.name, className, camel(key), asWritten(got), fix, fn), l.name);
    if (!Array.isArray(value) || typeof value[0] !== "string") delete own[key];
  }
  for (const [key, other, fix] of notBothAbove1[className] ?? [])
    if (above1(config[key]) && above1(config[other])) fail(noTfjsOption(l.name, className, camel(key), asWritten(config[key]), fix, fn), l.name);
  for (const [key, from, fix] of tied[className] ?? [])
    if (JSON.stringify(config[key]) !== JSON.stringify(config[from])) fail(noTfjsOption(l.name, className, camel(key), asWritten(config[key]), fix, fn), l.name);
  return own;
};

/** Keras's config values as TF.js takes them: snake_case choices and initializer dicts camelCased, names kept. */
const tfValue = (v: unknown, key: string): unknown => {
  if (typeof v === "string") return key === "name" ? v : tfjsName(v);
  if (Array.isArray(v)) return v.map((x) => tfValue(x, key));
  if (typeof v === "object" && v !== null) {
    const o = v as Record<string, unknown>;
    if (typeof o["class_name"] === "string") return tfjsObject(o["class_name"], (o["config"] ?? {}) as Record<string, unknown>);
    return v;
  }
  return v;
};
/**
 * A Keras `{ class_name, config }` (an initializer, regularizer or constraint) as TF.js's `{ className,
 * config }`, camelCase keys and choices (`max_value` -> `maxValue`, `fan_in` -> `fanIn`): Keras 3's
 * LecunNormal is TF.js's LeCunNormal, its L1 and L2 TF.js's L1L2 with the other factor 0.
 */
const tfjsObject = (className: string, config: Readonly<Record<string, unknown>>): { className: string; config: Record<string, unknown> } => {
  const c = tfArgs(config);
  if (className === "L1") return { className: "L1L2", config: { l1: c["l1"], l2: 0 } };
  if (className === "L2") return { className: "L1L2", config: { l1: 0, l2: c["l2"] } };
  return { className: tfjsClass(className), config: c };
};
/**
 * A layer's training options as TF.js takes them: a TF.js object unchanged (the TF.js layer holds that
 * object), a name in TF.js's spelling, and a Keras dict (a model read from JSON) as TF.js's object config.
 */
const tfjsTrainingOptions = (o: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(o ?? {}).map(([k, v]) => {
      if (typeof v === "string") return [k, k === "dtype" ? v : tfjsName(v)];
      const d = v as { readonly class_name?: unknown; readonly config?: unknown } | null;
      if (typeof d === "object" && d !== null && typeof d.class_name === "string") return [k, tfjsObject(d.class_name, (d.config ?? {}) as Record<string, unknown>)];
      return [k, v];
    }),
  );
/** A refused Keras config value as the user wrote it in shapeflow: `"channels_first"` is `"channelsFirst"`, `"he_normal"` `"heNormal"`. */
const asWritten = (v: unknown): string => JSON.stringify(typeof v === "string" ? camel(v) : v);
const tfArgs = (config: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(config).map(([k, v]) => [camel(k), tfValue(v, k)]));

/** The TF.js layer for a shapeflow layer that is no model or block, or a ShapeError saying why there is none. */
const tfjsLayer = (tf: TfjsLike, l: BaseLayer<any>, name?: string): TfjsLayerLike => {
  const className = l.className;
  const own = tfjsConfig(l);
  for (const [key, tfKey] of Object.entries(renamed[className] ?? {})) if (key in own) {
    own[tfKey] = own[key];
    delete own[key];
  }
  // The training options go to TF.js as the user gave them (an initializer object stays that object).
  const args = { ...tfArgs(own), ...tfjsTrainingOptions(l.trainingOptions), ...(name !== undefined && { name }) };
  const make = (tf.layers as Record<string, ((args: object) => TfjsLayerLike) | undefined>)[factories[className]!];
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
        l instanceof FunctionalModel ? this.functional(l.inputs, l.outputs, l.name, l.clonedInputs)
        : l instanceof ModelBase ? this.sequential(l)
        : l instanceof CompositeLayer ? this.composite(l)
        : l instanceof BidirectionalLayer ? this.bidirectional(l)
        : l instanceof TimeDistributedLayer ? this.timeDistributed(l)
        : l instanceof RNNLayer ? this.rnn(l)
        : tfjsLayer(this.tf, l);
      this.#made.set(l, t);
    }
    return t;
  }

  /** A Bidirectional as TF.js's, wrapping the TF.js copy of its forward layer (TF.js makes the backward one itself). */
  bidirectional(l: BidirectionalLayer): TfjsLayerLike {
    if (l.backwardGiven)
      fail(noTfjsOption(l.name, "Bidirectional", "backwardLayer", `"${l.backward.name}"`, "leave backwardLayer out (TF.js 4.22 has none); the backward layer is then a copy of layer with goBackwards: true"), l.name);
    // TF.js names the copies forward_<name> and backward_<name> itself: give it the wrapped layer's own name.
    const inner = tfjsLayer(this.tf, l.forward, l.forward.name.replace(/^forward_/, ""));
    const make = (this.tf.layers as Record<string, ((args: object) => TfjsLayerLike) | undefined>)["bidirectional"];
    if (make === undefined) return fail(noTfjsLayer(l.name, "Bidirectional", "use @tensorflow/tfjs 4.22 or later"), l.name);
    return make({ name: l.name, trainable: l.trainable, layer: inner, mergeMode: l.mergeMode });
  }

  /**
   * An RNN as TF.js's `rnn`, on TF.js cells made from the cells' Keras configs. Refused by name: a GRU cell
   * with resetAfter (TF.js has none), zeroOutputForMask (TF.js has none), and returnState on stacked cells
   * (TF.js returns their states in reversed cell order, so the model's tensors would be other ones).
   */
  rnn(l: RNNLayer): TfjsLayerLike {
    rnnRefusals(l);
    const layers = this.tf.layers as Record<string, ((args: object) => TfjsLayerLike) | undefined>;
    const cells = l.cells.map((c) => {
      const { class_name, config } = c.kerasConfig();
      const { reset_after: _, seed: __, ...own } = tfjsActivations({ name: l.name, className: class_name }, config, "toTfjs", c);
      const factory = class_name === "SimpleRNNCell" ? "simpleRNNCell" : class_name === "LSTMCell" ? "lstmCell" : "gruCell";
      const make = layers[factory] ?? fail(noTfjsLayer(l.name, class_name, "use @tensorflow/tfjs 4.22 or later"), l.name);
      return make({ ...tfArgs(own), ...tfjsTrainingOptions(c.trainingOptions) });
    });
    const make = layers["rnn"] ?? fail(noTfjsLayer(l.name, "RNN", "use @tensorflow/tfjs 4.22 or later"), l.name);
    return make({
      name: l.name, trainable: l.trainable, cell: l.stacked ? cells : cells[0],
      returnSequences: l.returnSequences, returnState: l.returnState, goBackwards: l.goBackwards, stateful: l.stateful, unroll: l.unroll,
    });
  }

  /** A TimeDistributed as TF.js's, wrapping the TF.js copy of its layer. */
  timeDistributed(l: TimeDistributedLayer): TfjsLayerLike {
    const make = (this.tf.layers as Record<string, ((args: object) => TfjsLayerLike) | undefined>)["timeDistributed"];
    if (make === undefined) return fail(noTfjsLayer(l.name, "TimeDistributed", "use @tensorflow/tfjs 4.22 or later"), l.name);
    return make({ name: l.name, trainable: l.trainable, layer: this.layer(l.inner) });
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
  functional(inputs: readonly SymbolicTensor[], outputs: readonly SymbolicTensor[], name: string, cloned?: ReadonlyMap<SymbolicTensor, SymbolicTensor>): TfjsLayerLike {
    // By call (node), not by tensor: a call of several outputs (an LSTM's [output, h, c]) is made once.
    const calls = new Map<Node, readonly unknown[]>();
    // An intermediate tensor given as a model input starts the model as a new input (see model.ts).
    const alias = new Map(cloned ?? []);
    const tensor = (given: SymbolicTensor): unknown => {
      const t = alias.get(given) ?? given;
      let xs = calls.get(t.node);
      if (xs === undefined) {
        const layer = t.node.layer as BaseLayer<any>;
        if (layer instanceof InputLayer) {
          const declared = layer.trainingOptions?.["dtype"] as string | undefined;
          const dtype = declared === "int64" ? "int32" : declared; // TF.js has no int64; int32 holds any id
          const config = { batchShape: [...layer.batchShape], name: layer.name, ...(dtype !== undefined && { dtype }) };
          xs = [this.tf.input(config)];
        } else {
          const ins = t.node.inputs.map(tensor);
          const input = t.node.inputs.map((i) => formatShape(i.shape)).join(" and ");
          const outs = t.node.outputs;
          const list = layer instanceof MergeBase || (layer instanceof FunctionalModel && layer.inputs.length > 1);
          const y = checked(layer, input, outs.length === 1 ? t.shape : undefined, () => this.layer(layer).apply(list ? ins : ins[0], ins.length > 1 && !list ? { initialState: ins.slice(1) } : undefined), (y) => (Array.isArray(y) ? undefined : (y as TfjsSymbolicTensorLike).shape));
          xs = Array.isArray(y) ? y : [y];
          // Several outputs: each one's shape checked as `checked` checks one.
          if (outs.length > 1) {
            const got = xs.map((x) => (x as TfjsSymbolicTensorLike).shape);
            const differs = got.length !== outs.length || got.some((g, i) => g.length !== outs[i]!.shape.length || g.some((d, j) => d !== null && d !== outs[i]!.shape[j]));
            if (differs) fail(tfjsOtherShape(layer.name, layer.className, got.map(formatShape).join(" and "), outs.map((o) => formatShape(o.shape)).join(" and ")), layer.name);
          }
        }
        calls.set(t.node, xs);
      }
      return xs[t.outputIndex];
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
// One signature (not an overload for each form of options), so that a model that cannot be converted yet is
// its own sentence at the argument rather than "No overload matches this call".
export async function toTfjs<m, tf extends TfjsLike = never>(model: UsableModelArg<m>, options?: { readonly tf?: tf }): Promise<[tf] extends [never] ? unknown : TfjsModelOf<tf>>;
export async function toTfjs(model: unknown, options: { readonly tf?: TfjsLike } = {}): Promise<unknown> {
  if (!(model instanceof ModelBase)) return fail(notAModel(describeValue(model)));
  const tf = options.tf ?? (await importTf());
  await refuseByNameFirst(model);
  return new Builder(tf).layer(model);
}

/**
 * What TF.js lacks or builds otherwise, refused by name for the whole model before TF.js builds any of it,
 * in the order `toTfjsJSON` meets it: so both functions give the same first refusal for one model (a
 * layer TF.js would shape otherwise, found only while building, came first when it preceded a layer
 * refused by name), and TF.js allocates nothing for a model it cannot take. The walk is `toTfjsJSON`'s
 * own (imported when called: the JSON writer imports this module's tables); its other errors are left
 * for the build, which meets them with `toTfjs`'s words.
 */
const refuseByNameFirst = async (model: ModelBase): Promise<void> => {
  const { toTfjsJSON } = await import("../json/export.js");
  try {
    toTfjsJSON(model as never);
  } catch (e) {
    if (e instanceof ShapeError && e.message.startsWith('toTfjsJSON: layer "')) fail(e.message.replace(/^toTfjsJSON:/, "toTfjs:"), e.layer);
  }
};

const describeValue = (x: unknown): string =>
  x instanceof BaseLayer ? `the layer "${(x as BaseLayer<any>).name}"` : x instanceof SymbolicTensor ? "a tensor" : x === null ? "null" : typeof x;

// --- running a checked model --------------------------------------------------------------------------

type fnOf<m, k extends string> = m extends { readonly [p in k]: (...args: infer a) => infer r } ? { args: a; result: r } : { args: unknown[]; result: unknown };
type shapesOf<m> = m extends { readonly inputShape: infer i; readonly outputShape: infer o } ? [i, o] : [unknown, unknown];

/**
 * A TF.js model with fit, predict and evaluate that check the data against the shapeflow model's input
 * and output shapes first: a wrong rank is a compile error where the compiler knows the data's rank, and
 * every mismatch a `ShapeError` at run time, in shapeflow's words, before TF.js sees the data. A model of
 * several inputs (outputs) takes a list in the model's order or a record keyed by the input (output)
 * layers' names.
 */
export interface TfjsRunner<i, o, tm> {
  /** The TF.js model itself (`tf.LayersModel`), for everything else: save, summary, getWeights. */
  readonly tfModel: tm;
  /** `tfModel.compile`: the optimizer, loss and metrics. */
  compile(...args: fnOf<tm, "compile">["args"]): void;
  /** `tfModel.fit` on data of the model's input shape `x` and output shape `y`. */
  fit<const x, const y>(x: CheckedData<"fit", "input", i, x>, y: CheckedData<"fit", "output", o, y>, args?: fnOf<tm, "fit">["args"][2]): fnOf<tm, "fit">["result"];
  /**
   * `tfModel.predict` on data of the model's input shape; the result's shape is typed: the model's
   * output shape with the data's batch size where the compiler knows it (`Predicted<[2, 1], Tensor>`).
   * Several outputs give a tuple, or a record keyed by the output names when `x` is a record.
   */
  predict<const x>(x: CheckedData<"predict", "input", i, x>, args?: fnOf<tm, "predict">["args"][1]): predictResult<i, o, x, fnOf<tm, "predict">["result"]>;
  /** `tfModel.evaluate` on data of the model's input shape `x` and output shape `y`. */
  evaluate<const x, const y>(x: CheckedData<"evaluate", "input", i, x>, y: CheckedData<"evaluate", "output", o, y>, args?: fnOf<tm, "evaluate">["args"][2]): fnOf<tm, "evaluate">["result"];
}

/** The model's input (or output) shapes as a list: one, or one per input. */
const shapeList = (s: unknown): Shape[] => (Array.isArray(s) && Array.isArray(s[0]) ? (s as Shape[]) : [s as Shape]);

export type predictedOther<got extends string, expected extends string> =
  `predict: TensorFlow.js gave an output of shape ${got}, where the model's output is ${expected}. Fix: report this as a shapeflow bug; the model's types would state a wrong shape.`;
export const predictedOther = <got extends string, expected extends string>(got: got, expected: expected): predictedOther<got, expected> =>
  `predict: TensorFlow.js gave an output of shape ${got}, where the model's output is ${expected}. Fix: report this as a shapeflow bug; the model's types would state a wrong shape.`;

/**
 * `toTfjs`, with typed fit, predict and evaluate that check the data first. Nested arrays are made
 * tensors with `tf.tensor` when the `tf` has it (`@tensorflow/tfjs`), else pass tensors.
 *
 * @example
 * ```ts
 * const net = await withTfjs(m, { tf });                  // m: Sequential<[null, 3], [null, 1]>
 * net.compile({ optimizer: "adam", loss: "meanSquaredError" });
 * await net.fit(tf.tensor2d(xs), tf.tensor2d(ys), { epochs: 50 });
 * net.predict([[1, 2, 3]]);                               // Predicted<[1, 1], Tensor>
 * net.predict([1, 2, 3]);                                 // compile error: the batch axis is missing
 * ```
 */
export async function withTfjs<const m, tf extends TfjsLike>(model: UsableModelArg<m>, options: { readonly tf: tf }): Promise<TfjsRunner<shapesOf<m>[0], shapesOf<m>[1], TfjsModelOf<tf>>>;
export async function withTfjs(model: unknown, options: { readonly tf: TfjsLike }): Promise<unknown> {
  const tfModel = (await toTfjs(model, options)) as Record<string, (...a: unknown[]) => unknown> & { inputNames?: string[]; outputNames?: string[] };
  const m = model as { readonly inputShape: unknown; readonly outputShape: unknown };
  const ins = shapeList(m.inputShape);
  const outs = shapeList(m.outputShape);
  const inNames = tfModel.inputNames ?? ins.map((_, k) => String(k));
  const outNames = tfModel.outputNames ?? outs.map((_, k) => String(k));
  const tensor = (options.tf as { tensor?: (x: unknown) => unknown }).tensor;
  // Nested arrays need tf.tensor: TF.js's own models take tensors only (tfjs-layers alone would fail with a TypeError).
  const one = (call: string) => (x: unknown): unknown => (!Array.isArray(x) ? x : tensor !== undefined ? tensor(x) : fail(noTensorFunction(call)));
  const data = (call: string, xs: unknown[]): unknown => (xs.length === 1 ? one(call)(xs[0]) : xs.map(one(call)));
  /** TF.js's output checked against the model's (a type states its shape), as a record when asked for one. */
  const result = (y: unknown, asRecord: boolean): unknown => {
    const ys = Array.isArray(y) ? y : [y];
    ys.forEach((t, k) => {
      const got = shapeOfData(t);
      const s = outs[k];
      if (got !== undefined && s !== undefined && (got.length !== s.length || s.some((d, j) => j > 0 && d !== null && d !== got[j])))
        fail(predictedOther(formatShape(got), formatShape(s)));
    });
    return asRecord && outs.length > 1 ? Object.fromEntries(outNames.map((n, k) => [n, ys[k]])) : y;
  };
  return {
    tfModel,
    compile: (...a: unknown[]) => tfModel["compile"]!(...a),
    fit(x: unknown, y: unknown, args?: unknown) {
      const xs = checkAll("fit", "input", ins, x, inNames);
      const ys = checkAll("fit", "output", outs, y, outNames);
      return tfModel["fit"]!(data("fit", xs), data("fit", ys), args);
    },
    predict(x: unknown, args?: unknown) {
      const xs = checkAll("predict", "input", ins, x, inNames);
      return result(tfModel["predict"]!(data("predict", xs), args), isRecord(x));
    },
    evaluate(x: unknown, y: unknown, args?: unknown) {
      const xs = checkAll("evaluate", "input", ins, x, inNames);
      const ys = checkAll("evaluate", "output", outs, y, outNames);
      return tfModel["evaluate"]!(data("evaluate", xs), data("evaluate", ys), args);
    },
  };
}
