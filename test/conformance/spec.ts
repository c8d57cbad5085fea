/**
 * A small JSON description of a model, and three interpreters that read it the same way:
 *
 * - `buildShapeflow(spec)` runs shapeflow's runtime mirror;
 * - `buildTfjs(spec)` builds the same model with TensorFlow.js layers 4.22 (zero initializers);
 *   both report every tensor's shape and, once the model is built, each layer's weights (name, shape,
 *   trainable) and parameter count;
 * - `toSource(spec, name)` writes the TypeScript that builds it with shapeflow's API, one exported
 *   `const` a statement, so that a compiler infers (and a `.d.ts` shows) the type of every tensor and model.
 *
 * All three walk the same list of steps (`lower`), so "the step that failed" means the same statement
 * everywhere: the runtime's throw, TensorFlow.js's throw and the compiler's error line can be compared.
 */
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import * as tfl from "@tensorflow/tfjs-layers";
// The union package registers the chained ops TF.js's recurrent layers use when they are built.
import "@tensorflow/tfjs";
import * as shapeflow from "../../src/index.js";
import type { ActivationIdentifier, DataFormat } from "../../src/index.js";

// --- the description ------------------------------------------------------------------------------------

export type Dim = number | null;

/**
 * `input({ shape })`, `input({ shape, batchSize })` or `input({ batchShape })`; `dtype: "int32"` for the
 * token ids an Embedding reads (issue #13).
 */
export type InputSpec = ({ readonly shape: readonly Dim[]; readonly batchSize?: number } | { readonly batchShape: readonly Dim[] }) & { readonly dtype?: "int32" };

/** The options by which a layer declares its input. Valid options give at most one spelling; the generator sometimes gives two. */
export interface DeclaredInput {
  readonly inputShape?: readonly Dim[];
  readonly inputDim?: number;
  readonly batchInputShape?: readonly Dim[];
  readonly batchShape?: readonly Dim[];
  readonly batchSize?: number;
}

export interface DenseSpec extends DeclaredInput {
  readonly type: "dense";
  readonly units: number;
  readonly useBias?: false;
  readonly activation?: ActivationIdentifier;
}

/** A size per spatial axis: one number for all, or a list of one per axis. */
export type SpatialSpec = number | readonly number[];
/** A ZeroPadding2D/Cropping2D margin: a number, `[rows, cols]`, `[[top, bottom], [left, right]]`, or a mix. */
export type MarginSpec = number | readonly (number | readonly number[])[];

/** The options every windowed convolution shares. */
interface WindowSpec extends DeclaredInput {
  readonly kernelSize: SpatialSpec;
  readonly strides?: SpatialSpec;
  readonly padding?: "valid" | "same" | "causal";
  readonly dataFormat?: DataFormat;
  readonly dilationRate?: SpatialSpec;
  readonly useBias?: false;
  readonly activation?: ActivationIdentifier;
}
export interface ConvSpec extends WindowSpec {
  readonly type: "conv1d" | "conv2d";
  readonly filters: number;
  readonly groups?: number;
}
export interface ConvTransposeSpec extends WindowSpec {
  readonly type: "conv2dTranspose";
  readonly filters: number;
  readonly outputPadding?: SpatialSpec;
}
export interface SeparableConvSpec extends WindowSpec {
  readonly type: "separableConv2d";
  readonly filters: number;
  readonly depthMultiplier?: number;
}
export interface DepthwiseConvSpec extends WindowSpec {
  readonly type: "depthwiseConv2d";
  readonly depthMultiplier?: number;
}
export interface PoolingSpec extends DeclaredInput {
  readonly type: "maxPooling1d" | "maxPooling2d" | "averagePooling2d";
  readonly poolSize?: SpatialSpec;
  readonly strides?: SpatialSpec | null;
  readonly padding?: "valid" | "same";
  readonly dataFormat?: DataFormat;
}
export interface GlobalPoolingSpec extends DeclaredInput {
  readonly type: "globalAveragePooling2d" | "globalMaxPooling1d";
  readonly dataFormat?: DataFormat;
  readonly keepdims?: boolean;
}
export interface ZeroPaddingSpec extends DeclaredInput {
  readonly type: "zeroPadding2d";
  readonly padding?: MarginSpec;
  readonly dataFormat?: DataFormat;
}
export interface CroppingSpec extends DeclaredInput {
  readonly type: "cropping2d";
  readonly cropping?: MarginSpec;
  readonly dataFormat?: DataFormat;
}
export interface UpSamplingSpec extends DeclaredInput {
  readonly type: "upSampling2d";
  readonly size?: SpatialSpec;
  readonly dataFormat?: DataFormat;
  readonly interpolation?: "nearest" | "bilinear" | "bicubic" | "lanczos3" | "lanczos5";
}
export interface ReshapeSpec extends DeclaredInput {
  readonly type: "reshape";
  readonly targetShape: readonly number[];
}
export interface PermuteSpec extends DeclaredInput {
  readonly type: "permute";
  readonly dims: readonly number[];
}
export interface RepeatVectorSpec extends DeclaredInput {
  readonly type: "repeatVector";
  readonly n: number;
}
export interface BatchNormalizationSpec extends DeclaredInput {
  readonly type: "batchNormalization";
  readonly axis?: number;
  readonly center?: false;
  readonly scale?: false;
}
export interface LayerNormalizationSpec extends DeclaredInput {
  readonly type: "layerNormalization";
  readonly axis?: number | readonly number[];
  readonly center?: false;
  readonly scale?: false;
}
export type SpatialLayerSpec =
  | ConvSpec
  | ConvTransposeSpec
  | SeparableConvSpec
  | DepthwiseConvSpec
  | PoolingSpec
  | GlobalPoolingSpec
  | ZeroPaddingSpec
  | CroppingSpec
  | UpSamplingSpec;

export type LayerSpec =
  | DenseSpec
  | { readonly type: "activation"; readonly activation: ActivationIdentifier }
  | { readonly type: "dropout"; readonly rate: number }
  | { readonly type: "flatten" }
  | { readonly type: "add" }
  | { readonly type: "concatenate"; readonly axis?: number }
  | SpatialLayerSpec
  | ReshapeSpec
  | PermuteSpec
  | RepeatVectorSpec
  | BatchNormalizationSpec
  | LayerNormalizationSpec
  | ElementwiseSpec
  | RecurrentSpec
  | SequenceSpec
  | ConvLstmNdSpec
  | EverydaySpec;

/**
 * The recurrent layers drawn in a share of Conv1D's places (issue #13): those whose Keras 3 defaults TF.js
 * shares (GRU's resetAfter differs, a named rule of its own, so it is left out here).
 */
export const recurrentTypes = ["lstm", "simpleRNN"] as const;
export interface RecurrentSpec extends DeclaredInput {
  readonly type: (typeof recurrentTypes)[number];
  readonly units: number;
  readonly returnSequences?: true;
}

/**
 * The other sequence layers (issue #13), drawn in place of layers already drawn (test/conformance/arbitraries.ts,
 * `sequenceInstead` and its neighbours): GRU, with Keras 3's default `resetAfter` (true, which TF.js 4.22
 * lacks: the rule gru-reset-after) or `resetAfter: false` (where the two agree); Bidirectional around an
 * LSTM, SimpleRNN or GRU, merged by concat, sum, mul or ave (not `null`: its two outputs are not one
 * value of a step); TimeDistributed around a Dense; Embedding after an int32 input; ConvLSTM2D on rank 5.
 */
export type SequenceSpec = GRUSpec | BidirectionalSpec | TimeDistributedSpec | EmbeddingSpec | ConvLstm2dSpec | MaskingSpec | RnnSpec;
export const sequenceTypes = ["gru", "bidirectional", "timeDistributed", "embedding", "convLstm2d", "masking", "rnn"] as const satisfies readonly SequenceSpec["type"][];
/**
 * What the suites count of the sequence layers (issue #13): each of `sequenceTypes` as a layer of the model
 * (not wrapped), `maskZero` for an Embedding that masks, `mergeModeNull` for a Bidirectional of two outputs,
 * and (types-vs-runtime suite only, TF.js has neither) ConvLSTM1D and ConvLSTM3D.
 */
export const sequenceKinds = [...sequenceTypes, "maskZero", "mergeModeNull", "convLstm1d", "convLstm3d"] as const;
export const sequenceKindsOf = (spec: Spec): Set<(typeof sequenceKinds)[number]> =>
  new Set(
    spec.layers.flatMap((l): (typeof sequenceKinds)[number][] => [
      ...((sequenceKinds as readonly string[]).includes(l.type) ? [l.type as (typeof sequenceKinds)[number]] : []),
      ...(l.type === "embedding" && l.maskZero === true ? ["maskZero" as const] : []),
      ...(l.type === "bidirectional" && l.mergeMode === null ? ["mergeModeNull" as const] : []),
    ]),
  );
export interface GRUSpec extends DeclaredInput {
  readonly type: "gru";
  readonly units: number;
  readonly returnSequences?: true;
  readonly resetAfter?: boolean;
}
export const bidirectionalMergeModes = ["concat", "sum", "mul", "ave"] as const;
export interface BidirectionalSpec {
  readonly type: "bidirectional";
  readonly layer: RecurrentSpec | GRUSpec | RnnSpec;
  /** `null`: the two directions' outputs apart, a call of two outputs (functional models only: Keras's Sequential refuses it). */
  readonly mergeMode?: (typeof bidirectionalMergeModes)[number] | null;
}
export interface TimeDistributedSpec {
  readonly type: "timeDistributed";
  readonly layer: DenseSpec;
}
export interface EmbeddingSpec {
  readonly type: "embedding";
  readonly inputDim: number;
  readonly outputDim: number;
  readonly maskZero?: true;
}
/** Masking (issue #13): the shape is unchanged; the mask it makes is not part of what the suites compare (docs/keras-differences.md). */
export interface MaskingSpec {
  readonly type: "masking";
  readonly maskValue?: number;
}
/** The cells `rnn({ cell })` takes, alone or stacked (a list). */
export const cellTypes = ["simpleRNNCell", "lstmCell", "gruCell"] as const;
export interface CellSpec {
  readonly type: (typeof cellTypes)[number];
  readonly units: number;
  readonly resetAfter?: boolean;
}
export interface RnnSpec {
  readonly type: "rnn";
  readonly cell: CellSpec | readonly CellSpec[];
  readonly returnSequences?: true;
}
/**
 * ConvLSTM1D on `(batch, steps, cols, channels)` and ConvLSTM3D on `(batch, steps, depth, rows, cols, channels)`:
 * TF.js has neither, so only the types-vs-runtime suite draws them (generated-parity.test.ts, `keras3Only`).
 */
export interface ConvLstmNdSpec {
  readonly type: "convLstm1d" | "convLstm3d";
  readonly filters: number;
  readonly kernelSize: SpatialSpec;
  readonly strides?: SpatialSpec;
  readonly padding?: "valid" | "same";
  readonly returnSequences?: true;
}
export interface ConvLstm2dSpec extends DeclaredInput {
  readonly type: "convLstm2d";
  readonly filters: number;
  readonly kernelSize: SpatialSpec;
  readonly strides?: SpatialSpec;
  readonly padding?: "valid" | "same";
  readonly dataFormat?: DataFormat;
  readonly returnSequences?: true;
}

/** The element-wise merges TF.js has besides Add (it has no Subtract), drawn in a share of Add's place (issue #15). */
export const elementwiseMerges = ["multiply", "average", "maximum", "minimum"] as const;
export interface ElementwiseSpec {
  readonly type: (typeof elementwiseMerges)[number];
}

/**
 * The everyday layers TF.js has (issue #15), each drawn in a share of a layer's places it can take
 * (arbitraries.ts, `everydayInstead`): the activation layers and Rescaling where an Activation was
 * drawn, the noise layers (and Dropout's noiseShape) where a Dropout was, and the other 1D/2D poolings
 * where a pooling was.
 */
export const activationLayers = ["reLU", "leakyReLU", "prelu", "elu", "softmax", "thresholdedReLU", "rescaling"] as const;
export const noiseLayers = ["gaussianNoise", "gaussianDropout", "alphaDropout", "spatialDropout1d"] as const;
export type EverydaySpec =
  | { readonly type: "reLU"; readonly maxValue?: number; readonly negativeSlope?: number; readonly threshold?: number }
  | { readonly type: "leakyReLU"; readonly negativeSlope?: number }
  | { readonly type: "prelu"; readonly sharedAxes?: number | readonly number[] }
  | { readonly type: "elu" }
  | { readonly type: "softmax"; readonly axis?: number }
  | { readonly type: "thresholdedReLU"; readonly theta?: number }
  | { readonly type: "rescaling"; readonly scale: number; readonly offset?: number }
  | { readonly type: "gaussianNoise"; readonly stddev: number }
  | { readonly type: "gaussianDropout" | "alphaDropout" | "spatialDropout1d"; readonly rate: number }
  | { readonly type: "dropout"; readonly rate: number; readonly noiseShape: readonly Dim[] }
  | MorePoolingSpec
  | MoreGlobalPoolingSpec
  | Volume3dSpec
  | ResizingSpec
  | DotSpec;
/** Dot, in a share of Concatenate's places with two inputs of one shape (rank 2 or 3): along the last axis, or on rank 3 a pair. */
export interface DotSpec {
  readonly type: "dot";
  readonly axes: number | readonly [number, number];
  readonly normalize?: true;
}
/** Resizing, in a share of UpSampling2D's places (channels last): the same rows and columns, or (TF.js's interpolations) fixed ones. */
export interface ResizingSpec {
  readonly type: "resizing";
  readonly height: number;
  readonly width: number;
  readonly interpolation?: "nearest" | "bilinear";
}
/** The 3D layers TF.js has, in a share of Permute's, Activation's and Dropout's places on rank-5 tensors (channels last). */
export const volumeLayers = ["conv3d", "maxPooling3d", "averagePooling3d", "conv3dTranspose"] as const;
export type Volume3dSpec =
  | { readonly type: "conv3d" | "conv3dTranspose"; readonly filters: number; readonly kernelSize: number; readonly strides?: number; readonly padding?: "same" }
  | { readonly type: "maxPooling3d" | "averagePooling3d"; readonly poolSize: number; readonly strides?: number; readonly padding?: "same" };
/** Each everyday layer type the generator draws, and `noiseShape` for a Dropout with one (the differential test counts their models). */
export const everydayKinds = [...activationLayers, ...noiseLayers, "noiseShape", "averagePooling1d", "globalAveragePooling1d", "globalMaxPooling2d", ...volumeLayers, "resizing", "dot"] as const;
/** Which of `everydayKinds` a layer is, if any. */
export const everydayKind = (l: LayerSpec): (typeof everydayKinds)[number] | undefined =>
  l.type === "dropout" && "noiseShape" in l ? "noiseShape" : (everydayKinds as readonly string[]).includes(l.type) ? (l.type as (typeof everydayKinds)[number]) : undefined;
/** AveragePooling1D, in a share of MaxPooling1D's places (with its options). */
export interface MorePoolingSpec extends Omit<PoolingSpec, "type"> {
  readonly type: "averagePooling1d";
}
/** GlobalAveragePooling1D and GlobalMaxPooling2D, in a share of GlobalMaxPooling1D's and GlobalAveragePooling2D's places. */
export interface MoreGlobalPoolingSpec extends Omit<GlobalPoolingSpec, "type"> {
  readonly type: "globalAveragePooling1d" | "globalMaxPooling2d";
}

/**
 * What the interpreters need to know of each layer type: its Keras class name (from which Keras 3 and
 * TF.js make default names), whether its options may be left out (`x()`), and the TF.js initializer
 * options to set to zeros (weights are made when a layer is first applied, and zeros are cheap).
 */
export const layerKinds: Readonly<Record<LayerSpec["type"] | CellSpec["type"], { readonly className: string; readonly optional: boolean; readonly initializers: readonly string[] }>> = {
  dense: { className: "Dense", optional: false, initializers: ["kernelInitializer", "biasInitializer"] },
  activation: { className: "Activation", optional: false, initializers: [] },
  dropout: { className: "Dropout", optional: false, initializers: [] },
  flatten: { className: "Flatten", optional: true, initializers: [] },
  add: { className: "Add", optional: true, initializers: [] },
  concatenate: { className: "Concatenate", optional: true, initializers: [] },
  conv1d: { className: "Conv1D", optional: false, initializers: ["kernelInitializer", "biasInitializer"] },
  conv2d: { className: "Conv2D", optional: false, initializers: ["kernelInitializer", "biasInitializer"] },
  conv2dTranspose: { className: "Conv2DTranspose", optional: false, initializers: ["kernelInitializer", "biasInitializer"] },
  separableConv2d: {
    className: "SeparableConv2D",
    optional: false,
    initializers: ["depthwiseInitializer", "pointwiseInitializer", "biasInitializer"],
  },
  depthwiseConv2d: { className: "DepthwiseConv2D", optional: false, initializers: ["depthwiseInitializer", "biasInitializer"] },
  maxPooling1d: { className: "MaxPooling1D", optional: true, initializers: [] },
  maxPooling2d: { className: "MaxPooling2D", optional: true, initializers: [] },
  averagePooling2d: { className: "AveragePooling2D", optional: false, initializers: [] },
  globalAveragePooling2d: { className: "GlobalAveragePooling2D", optional: true, initializers: [] },
  globalMaxPooling1d: { className: "GlobalMaxPooling1D", optional: true, initializers: [] },
  zeroPadding2d: { className: "ZeroPadding2D", optional: true, initializers: [] },
  cropping2d: { className: "Cropping2D", optional: true, initializers: [] },
  upSampling2d: { className: "UpSampling2D", optional: true, initializers: [] },
  reshape: { className: "Reshape", optional: false, initializers: [] },
  permute: { className: "Permute", optional: false, initializers: [] },
  repeatVector: { className: "RepeatVector", optional: false, initializers: [] },
  batchNormalization: { className: "BatchNormalization", optional: true, initializers: [] },
  layerNormalization: { className: "LayerNormalization", optional: true, initializers: [] },
  multiply: { className: "Multiply", optional: true, initializers: [] },
  average: { className: "Average", optional: true, initializers: [] },
  maximum: { className: "Maximum", optional: true, initializers: [] },
  minimum: { className: "Minimum", optional: true, initializers: [] },
  lstm: { className: "LSTM", optional: false, initializers: ["kernelInitializer", "recurrentInitializer", "biasInitializer"] },
  simpleRNN: { className: "SimpleRNN", optional: false, initializers: ["kernelInitializer", "recurrentInitializer", "biasInitializer"] },
  gru: { className: "GRU", optional: false, initializers: ["kernelInitializer", "recurrentInitializer", "biasInitializer"] },
  // A wrapper's weights are its layer's, made (with that layer's zero initializers) by each interpreter.
  bidirectional: { className: "Bidirectional", optional: false, initializers: [] },
  timeDistributed: { className: "TimeDistributed", optional: false, initializers: [] },
  embedding: { className: "Embedding", optional: false, initializers: ["embeddingsInitializer"] },
  convLstm2d: { className: "ConvLSTM2D", optional: false, initializers: ["kernelInitializer", "recurrentInitializer", "biasInitializer"] },
  masking: { className: "Masking", optional: true, initializers: [] },
  // An RNN's weights are its cells', made (with their zero initializers) by each interpreter.
  rnn: { className: "RNN", optional: false, initializers: [] },
  simpleRNNCell: { className: "SimpleRNNCell", optional: false, initializers: ["kernelInitializer", "recurrentInitializer", "biasInitializer"] },
  lstmCell: { className: "LSTMCell", optional: false, initializers: ["kernelInitializer", "recurrentInitializer", "biasInitializer"] },
  gruCell: { className: "GRUCell", optional: false, initializers: ["kernelInitializer", "recurrentInitializer", "biasInitializer"] },
  convLstm1d: { className: "ConvLSTM1D", optional: false, initializers: ["kernelInitializer", "recurrentInitializer", "biasInitializer"] },
  convLstm3d: { className: "ConvLSTM3D", optional: false, initializers: ["kernelInitializer", "recurrentInitializer", "biasInitializer"] },
  reLU: { className: "ReLU", optional: true, initializers: [] },
  leakyReLU: { className: "LeakyReLU", optional: true, initializers: [] },
  prelu: { className: "PReLU", optional: true, initializers: ["alphaInitializer"] },
  elu: { className: "ELU", optional: true, initializers: [] },
  softmax: { className: "Softmax", optional: true, initializers: [] },
  thresholdedReLU: { className: "ThresholdedReLU", optional: true, initializers: [] },
  rescaling: { className: "Rescaling", optional: false, initializers: [] },
  gaussianNoise: { className: "GaussianNoise", optional: false, initializers: [] },
  gaussianDropout: { className: "GaussianDropout", optional: false, initializers: [] },
  alphaDropout: { className: "AlphaDropout", optional: false, initializers: [] },
  spatialDropout1d: { className: "SpatialDropout1D", optional: false, initializers: [] },
  averagePooling1d: { className: "AveragePooling1D", optional: true, initializers: [] },
  globalAveragePooling1d: { className: "GlobalAveragePooling1D", optional: true, initializers: [] },
  globalMaxPooling2d: { className: "GlobalMaxPooling2D", optional: true, initializers: [] },
  conv3d: { className: "Conv3D", optional: false, initializers: ["kernelInitializer", "biasInitializer"] },
  conv3dTranspose: { className: "Conv3DTranspose", optional: false, initializers: ["kernelInitializer", "biasInitializer"] },
  maxPooling3d: { className: "MaxPooling3D", optional: true, initializers: [] },
  averagePooling3d: { className: "AveragePooling3D", optional: false, initializers: [] },
  resizing: { className: "Resizing", optional: false, initializers: [] },
  dot: { className: "Dot", optional: false, initializers: [] },
};

/** The layer a wrapper (Bidirectional, TimeDistributed) wraps, as a spec; each interpreter makes it in its own library. */
export const wrappedLayer = (l: LayerSpec): LayerSpec | undefined => ("layer" in l ? l.layer : undefined);

export const isMerge = (l: LayerSpec): boolean =>
  l.type === "add" || l.type === "concatenate" || (elementwiseMerges as readonly string[]).includes(l.type) || l.type === "dot";

/** A stack of layers. The first carries the input shape, or an `input()` tensor is added first. */
export interface SequentialSpec {
  readonly kind: "sequential";
  /** `sequential().add(l0).add(l1)` (one statement an add) or `sequential({ layers: [l0, l1] })`. */
  readonly style: "add" | "layers";
  readonly input?: InputSpec;
  /** Add the `input()` tensor after the first layer instead of before it (an error in shapeflow and Keras). */
  readonly inputAfterFirst?: true;
  readonly layers: readonly LayerSpec[];
}

/** One call of a layer. `args` index the tensors: the inputs first, then the outputs of earlier calls. */
export interface CallSpec {
  readonly layer: number;
  readonly args: readonly number[];
  /** Spell the call `layer.apply(x)` (TensorFlow.js) rather than `layer(x)` (Keras). */
  readonly apply?: true;
  /** The call returns this many tensors (Bidirectional with `mergeMode: null`: 2), each one tensor index. */
  readonly outputs?: number;
}

/** A functional model: a DAG of layer calls, with branches, merges and shared layers. */
export interface FunctionalSpec {
  readonly kind: "functional";
  readonly inputs: readonly InputSpec[];
  readonly layers: readonly LayerSpec[];
  readonly calls: readonly CallSpec[];
  /**
   * Tensor indices (the inputs first, then each output of each call in order: a call of two outputs has two);
   * a number is `outputs: t`, an array `outputs: [t, ...]`.
   */
  readonly outputs: number | readonly number[];
  /** Input indices given to `model({ inputs })`, likewise. */
  readonly modelInputs: number | readonly number[];
}

export type Spec = SequentialSpec | FunctionalSpec;

// --- the steps every interpreter takes -------------------------------------------------------------------

export type Step =
  | { readonly op: "input"; readonly name: string; readonly input: InputSpec }
  | { readonly op: "layer"; readonly name: string; readonly index: number; readonly layer: LayerSpec }
  | {
      readonly op: "call";
      readonly name: string;
      readonly layer: string;
      readonly index: number;
      readonly args: readonly string[];
      readonly merge: boolean;
      readonly apply: boolean;
    }
  | { readonly op: "model"; readonly name: string; readonly inputs: string | readonly string[]; readonly outputs: string | readonly string[] }
  | { readonly op: "sequential"; readonly name: string }
  | { readonly op: "seqAdd"; readonly name: string; readonly model: string; readonly item: string }
  | { readonly op: "seqLayers"; readonly name: string; readonly items: readonly string[] }
  | { readonly op: "countParams"; readonly name: string; readonly model: string }
  | { readonly op: "outputShape"; readonly name: string; readonly model: string };

/** Each tensor's name: `i0`, ..., then `t0`, ... a call, and `t3[0]`, `t3[1]` for the outputs of a call of two. */
export const tensorNames = (spec: FunctionalSpec): string[] => [
  ...spec.inputs.map((_, k) => `i${k}`),
  ...spec.calls.flatMap((c, k) => (c.outputs === undefined ? [`t${k}`] : Array.from({ length: c.outputs }, (_, j) => `t${k}[${j}]`))),
];

/** The statements that build a spec, in order. */
export const lower = (spec: Spec): Step[] => {
  const steps: Step[] = [];
  if (spec.kind === "functional") {
    const names = tensorNames(spec);
    const tensorName = (t: number): string => names[t]!;
    spec.inputs.forEach((input, k) => steps.push({ op: "input", name: `i${k}`, input }));
    spec.layers.forEach((layer, k) => steps.push({ op: "layer", name: `l${k}`, index: k, layer }));
    spec.calls.forEach((c, k) =>
      steps.push({
        op: "call",
        name: `t${k}`,
        layer: `l${c.layer}`,
        index: c.layer,
        args: c.args.map(tensorName),
        merge: isMerge(spec.layers[c.layer]!),
        apply: c.apply === true,
      }),
    );
    const each = (x: number | readonly number[], f: (i: number) => string) => (typeof x === "number" ? f(x) : x.map(f));
    steps.push({
      op: "model",
      name: "m",
      inputs: each(spec.modelInputs, (i) => `i${i}`),
      outputs: each(spec.outputs, tensorName),
    });
    steps.push({ op: "countParams", name: "p", model: "m" });
    return steps;
  }
  if (spec.input !== undefined) steps.push({ op: "input", name: "i0", input: spec.input });
  spec.layers.forEach((layer, k) => steps.push({ op: "layer", name: `l${k}`, index: k, layer }));
  const items = spec.layers.map((_, k) => `l${k}`);
  if (spec.input !== undefined) items.splice(spec.inputAfterFirst ? 1 : 0, 0, "i0");
  let last: string;
  if (spec.style === "layers") {
    steps.push({ op: "seqLayers", name: "s", items });
    last = "s";
  } else {
    steps.push({ op: "sequential", name: "s0" });
    items.forEach((item, k) => steps.push({ op: "seqAdd", name: `s${k + 1}`, model: `s${k}`, item }));
    last = `s${items.length}`;
  }
  // countParams first: for a Sequential without an input shape, it is the call the compiler rejects
  // (`this` must be built), and the first one the runtime rejects.
  steps.push({ op: "countParams", name: "p", model: last });
  steps.push({ op: "outputShape", name: "o", model: last });
  return steps;
};

// --- results ----------------------------------------------------------------------------------------------

/**
 * What a completed step produced that the interpreters can compare: a tensor's shape, a model's output
 * shape (a list of shapes for several outputs), a parameter count, or `null` (a layer object, or a
 * Sequential that has no input shape yet).
 */
export type Value = readonly Dim[] | readonly (readonly Dim[])[] | number | null;

/** A weight as both runtimes report it: `["kernel", [3, 3, 1, 8], true]` (its name without the layer's). */
export type WeightInfo = readonly [name: string, shape: readonly number[], trainable: boolean];

export interface Outcome {
  /** One entry per completed step, in order. */
  readonly values: readonly Value[];
  /**
   * Each layer's name, parameter count and weights (name without the layer's prefix, shape, trainable)
   * once the whole model is built (valid specs only).
   */
  readonly layers?: readonly { readonly name: string; readonly params: number; readonly weights: readonly WeightInfo[] }[];
  /** `countParams()` of the model (valid specs only). */
  readonly total?: number;
  /** The step that threw, and what: `ShapeError` for shapeflow, the error's class for TensorFlow.js. */
  readonly error?: { readonly step: number; readonly kind: string; readonly message: string };
  /** Warnings printed while building (TensorFlow.js warns where it ignores a declared input shape). */
  readonly warnings: readonly string[];
  /** The names of the layers made (in the order of `spec.layers`), also when a later step failed. */
  readonly names: readonly string[];
  /**
   * shapeflow only: for each layer made, the input shapes of each of its calls that succeeded (one shape,
   * or several for a merge), so that a rule can ask what a layer was given inside a Sequential.
   */
  readonly calls?: readonly (readonly (readonly (readonly Dim[])[])[])[];
  /** shapeflow only: the model built (valid specs only), for the TF.js bridge's tests. */
  readonly model?: unknown;
}

// --- shapeflow --------------------------------------------------------------------------------------------

/** shapeflow's API seen from plain JavaScript: the runtime checks what the types would. */
interface SfTensor {
  readonly shape: readonly Dim[];
}
interface SfLayer {
  (x: unknown): SfTensor;
  apply(x: unknown): SfTensor;
  readonly name: string;
  countParams(): number;
  readonly weights: readonly { readonly name: string; readonly shape: readonly number[]; readonly trainable: boolean }[];
  /** Every call of the layer (the runtime's `BaseLayer.nodes`). */
  readonly nodes: readonly { readonly inputs: readonly SfTensor[] }[];
}
interface SfModel {
  add(x: unknown): SfModel;
  countParams(): number;
  readonly outputShape: Value;
}
const sf = shapeflow as unknown as { readonly [k in LayerSpec["type"] | CellSpec["type"]]: (o?: object) => SfLayer } & {
  input(o: object): SfTensor;
  sequential(o?: object): SfModel;
  model(o: object): SfModel;
  clearSession(): void;
  ShapeError: typeof shapeflow.ShapeError;
};

/**
 * The options object a layer spec stands for, in shapeflow's spelling (a deep copy: TF.js writes into
 * the arrays it is given, e.g. Reshape's targetShape), or `undefined` for `x()`.
 */
export const layerOptions = (l: LayerSpec | CellSpec): Record<string, unknown> | undefined => {
  const { type, ...rest } = l;
  return Object.keys(rest).length === 0 && layerKinds[type].optional ? undefined : (structuredClone(rest) as Record<string, unknown>);
};

/**
 * The options with a wrapper's `layer` made by `make` (first, so that it takes its default name before the
 * wrapper, as in Keras), and an RNN's cell (or list of cells) likewise.
 */
export const layerArgs = (l: LayerSpec | CellSpec, make: (inner: LayerSpec | CellSpec) => unknown): Record<string, unknown> | undefined => {
  const o = layerOptions(l);
  if (l.type === "rnn") return { ...o, cell: Array.isArray(l.cell) ? (l.cell as readonly CellSpec[]).map(make) : make(l.cell as CellSpec) };
  const inner = "layer" in l ? l.layer : undefined;
  return inner === undefined ? o : { ...o, layer: make(inner) };
};

const sfLayer = (l: LayerSpec | CellSpec): SfLayer => sf[l.type](layerArgs(l, sfLayer));

/** A weight's name without its layer's: `conv2d/kernel` is `kernel`. */
const weightName = (name: string): string => name.slice(name.lastIndexOf("/") + 1);

/**
 * Binds a call's result: one tensor under the step's name, or (a layer of several outputs, Bidirectional
 * with `mergeMode: null`) the list under it and each output under `name[j]`, as `toSource` spells them.
 * The step's value is the shape, or the list of shapes.
 */
const setCallOutputs = (env: Map<string, unknown>, name: string, t: { readonly shape: readonly Dim[] } | readonly { readonly shape: readonly Dim[] }[]): Value => {
  env.set(name, t);
  if (!Array.isArray(t)) return (t as { readonly shape: readonly Dim[] }).shape;
  const ts = t as readonly { readonly shape: readonly Dim[] }[];
  ts.forEach((x, j) => env.set(`${name}[${j}]`, x));
  return ts.map((x) => x.shape);
};

/** Runs the spec on shapeflow's runtime mirror. A `ShapeError` ends the run at its step; anything else is a crash. */
export const buildShapeflow = (spec: Spec): Outcome => {
  sf.clearSession();
  const env = new Map<string, unknown>();
  const values: Value[] = [];
  const get = (name: string) => env.get(name);
  const steps = lower(spec);
  const made = () => spec.layers.map((_, k) => get(`l${k}`) as SfLayer | undefined).filter((l) => l !== undefined);
  const trace = () => ({
    names: made().map((l) => l.name),
    calls: made().map((l) => l.nodes.map((n) => n.inputs.map((t) => t.shape))),
    warnings: [],
  });
  for (const [k, s] of steps.entries()) {
    try {
      values.push(sfStep(s, get, env));
    } catch (e) {
      const kind = e instanceof sf.ShapeError ? "ShapeError" : `crash: ${e instanceof Error ? e.name : typeof e}`;
      return { values, error: { step: k, kind, message: e instanceof Error ? e.message : String(e) }, ...trace() };
    }
  }
  const layers = made().map((l) => ({
    name: l.name,
    params: l.countParams(),
    weights: l.weights.map((w): WeightInfo => [weightName(w.name), [...w.shape], w.trainable]),
  }));
  const model = get((steps.find((s) => s.op === "countParams") as { readonly model: string }).model);
  return { values, layers, total: values[steps.findIndex((s) => s.op === "countParams")] as number, model, ...trace() };
};

const sfStep = (s: Step, get: (name: string) => unknown, env: Map<string, unknown>): Value => {
  switch (s.op) {
    case "input": {
      const t = sf.input({ ...s.input });
      env.set(s.name, t);
      return t.shape;
    }
    case "layer":
      env.set(s.name, sfLayer(s.layer));
      return null;
    case "call": {
      const l = get(s.layer) as SfLayer;
      const x = s.merge ? s.args.map(get) : get(s.args[0]!);
      return setCallOutputs(env, s.name, s.apply ? l.apply(x) : l(x));
    }
    case "model": {
      const pick = (x: string | readonly string[]) => (typeof x === "string" ? get(x) : x.map(get));
      const m = sf.model({ inputs: pick(s.inputs), outputs: pick(s.outputs) });
      env.set(s.name, m);
      return m.outputShape;
    }
    case "sequential":
      env.set(s.name, sf.sequential());
      return null;
    case "seqAdd": {
      const m = (get(s.model) as SfModel).add(get(s.item));
      env.set(s.name, m);
      return sfOutputShape(m);
    }
    case "seqLayers": {
      const m = sf.sequential({ layers: s.items.map(get) });
      env.set(s.name, m);
      return sfOutputShape(m);
    }
    case "countParams":
      return (get(s.model) as SfModel).countParams();
    case "outputShape":
      return (get(s.model) as SfModel).outputShape;
  }
};

/** A Sequential's output shape, or `null` while it has no input shape (reading it then throws). */
const sfOutputShape = (m: SfModel): Value => {
  try {
    return m.outputShape;
  } catch (e) {
    if (e instanceof sf.ShapeError && e.message.includes("the model has no input shape")) return null;
    throw e;
  }
};

// --- TensorFlow.js ----------------------------------------------------------------------------------------

let backend: Promise<boolean> | undefined;
/** Selects the pure-JavaScript CPU backend (once); await it before `buildTfjs`. */
export const tfjsReady = (): Promise<boolean> => (backend ??= tf.setBackend("cpu"));

/** TF.js's Layer class, which its package exports only as a type reached through a tensor. */
type TfLayer = tfl.SymbolicTensor["sourceLayer"];

/** TF.js's factory for each layer type, where its name differs from shapeflow's. */
export const tfFactory = (type: LayerSpec["type"] | CellSpec["type"]): ((o?: object) => TfLayer) => {
  const f = (tfl.layers as unknown as Record<string, (o?: object) => TfLayer>)[type === "cropping2d" ? "cropping2D" : type];
  if (f === undefined) throw new Error(`no TF.js factory for ${type}`);
  return f;
};

/**
 * The TensorFlow.js layer for a layer spec, with zero initializers (weights are made when a layer is
 * first applied). Spellings TF.js lacks are translated, not dropped: a layer's `batchShape` (Keras 3's
 * name) is TF.js's `batchInputShape`. Options TF.js does not know are passed as they are (it ignores
 * them), so that the difference shows.
 */
const tfLayer = (l: LayerSpec | CellSpec): TfLayer => {
  const kind = layerKinds[l.type];
  const args = tfjsOptions(l);
  for (const k of kind.initializers) args[k] = "zeros";
  return tfFactory(l.type)(args);
};

/**
 * A layer spec's options in TF.js's spelling: a layer's `batchShape` (Keras 3's name) is TF.js's
 * `batchInputShape`, LeakyReLU's `negativeSlope` (Keras 3's negative_slope) TF.js's `alpha`. Always an
 * object: some TF.js factories (globalAveragePooling2d) read options they require.
 */
export const tfjsOptions = (l: LayerSpec | CellSpec): Record<string, unknown> => {
  const args: Record<string, unknown> = { ...layerArgs(l, tfLayer) };
  if (args["batchShape"] !== undefined) {
    if (args["batchInputShape"] === undefined) args["batchInputShape"] = args["batchShape"];
    delete args["batchShape"];
  }
  if (l.type === "leakyReLU" && l.negativeSlope !== undefined) {
    args["alpha"] = l.negativeSlope;
    delete args["negativeSlope"];
  }
  return args;
};

/**
 * `input({ shape, batchSize })` in TF.js: its `tf.input` has no `batchSize` (Keras 3's `Input` has
 * `batch_size`), so the batch size goes in front of the shape, as `batchShape`.
 */
const tfInput = (i: InputSpec): tfl.SymbolicTensor => {
  const dtype = i.dtype === undefined ? {} : { dtype: i.dtype };
  return "batchShape" in i
    ? tfl.input({ batchShape: [...i.batchShape], ...dtype })
    : i.batchSize !== undefined
      ? tfl.input({ batchShape: [i.batchSize, ...i.shape], ...dtype })
      : tfl.input({ shape: [...i.shape], ...dtype });
};

/**
 * Builds the spec with TensorFlow.js layers. An error ends the run at its step ("invalid", with TF.js's
 * message). The variables made are disposed before returning, so big kernels (VGG's 25088 x 4096) cost
 * only their allocation.
 */
export const buildTfjs = (spec: Spec): Outcome => {
  const env = new Map<string, unknown>();
  const values: Value[] = [];
  const warnings: string[] = [];
  const get = (name: string) => env.get(name);
  const steps = lower(spec);
  const names = () => spec.layers.map((_, k) => (get(`l${k}`) as TfLayer | undefined)?.name).filter((n) => n !== undefined);
  const warn = console.warn;
  console.warn = (...xs: unknown[]) => {
    const text = xs.map(String).join(" ");
    if (!text.includes("install our node backend")) warnings.push(text); // TF.js's one-time banner
  };
  try {
    for (const [k, s] of steps.entries()) {
      try {
        values.push(tfStep(s, get, env));
      } catch (e) {
        const kind = e instanceof Error ? e.constructor.name : typeof e;
        return { values, error: { step: k, kind, message: e instanceof Error ? e.message : String(e) }, warnings, names: names() };
      }
    }
    const layers = spec.layers
      .map((_, k) => get(`l${k}`) as TfLayer)
      .map((l) => ({
        name: l.name,
        params: l.built ? l.countParams() : 0,
        weights: l.built ? l.weights.map((w): WeightInfo => [weightName(w.originalName), [...w.shape] as number[], w.trainable]) : [],
      }));
    return { values, layers, total: values[steps.findIndex((s) => s.op === "countParams")] as number, warnings, names: names() };
  } finally {
    console.warn = warn;
    tf.disposeVariables();
  }
};

const tfStep = (s: Step, get: (name: string) => unknown, env: Map<string, unknown>): Value => {
  switch (s.op) {
    case "input": {
      const t = tfInput(s.input);
      env.set(s.name, t);
      return t.shape;
    }
    case "layer":
      env.set(s.name, tfLayer(s.layer));
      return null;
    case "call": {
      const l = get(s.layer) as TfLayer;
      const x = s.merge ? s.args.map(get) : get(s.args[0]!);
      return setCallOutputs(env, s.name, l.apply(x as tfl.SymbolicTensor | tfl.SymbolicTensor[]) as tfl.SymbolicTensor | tfl.SymbolicTensor[]);
    }
    case "model": {
      const pick = (x: string | readonly string[]) => (typeof x === "string" ? get(x) : x.map(get));
      const m = tfl.model({
        inputs: pick(s.inputs) as tfl.SymbolicTensor | tfl.SymbolicTensor[],
        outputs: pick(s.outputs) as tfl.SymbolicTensor | tfl.SymbolicTensor[],
      });
      env.set(s.name, m);
      return typeof s.outputs === "string" ? m.outputs[0]!.shape : m.outputs.map((t) => t.shape);
    }
    case "sequential":
      env.set(s.name, tfl.sequential());
      return null;
    case "seqAdd": {
      const m = get(s.model) as tfl.Sequential;
      m.add(tfSequentialItem(get(s.item)));
      env.set(s.name, m);
      return m.outputs?.[0]?.shape ?? null;
    }
    case "seqLayers": {
      const m = tfl.sequential({ layers: s.items.map((x) => tfSequentialItem(get(x))) });
      env.set(s.name, m);
      return m.outputs?.[0]?.shape ?? null;
    }
    case "countParams":
      return (get(s.model) as tfl.LayersModel).countParams();
    case "outputShape":
      return (get(s.model) as tfl.LayersModel).outputs[0]!.shape;
  }
};

/** TF.js's Sequential takes layers, not tensors: an `input()` tensor is added as the InputLayer it came from. */
const tfSequentialItem = (x: unknown): TfLayer => (x instanceof tfl.SymbolicTensor ? x.sourceLayer : (x as TfLayer));

// --- TypeScript source ------------------------------------------------------------------------------------

/** Source text to write as it is (a wrapped layer's factory call). */
class Code {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}
const lit = (x: unknown): string =>
  x instanceof Code
    ? x.text
    : Array.isArray(x) ? `[${x.map(lit).join(", ")}]` : typeof x === "string" ? JSON.stringify(x) : String(x);
const obj = (o: object): string => {
  const entries = Object.entries(o).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? "{}" : `{ ${entries.map(([k, v]) => `${k}: ${lit(v)}`).join(", ")} }`;
};

const layerSource = (l: LayerSpec | CellSpec): string => {
  const o = layerArgs(l, (inner) => new Code(layerSource(inner)));
  return `${l.type}(${o === undefined ? "" : obj(o)})`;
};

/** The right-hand side of a step's statement; names are prefixed with `name_`. */
const stepSource = (s: Step, p: (n: string) => string): string => {
  const list = (x: string | readonly string[]) => (typeof x === "string" ? p(x) : `[${x.map(p).join(", ")}]`);
  switch (s.op) {
    case "input":
      return `input(${obj(s.input)})`;
    case "layer":
      return layerSource(s.layer);
    case "call": {
      const x = s.merge ? `[${s.args.map(p).join(", ")}]` : p(s.args[0]!);
      return s.apply ? `${p(s.layer)}.apply(${x})` : `${p(s.layer)}(${x})`;
    }
    case "model":
      return `model({ inputs: ${list(s.inputs)}, outputs: ${list(s.outputs)} })`;
    case "sequential":
      return "sequential()";
    case "seqAdd":
      return `${p(s.model)}.add(${p(s.item)})`;
    case "seqLayers":
      return `sequential({ layers: [${s.items.map(p).join(", ")}] })`;
    case "countParams":
      return `${p(s.model)}.countParams()`;
    case "outputShape":
      return `${p(s.model)}.outputShape`;
  }
};

/** The name `toSource` gives a step's binding. */
export const bindingName = (name: string, s: Step): string => `${name}_${s.name}`;

/**
 * TypeScript that builds the spec with shapeflow's API: one `export const` a step, one line each, in the
 * order of `lower(spec)`, so a compiler's error line names the step and the emitted declarations give
 * the type of each tensor and model. Expects `input`, `dense`, ... imported from shapeflow.
 */
export const toSource = (spec: Spec, name: string): string =>
  lower(spec)
    .map((s) => `export const ${bindingName(name, s)} = ${stepSource(s, (n) => `${name}_${n}`)};`)
    .join("\n");

/** The import line `toSource`'s statements need; `srcIndex` is the path to shapeflow's index from the file they go in. */
export const sourceHeader = (srcIndex: string): string =>
  `import { ${[...Object.keys(layerKinds), "input", "model", "sequential"].sort().join(", ")} } from ${JSON.stringify(srcIndex)};`;
