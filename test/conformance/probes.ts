/**
 * Soundness probes: every layer factory, block and model, with each option (and the input shape) written
 * the ways real code writes it (a literal, `any`, a non-literal type, a union, a value passed through a
 * generic helper), as TypeScript for the compilers and as concrete runs for the runtime mirror.
 *
 * A probe is six lines, one step each, so that a compile error's line names its step:
 *
 * ```ts
 * declare const p7_v: any;                                             // 0: what the value is declared as (or a generic helper)
 * export const p7_i = input({ shape: [8, 8, 3] });                     // 1: the input
 * export const p7_l = conv2d({ filters: 2, kernelSize: 3, strides: p7_v }); // 2: the layer
 * export const p7_o = p7_l(p7_i);                                      // 3: applied (or a Sequential, or pipe)
 * export const p7_m = model({ inputs: p7_i, outputs: p7_o });          // 4: the model (or the Sequential's outputShape)
 * export const p7_c = p7_m.countParams();                              // 5: its parameter count
 * ```
 *
 * The runtime takes the same steps once for each concrete value the declaration stands for: for `any`
 * and a non-literal type, several values the option accepts; for a union, each member.
 *
 * Two forms probe the layer itself, once a target: `layer-union` writes it as a switch of two layers
 * (`declare const c: boolean` on line 0, `c ? dense({ units: 4 }) : dense({ units: 8 })` on line 2), run
 * with each; `model-layer` builds it into a functional model on the target's input and calls that model
 * as a layer in the host, judged as a literal (a run that throws must be a compile error at its step).
 *
 * The probe class (`conv2d.strides.any`) is the stable id: which layer, which option, which form. The
 * seed picks the values and the host (functional, Sequential, pipe) of each probe of a class.
 */
import fc from "fast-check";
import * as shapeflow from "../../src/index.js";
import type { Property } from "./pending-soundness.js";
import { admits, anyOrNever, parseType } from "./type-text.js";
import type { Diagnostic } from "../tsc.js";

export type Dim = number | null;

/** How a probe writes the probed value. */
export type Form =
  | "literal"
  | "literal-bad"
  | "any"
  | "wide"
  | "union"
  | "union-bad"
  | "generic"
  | "spread"
  | "generic-tensor"
  | "generic-tensor-bad"
  | "generic-call"
  | "layer-union"
  | "model-layer";
/** Where the probed layer stands: applied to a tensor and made a model, in a Sequential (either spelling), or in `pipe`. */
export type Host = "functional" | "sequential-layers" | "sequential-add" | "pipe";

export interface OptionSpec {
  /** Values the option accepts with the target's other options and input. */
  readonly good: readonly unknown[];
  /** Values of the option's type that the runtime rejects. */
  readonly bad?: readonly unknown[];
  /** The non-literal type of a string option (the union it is declared as). */
  readonly strings?: string;
  /** Where the option is written: on the layer (default) or on `input()`. */
  readonly at?: "layer" | "input";
  /**
   * The option changes the kind of result (one tensor or several, the rank): it is also probed as a
   * helper's type parameter with the layer made and called inside the helper (`generic-call`), where
   * the compiler checks the call with the parameter still open.
   */
  readonly kind?: true;
}

export interface Target {
  /** The factory (or block) probed: its stable name in probe ids. */
  readonly id: string;
  /** Input shapes (batch axis left out) the layer takes, and one it does not. */
  readonly shapes: readonly [readonly Dim[], readonly Dim[]];
  readonly badShape?: readonly Dim[];
  /** A merge layer: called on `[x, y]`, with `y` of this shape. */
  readonly merge?: readonly Dim[];
  /** Options every probe gives (the probed one is replaced or added). */
  readonly base: Readonly<Record<string, unknown>>;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** The layer's source from each option's source text; default `id({ ...options })`. */
  readonly source?: (o: Readonly<Record<string, string>>) => string;
  /** The runtime layer from the options; default `shapeflow[id](options)`. */
  readonly build?: (o: Readonly<Record<string, unknown>>) => unknown;
}

const STRINGS = {
  padding: '"valid" | "same"',
  causal: '"valid" | "same" | "causal"',
  dataFormat: "DataFormat",
  activation: "ActivationIdentifier",
  interpolation: "Interpolation",
} as const;

const bool: OptionSpec = { good: [true, false] };
/** A switch that changes the kind of result (`returnState`, `keepdims`). */
const kindBool: OptionSpec = { good: [true, false], kind: true };
const dataFormat: OptionSpec = { good: ["channelsLast", "channelsFirst"], strings: STRINGS.dataFormat };
const activation: OptionSpec = { good: ["relu", "tanh", "linear"], strings: STRINGS.activation };
const padding: OptionSpec = { good: ["valid", "same"], strings: STRINGS.padding };
/** Bidirectional's merge: the string modes give one tensor, `null` the two directions apart. */
const mergeMode: OptionSpec = { good: ["concat", "sum", "mul", "ave", null], strings: '"concat" | "sum" | "mul" | "ave" | null', kind: true };

/** The options of a windowed convolution of rank `r` on a side of 8 (6 in 3D). */
const windowOptions = (r: 1 | 2 | 3): Record<string, OptionSpec> => {
  const list = (...xs: number[][]) => xs.map((x) => x.slice(0, r));
  return {
    kernelSize: { good: [3, 1, ...list([2, 3, 1])], bad: [0, 2.5, 9] },
    strides: { good: [1, 2, ...list([2, 1, 2])], bad: [0, -1] },
    padding: r === 1 ? { good: ["valid", "same", "causal"], strings: STRINGS.causal } : padding,
    dilationRate: { good: [1, 2, ...list([2, 1, 2])], bad: [0] },
    dataFormat,
    useBias: bool,
    activation,
  };
};
const filters: OptionSpec = { good: [2, 4], bad: [0, 2.5, -1] };
const side = (r: 1 | 2 | 3, n: number, c: number): Dim[] => [...Array.from({ length: r }, () => n), c];

const conv = (id: string, r: 1 | 2 | 3): Target => ({
  id,
  shapes: [side(r, r === 3 ? 6 : 8, 3), side(r, r === 3 ? 5 : 6, 3)],
  badShape: side(r, 8, 3).slice(1),
  base: { filters: 2, kernelSize: 3 },
  options: { filters, ...windowOptions(r), groups: { good: [1, 3], bad: [2, 0] } },
});
const convTranspose = (id: string, r: 1 | 2 | 3): Target => {
  const w = windowOptions(r);
  return {
    id,
    shapes: [side(r, r === 3 ? 4 : 6, 3), side(r, r === 3 ? 3 : 5, 3)],
    badShape: side(r, 6, 3).slice(1),
    base: { filters: 2, kernelSize: 3, strides: 2 },
    options: {
      filters,
      kernelSize: w["kernelSize"]!,
      strides: { good: [2, 1, 3], bad: [0] },
      padding,
      outputPadding: { good: [0, 1], bad: [2, -1] },
      dilationRate: { good: [1], bad: [2, 0] },
      dataFormat,
      useBias: bool,
      activation,
    },
  };
};
const separable = (id: string, r: 1 | 2): Target => {
  const { padding: p, ...w } = windowOptions(r);
  return {
    id,
    shapes: [side(r, 8, 3), side(r, 6, 3)],
    badShape: side(r, 8, 3).slice(1),
    base: { filters: 2, kernelSize: 3 },
    options: { filters, ...w, padding, depthMultiplier: { good: [1, 2], bad: [0, -1] } },
  };
};
const depthwise = (id: string, r: 1 | 2): Target => {
  const { padding: p, ...w } = windowOptions(r);
  return {
    id,
    shapes: [side(r, 8, 3), side(r, 6, 3)],
    badShape: side(r, 8, 3).slice(1),
    base: { kernelSize: 3 },
    options: { ...w, padding, depthMultiplier: { good: [1, 2], bad: [0, -1] } },
  };
};
const pooling = (id: string, r: 1 | 2 | 3, average: boolean): Target => {
  const list = (...xs: number[][]) => xs.map((x) => x.slice(0, r));
  return {
    id,
    shapes: [side(r, r === 3 ? 6 : 8, 3), side(r, r === 3 ? 4 : 6, 3)],
    badShape: side(r, 8, 3).slice(1),
    base: average ? { poolSize: 2 } : {},
    options: {
      poolSize: { good: [2, 3, 1, ...list([2, 3, 1])], bad: [0, 9, 1.5] },
      strides: { good: [1, 2, null, ...list([1, 2, 1])], bad: [0] },
      padding,
      dataFormat,
    },
  };
};
const globalPooling = (id: string, r: 1 | 2 | 3): Target => ({
  id,
  shapes: [side(r, 4, 3), side(r, 2, 5)],
  badShape: [4],
  base: {},
  options: { dataFormat, keepdims: kindBool },
});
const margins = (r: 1 | 2 | 3, bad: number): OptionSpec => ({
  good: [1, 0, ...(r === 1 ? [[1, 2]] : r === 2 ? [[1, 2], [[1, 0], [2, 1]]] : [[1, 1, 2], [[1, 0], [0, 1], [2, 1]]])],
  bad: [bad, -1],
});
const zeroPadding = (id: string, r: 1 | 2 | 3): Target => ({
  id,
  shapes: [side(r, r === 3 ? 4 : 8, 3), side(r, r === 3 ? 3 : 5, 3)],
  badShape: [8],
  base: {},
  options: { padding: margins(r, 1.5), ...(r === 1 ? {} : { dataFormat }) },
});
const cropping = (id: string, r: 1 | 2 | 3): Target => ({
  id,
  shapes: [side(r, r === 3 ? 6 : 8, 3), side(r, r === 3 ? 7 : 9, 3)],
  badShape: [8],
  base: {},
  options: { cropping: margins(r, 4), ...(r === 1 ? {} : { dataFormat }) },
});
const upSampling = (id: string, r: 1 | 2 | 3): Target => ({
  id,
  shapes: [side(r, 4, 3), side(r, 3, 2)],
  badShape: [8],
  base: {},
  options: {
    size: { good: [2, 3, ...(r === 1 ? [] : r === 2 ? [[2, 3]] : [[1, 2, 3]])], bad: [0, 1.5] },
    ...(r === 1 ? {} : { dataFormat }),
    ...(r === 2 ? { interpolation: { good: ["nearest", "bilinear"], strings: STRINGS.interpolation } } : {}),
  },
});

/** A recurrent layer on (steps, features); its own options beside the shared ones. */
const recurrent = (id: string, own: Record<string, OptionSpec>): Target => ({
  id,
  shapes: [[5, 3], [2, 4]],
  badShape: [4],
  base: { units: 4 },
  options: {
    units: { good: [4, 2], bad: [0, 2.5] },
    returnSequences: kindBool,
    useBias: bool,
    goBackwards: bool,
    activation,
    recurrentDropout: { good: [0, 0.2], bad: [1.5] },
    returnState: kindBool,
    ...own,
  },
});

const sf = shapeflow as unknown as Record<string, (...xs: unknown[]) => unknown>;

/** Issue #15's layers that take no input shape (as Activation and Dropout): the merges, activation and noise layers. */
const noInputShape = [
  "subtract", "multiply", "average", "maximum", "minimum", "dot", "reLU", "leakyReLU", "prelu", "elu", "softmax", "thresholdedReLU",
  "spatialDropout1d", "spatialDropout2d", "spatialDropout3d", "gaussianNoise", "gaussianDropout", "alphaDropout", "activityRegularization", "dropout-noise", "identity", "gate", "resizing", "centerCrop",
  "attention", "additiveAttention", "multiHeadAttention",
  "rnn-cells", "timeDistributed-pooling", "multiHeadAttention-scores", "sequential-model", "model-functional",
  "sequential-dense", "sequential-conv2d", "sequential-add", "model-dense", "model-conv2d",
];

/**
 * A layer that takes InputSpecOptions may declare its input (as the first layer of a Sequential must):
 * `inputShape` is probed on each, with the shape it is given, and (bad) one that contradicts it.
 */
const declaresInput = (t: Target): Target =>
  t.options["inputShape"] !== undefined || ["input", "activation", "dropout", "add", "concatenate", "residual", "residual-shortcut", "parallel", "repeat", "bidirectional", "timeDistributed", ...noInputShape].includes(t.id)
    ? t
    : { ...t, options: { ...t.options, inputShape: { good: [t.shapes[0]], bad: [t.badShape ?? [...t.shapes[0], 2]] } } };

/** Every layer factory exported by src/index.ts, and the blocks; the models are the hosts. */
export const targets: readonly Target[] = ([
  {
    id: "input",
    shapes: [[3], [5]],
    badShape: [0],
    base: { units: 2 },
    options: { batchSize: { good: [2, 8], bad: [0, 2.5], at: "input" } },
    source: (o) => `dense({ units: ${o["units"]} })`,
    build: (o) => sf["dense"]!({ units: o["units"] }),
  },
  {
    id: "dense",
    shapes: [[3], [4, 5]],
    badShape: [],
    base: { units: 4 },
    options: {
      units: { good: [4, 2], bad: [0, 2.5, -3] },
      useBias: bool,
      activation,
      trainable: bool,
      inputShape: { good: [[3]], bad: [[5]] },
    },
  },
  { id: "activation", shapes: [[3], [2, 4]], base: { activation: "relu" }, options: { activation } },
  {
    id: "dropout",
    shapes: [[3], [2, 4]],
    base: { rate: 0.5 },
    options: { rate: { good: [0.5, 0.2, 0], bad: [1.5, -0.5] }, seed: { good: [1, 42] } },
  },
  { id: "add", shapes: [[4], [1]], badShape: [3], merge: [4], base: {}, options: {} },
  {
    id: "concatenate",
    shapes: [[2, 4], [2, 3]],
    badShape: [3, 4],
    merge: [2, 4],
    base: {},
    options: { axis: { good: [-1, 2], bad: [3, -4] } },
  },
  conv("conv1d", 1),
  conv("conv2d", 2),
  conv("conv3d", 3),
  convTranspose("conv1dTranspose", 1),
  convTranspose("conv2dTranspose", 2),
  convTranspose("conv3dTranspose", 3),
  separable("separableConv1d", 1),
  separable("separableConv2d", 2),
  depthwise("depthwiseConv1d", 1),
  depthwise("depthwiseConv2d", 2),
  pooling("maxPooling1d", 1, false),
  pooling("maxPooling2d", 2, false),
  pooling("maxPooling3d", 3, false),
  pooling("averagePooling1d", 1, true),
  pooling("averagePooling2d", 2, true),
  pooling("averagePooling3d", 3, true),
  globalPooling("globalMaxPooling1d", 1),
  globalPooling("globalMaxPooling2d", 2),
  globalPooling("globalMaxPooling3d", 3),
  globalPooling("globalAveragePooling1d", 1),
  globalPooling("globalAveragePooling2d", 2),
  globalPooling("globalAveragePooling3d", 3),
  { id: "flatten", shapes: [[4, 3], [2, 2, 2]], badShape: [], base: {}, options: { dataFormat } },
  {
    id: "reshape",
    shapes: [[4, 3], [2, 6]],
    badShape: [5],
    base: { targetShape: [12] },
    options: { targetShape: { good: [[12], [-1], [3, 4], [-1, 4], [2, 2, 3]], bad: [[5], [-1, -1], [-1, 5], [0]] } },
  },
  {
    id: "permute",
    shapes: [[4, 3], [2, 5]],
    badShape: [4, 3, 2],
    base: { dims: [2, 1] },
    options: { dims: { good: [[2, 1], [1, 2]], bad: [[1, 1], [1, 2, 3], [0, 1]] } },
  },
  { id: "repeatVector", shapes: [[4], [2]], badShape: [4, 3], base: { n: 3 }, options: { n: { good: [3, 2, 1], bad: [0, 2.5] } } },
  zeroPadding("zeroPadding1d", 1),
  zeroPadding("zeroPadding2d", 2),
  zeroPadding("zeroPadding3d", 3),
  cropping("cropping1d", 1),
  cropping("cropping2d", 2),
  cropping("cropping3d", 3),
  upSampling("upSampling1d", 1),
  upSampling("upSampling2d", 2),
  upSampling("upSampling3d", 3),
  {
    id: "batchNormalization",
    shapes: [[4, 3], [2, 5]],
    badShape: [4, null],
    base: {},
    options: {
      axis: { good: [-1, 1, 2, -2], bad: [3, -4] },
      momentum: { good: [0.99, 0.5] },
      epsilon: { good: [0.001, 0.1] },
      center: bool,
      scale: bool,
    },
  },
  {
    id: "layerNormalization",
    shapes: [[4, 3], [2, 5]],
    badShape: [4, null],
    base: {},
    options: {
      axis: { good: [-1, 1, [1, 2], [-2, -1]], bad: [3, [2, 2]] },
      epsilon: { good: [0.001, 0.1] },
      center: bool,
      scale: bool,
      rmsScaling: bool,
    },
  },
  recurrent("simpleRNN", {}),
  recurrent("lstm", { unitForgetBias: bool }),
  recurrent("gru", { resetAfter: bool }),
  {
    id: "embedding",
    shapes: [[5], [2, 3]],
    base: { inputDim: 10, outputDim: 4 },
    options: { inputDim: { good: [10, 3], bad: [0, 2.5] }, outputDim: { good: [4, 2], bad: [0, -1] }, maskZero: bool },
  },
  { id: "masking", shapes: [[5, 3], [2, 4]], base: {}, options: { maskValue: { good: [0, -1] } } },
  {
    id: "bidirectional",
    shapes: [[5, 3], [2, 4]],
    badShape: [4],
    base: { units: 4 },
    options: { units: { good: [4, 2], bad: [0, 2.5] }, returnSequences: kindBool, returnState: kindBool, mergeMode },
    source: (o) =>
      `bidirectional({ layer: lstm({ units: ${o["units"]}, returnSequences: ${o["returnSequences"] ?? "false"}, returnState: ${o["returnState"] ?? "false"} })${o["mergeMode"] === undefined ? "" : `, mergeMode: ${o["mergeMode"]}`} })`,
    build: (o) =>
      sf["bidirectional"]!({
        layer: sf["lstm"]!({ units: o["units"], returnSequences: o["returnSequences"] ?? false, returnState: o["returnState"] ?? false }),
        ...(o["mergeMode"] === undefined ? {} : { mergeMode: o["mergeMode"] }),
      }),
  },
  ...([1, 2, 3] as const).map(
    (r): Target => ({
      id: `convLstm${r}d`,
      shapes: [[3, ...side(r, r === 3 ? 5 : 6, 2)], [2, ...side(r, r === 3 ? 4 : 5, 1)]],
      badShape: side(r, 6, 2),
      base: { filters: 2, kernelSize: 3 },
      options: {
        filters: { good: [2, 3], bad: [0, 1.5] },
        kernelSize: { good: [3, 2], bad: [0, 2.5] },
        padding,
        returnSequences: kindBool,
        useBias: bool,
        returnState: kindBool,
      },
    }),
  ),
  // The cells are probed through rnn({ cell }), one cell each and a stack of two.
  ...(["simpleRNNCell", "lstmCell", "gruCell"] as const).map(
    (cell): Target => ({
      id: cell,
      shapes: [[5, 3], [2, 4]],
      badShape: [4],
      base: { units: 4 },
      options: { units: { good: [4, 2], bad: [0, 2.5] }, returnSequences: kindBool, returnState: kindBool },
      source: (o) => `rnn({ cell: ${cell}({ units: ${o["units"]} }), returnSequences: ${o["returnSequences"] ?? "false"}, returnState: ${o["returnState"] ?? "false"} })`,
      build: (o) => sf["rnn"]!({ cell: sf[cell]!({ units: o["units"] }), returnSequences: o["returnSequences"] ?? false, returnState: o["returnState"] ?? false }),
    }),
  ),
  {
    id: "rnn",
    shapes: [[5, 3], [2, 4]],
    badShape: [4],
    base: { units: 4 },
    options: { units: { good: [4, 2], bad: [0, 2.5] }, returnSequences: kindBool, returnState: kindBool },
    source: (o) => `rnn({ cell: [lstmCell({ units: ${o["units"]} }), simpleRNNCell({ units: 3 })], returnSequences: ${o["returnSequences"] ?? "false"}, returnState: ${o["returnState"] ?? "false"} })`,
    build: (o) => sf["rnn"]!({ cell: [sf["lstmCell"]!({ units: o["units"] }), sf["simpleRNNCell"]!({ units: 3 })], returnSequences: o["returnSequences"] ?? false, returnState: o["returnState"] ?? false }),
  },
  {
    id: "timeDistributed",
    shapes: [[5, 3], [4, 4, 2]],
    badShape: [4],
    base: { units: 4 },
    options: { units: { good: [4, 2], bad: [0, 2.5] } },
    source: (o) => `timeDistributed({ layer: dense({ units: ${o["units"]} }) })`,
    build: (o) => sf["timeDistributed"]!({ layer: sf["dense"]!({ units: o["units"] }) }),
  },
  { id: "subtract", shapes: [[4], [1]], badShape: [3], merge: [4], base: {}, options: {} },
  { id: "multiply", shapes: [[4], [1]], badShape: [3], merge: [4], base: {}, options: {} },
  { id: "average", shapes: [[4], [2, 1]], badShape: [3], merge: [4], base: {}, options: {} },
  { id: "maximum", shapes: [[4], [1]], badShape: [3], merge: [4], base: {}, options: {} },
  { id: "minimum", shapes: [[4], [1]], badShape: [3], merge: [4], base: {}, options: {} },
  {
    id: "dot",
    shapes: [[2, 4], [3, 4]],
    badShape: [2, 3],
    merge: [5, 4],
    base: { axes: -1 },
    options: { axes: { good: [-1, 2, [2, 2], [-1, 2]], bad: [1, 0, 3, [1, 1]], kind: true }, normalize: bool },
  },
  {
    id: "reLU",
    shapes: [[3], [2, 4]],
    base: {},
    options: { maxValue: { good: [6, 0, null], bad: [-1] }, negativeSlope: { good: [0, 0.1], bad: [-0.5] }, threshold: { good: [0, 1], bad: [-1] } },
  },
  { id: "leakyReLU", shapes: [[3], [2, 4]], base: {}, options: { negativeSlope: { good: [0.3, 0], bad: [-0.1] } } },
  { id: "elu", shapes: [[3], [2, 4]], base: {}, options: { alpha: { good: [1, 0.5, -1] } } },
  { id: "thresholdedReLU", shapes: [[3], [2, 4]], base: {}, options: { theta: { good: [1, 0], bad: [-1] } } },
  { id: "softmax", shapes: [[3], [2, 4]], base: {}, options: { axis: { good: [-1, 1, 0], bad: [3, -4] } } },
  {
    id: "prelu",
    shapes: [[4, 3], [2, 5]],
    badShape: [null, 3],
    base: {},
    options: { sharedAxes: { good: [1, 2, [1, 2], [2]], bad: [0, 3, [1, 3]] } },
  },
  { id: "spatialDropout1d", shapes: [[4, 3], [2, 5]], badShape: [3], base: { rate: 0.2 }, options: { rate: { good: [0.2, 0, 1], bad: [1.5, -0.1] }, seed: { good: [1] } } },
  { id: "spatialDropout2d", shapes: [[4, 4, 3], [2, 5, 1]], badShape: [3], base: { rate: 0.2 }, options: { rate: { good: [0.2, 0], bad: [2] }, dataFormat } },
  { id: "spatialDropout3d", shapes: [[2, 4, 4, 3], [1, 2, 5, 1]], badShape: [4, 3], base: { rate: 0.2 }, options: { rate: { good: [0.2], bad: [2] }, dataFormat } },
  { id: "gaussianNoise", shapes: [[3], [2, 4]], base: { stddev: 0.1 }, options: { stddev: { good: [0.1, 0, 1], bad: [2, -1] }, seed: { good: [1] } } },
  { id: "gaussianDropout", shapes: [[3], [2, 4]], base: { rate: 0.2 }, options: { rate: { good: [0.2, 0], bad: [2, -1] } } },
  {
    id: "alphaDropout",
    shapes: [[4, 3], [2, 3]],
    badShape: [3],
    base: { rate: 0.1, noiseShape: [null, 1, 3] },
    options: { rate: { good: [0.1, 0], bad: [2] }, noiseShape: { good: [[null, 1, 3], [null, 1, 1], [null, null, null]], bad: [[null, 1], [null, 1, 4], [null, 0, 3]] } },
  },
  {
    id: "dropout-noise",
    shapes: [[4, 3], [2, 3]],
    badShape: [3],
    base: { rate: 0.5, noiseShape: [null, 1, 3] },
    options: { noiseShape: { good: [[null, 1, 3], [null, 1, 1], [null, null, null]], bad: [[null, 1], [null, 1, 4], [null, 0, 3]] } },
    source: (o) => `dropout({ rate: ${o["rate"]}, noiseShape: ${o["noiseShape"]} })`,
    build: (o) => sf["dropout"]!({ rate: o["rate"], noiseShape: o["noiseShape"] }),
  },
  { id: "activityRegularization", shapes: [[3], [2, 4]], base: {}, options: { l1: { good: [0.01, 0], bad: [-1] }, l2: { good: [0.01], bad: [-1] } } },
  { id: "identity", shapes: [[3], [2, 4]], base: {}, options: {} },
  {
    id: "rescaling",
    shapes: [[4, 3], [2, 3]],
    badShape: [2],
    base: { scale: [1, 2, 3] },
    options: { scale: { good: [[1, 2, 3], 0.5, [2]], bad: [[1, 2]] }, offset: { good: [-1, [0, 0, 0]], bad: [[1, 2, 3, 4]] } },
  },
  {
    id: "normalization",
    shapes: [[4, 3], [2, 3]],
    badShape: [4, null],
    base: {},
    options: { axis: { good: [-1, 2, [1, 2], null], bad: [3, [2, -1]] }, invert: bool },
  },
  {
    id: "gate",
    shapes: [[4, 4, 3], [2, 2, 3]],
    badShape: [4, 4, 2],
    base: { filters: 3 },
    options: { filters: { good: [3, 1], bad: [2, 0] } },
    source: (o) => `gate(sequential({ layers: [globalAveragePooling2d({ keepdims: true }), conv2d({ filters: ${o["filters"]}, kernelSize: 1, activation: "sigmoid" })] }))`,
    build: (o) => sf["gate"]!(sf["sequential"]!({ layers: [sf["globalAveragePooling2d"]!({ keepdims: true }), sf["conv2d"]!({ filters: o["filters"], kernelSize: 1, activation: "sigmoid" })] })),
  },
  {
    id: "resizing",
    shapes: [[8, 8, 3], [4, 6, 1]],
    badShape: [8, 3],
    base: { height: 6, width: 5 },
    options: {
      height: { good: [6, 1], bad: [0, 2.5] },
      width: { good: [5, 16], bad: [0] },
      interpolation: { good: ["bilinear", "nearest"], strings: "ResizeInterpolation" },
      cropToAspectRatio: bool,
      dataFormat,
    },
  },
  { id: "centerCrop", shapes: [[8, 8, 3], [4, 6, 1]], badShape: [8, 3], base: { height: 6, width: 5 }, options: { height: { good: [6, 10], bad: [0] }, width: { good: [5], bad: [-1] }, dataFormat } },
  // The attention layers, called on [query, value]; returnAttentionScores gives two tensors (a Sequential refuses them).
  {
    id: "attention",
    shapes: [[5, 4], [2, 4]],
    badShape: [4],
    merge: [6, 4],
    base: {},
    options: { useScale: bool, scoreMode: { good: ["dot", "concat"], strings: '"dot" | "concat"' }, dropout: { good: [0, 0.1], bad: [1.5] }, returnAttentionScores: kindBool },
  },
  { id: "additiveAttention", shapes: [[5, 4], [2, 4]], badShape: [4], merge: [6, 4], base: {}, options: { useScale: bool, dropout: { good: [0, 0.1], bad: [-1] }, returnAttentionScores: kindBool } },
  {
    id: "multiHeadAttention",
    shapes: [[5, 4], [3, 4]],
    badShape: [4],
    merge: [6, 4],
    base: { numHeads: 2, keyDim: 4 },
    options: {
      numHeads: { good: [2, 1], bad: [0, 2.5] },
      keyDim: { good: [4, 3], bad: [0] },
      valueDim: { good: [3], bad: [0] },
      outputShape: { good: [5, [2, 3]], bad: [0], kind: true },
      attentionAxes: { good: [1, [1], -2] },
      useBias: bool,
      dropout: { good: [0, 0.1], bad: [1.5] },
      returnAttentionScores: kindBool,
    },
  },
  {
    id: "residual",
    shapes: [[4], [2, 4]],
    badShape: [3],
    base: { units: 4 },
    options: { units: { good: [4], bad: [3, 0] } },
    source: (o) => `residual(dense({ units: ${o["units"]} }))`,
    build: (o) => sf["residual"]!(sf["dense"]!({ units: o["units"] })),
  },
  {
    id: "residual-shortcut",
    shapes: [[3], [2, 3]],
    badShape: [],
    base: { units: 4, shortcutUnits: 4 },
    options: { units: { good: [4, 1], bad: [3, 0] }, shortcutUnits: { good: [4, 1], bad: [5, 0] } },
    source: (o) => `residual(dense({ units: ${o["units"]} }), dense({ units: ${o["shortcutUnits"]} }))`,
    build: (o) => sf["residual"]!(sf["dense"]!({ units: o["units"] }), sf["dense"]!({ units: o["shortcutUnits"] })),
  },
  {
    id: "parallel",
    shapes: [[3], [2, 3]],
    badShape: [],
    base: { units: 4, axis: -1 },
    options: { units: { good: [4, 2], bad: [0, 2.5] }, axis: { good: [-1, 1], bad: [2, -3] } },
    source: (o) => `parallel([dense({ units: ${o["units"]} }), dense({ units: 2 })], { axis: ${o["axis"]} })`,
    build: (o) => sf["parallel"]!([sf["dense"]!({ units: o["units"] }), sf["dense"]!({ units: 2 })], { axis: o["axis"] }),
  },
  {
    id: "repeat",
    shapes: [[4], [2, 4]],
    badShape: [],
    base: { n: 2, units: 4 },
    options: { n: { good: [2, 3, 1], bad: [0, 1.5, -1] }, units: { good: [4, 8], bad: [0, 2.5] } },
    source: (o) => `repeat(${o["n"]}, () => dense({ units: ${o["units"]} }))`,
    build: (o) => sf["repeat"]!(o["n"], () => sf["dense"]!({ units: o["units"] })),
  },
  // Options that change the kind of result, inside wrappers and models, and lists the compiler cannot count.
  {
    id: "rnn-cells",
    shapes: [[5, 3], [2, 4]],
    badShape: [4],
    base: { n: 2, units: 4 },
    options: { n: { good: [1, 2, 3] }, returnState: kindBool },
    source: (o) => `rnn({ cell: Array.from({ length: ${o["n"]} }, () => lstmCell({ units: ${o["units"]} })), returnState: ${o["returnState"] ?? "false"} })`,
    build: (o) => sf["rnn"]!({ cell: Array.from({ length: o["n"] as number }, () => sf["lstmCell"]!({ units: o["units"] })), returnState: o["returnState"] ?? false }),
  },
  {
    id: "timeDistributed-pooling",
    shapes: [[5, 4, 3], [2, 6, 1]],
    badShape: [5, 3],
    base: {},
    options: { keepdims: kindBool, dataFormat },
    source: (o) => `timeDistributed({ layer: globalAveragePooling1d(${objSource(o)}) })`,
    build: (o) => sf["timeDistributed"]!({ layer: sf["globalAveragePooling1d"]!(o) }),
  },
  {
    id: "multiHeadAttention-scores",
    shapes: [[4, 5, 6], [3, 5, 6]],
    badShape: [4, 5],
    merge: [4, 5, 6],
    base: { numHeads: 2, keyDim: 4, returnAttentionScores: true },
    options: {
      attentionAxes: { good: [[1, 2], [2], 1, -2, [1]], kind: true },
      outputShape: { good: [5, [2, 3]], bad: [0], kind: true },
    },
    source: (o) => `multiHeadAttention(${objSource(o)})`,
    build: (o) => sf["multiHeadAttention"]!(o),
  },
  {
    id: "sequential-model",
    shapes: [[5, 3], [2, 3]],
    badShape: [5, 4],
    base: { units: 4 },
    options: { units: { good: [4, 2] }, returnSequences: kindBool },
    source: (o) => `sequential({ layers: [input({ shape: [null, 3] }), lstm({ units: ${o["units"]}, returnSequences: ${o["returnSequences"] ?? "false"} })] })`,
    build: (o) => sf["sequential"]!({ layers: [sf["input"]!({ shape: [null, 3] }), sf["lstm"]!({ units: o["units"], returnSequences: o["returnSequences"] ?? false })] }),
  },
  {
    id: "model-functional",
    shapes: [[5, 3], [2, 3]],
    badShape: [5, 4],
    base: { units: 4 },
    options: { units: { good: [4, 2] }, returnState: kindBool },
    source: (o) => `((t) => model({ inputs: t, outputs: gru({ units: ${o["units"]}, returnState: ${o["returnState"] ?? "false"} })(t) }))(input({ shape: [null, 3] }))`,
    build: (o) => {
      const t = sf["input"]!({ shape: [null, 3] });
      return sf["model"]!({ inputs: t, outputs: (sf["gru"]!({ units: o["units"], returnState: o["returnState"] ?? false }) as (x: unknown) => unknown)(t) });
    },
  },
  // Models built from a layer whose option is probed: in a helper generic over it (`generic`, `generic-call`)
  // the model's own check of its layers or outputs meets the open option.
  {
    id: "sequential-dense",
    shapes: [[5, 3], [2, 3]],
    badShape: [5, 4],
    base: { units: 4 },
    options: { units: { good: [4, 2] } },
    source: (o) => `sequential({ layers: [input({ shape: [null, 3] }), dense({ units: ${o["units"]} })] })`,
    build: (o) => sf["sequential"]!({ layers: [sf["input"]!({ shape: [null, 3] }), sf["dense"]!({ units: o["units"] })] }),
  },
  {
    id: "sequential-conv2d",
    shapes: [[8, 8, 3], [6, 5, 3]],
    badShape: [8, 8, 4],
    base: { filters: 2 },
    options: { filters: { good: [2, 4] } },
    source: (o) => `sequential({ layers: [input({ shape: [null, null, 3] }), conv2d({ filters: ${o["filters"]}, kernelSize: 3 })] })`,
    build: (o) => sf["sequential"]!({ layers: [sf["input"]!({ shape: [null, null, 3] }), sf["conv2d"]!({ filters: o["filters"], kernelSize: 3 })] }),
  },
  {
    id: "sequential-add",
    shapes: [[5, 3], [2, 3]],
    badShape: [5, 4],
    base: { units: 4 },
    options: { units: { good: [4, 2] }, returnSequences: kindBool },
    source: (o) => `sequential().add(input({ shape: [null, 3] })).add(lstm({ units: ${o["units"]}, returnSequences: ${o["returnSequences"] ?? "false"} }))`,
    build: (o) =>
      (sf["sequential"]!() as { add(x: unknown): { add(x: unknown): unknown } }).add(sf["input"]!({ shape: [null, 3] })).add(sf["lstm"]!({ units: o["units"], returnSequences: o["returnSequences"] ?? false })),
  },
  {
    id: "model-dense",
    shapes: [[5, 3], [2, 3]],
    badShape: [5, 4],
    base: { units: 4 },
    options: { units: { good: [4, 2] } },
    source: (o) => `((t) => model({ inputs: t, outputs: dense({ units: ${o["units"]} })(t) }))(input({ shape: [null, 3] }))`,
    build: (o) => {
      const t = sf["input"]!({ shape: [null, 3] });
      return sf["model"]!({ inputs: t, outputs: (sf["dense"]!({ units: o["units"] }) as (x: unknown) => unknown)(t) });
    },
  },
  {
    id: "model-conv2d",
    shapes: [[8, 8, 3], [6, 5, 3]],
    badShape: [8, 8, 4],
    base: { filters: 2 },
    options: { filters: { good: [2, 4] } },
    source: (o) => `((t) => model({ inputs: t, outputs: conv2d({ filters: ${o["filters"]}, kernelSize: 3 })(t) }))(input({ shape: [null, null, 3] }))`,
    build: (o) => {
      const t = sf["input"]!({ shape: [null, null, 3] });
      return sf["model"]!({ inputs: t, outputs: (sf["conv2d"]!({ filters: o["filters"], kernelSize: 3 }) as (x: unknown) => unknown)(t) });
    },
  },
] satisfies Target[]).map(declaresInput);

// --- probes ---------------------------------------------------------------------------------------------

/** The value probed: an option of the target, or (`shape`) the input's shape. */
export interface Probe {
  /** `conv2d.strides.any`: target, option, form. */
  readonly cls: string;
  readonly target: Target;
  readonly option: string;
  readonly form: Form;
  readonly host: Host;
  /** The literal values the declaration is written with (literal, union members, the generic call's argument). */
  readonly written: readonly unknown[];
  /** The concrete values the runtime runs (for `shape`, input shapes). */
  readonly runs: readonly unknown[];
  /** For `wide` and `generic`: the non-literal type. */
  readonly wide?: string;
}

const lit = (x: unknown): string =>
  Array.isArray(x) ? `[${x.map(lit).join(", ")}]` : typeof x === "string" ? JSON.stringify(x) : String(x);

/** The non-literal type of a value: `number`, `boolean`, the option's string union, `readonly [number, number]`. */
const wideOf = (x: unknown, strings: string | undefined): string =>
  Array.isArray(x)
    ? `readonly [${x.map((e) => wideOf(e, strings)).join(", ")}]`
    : typeof x === "string"
      ? (strings ?? "string")
      : x === null
        ? "null"
        : typeof x;

const hostsOf = (t: Target, option: string): readonly Host[] =>
  t.merge !== undefined || t.options[option]?.at === "input" ? ["functional"] : ["functional", "sequential-layers", "sequential-add", "pipe"];

/**
 * Probe classes: each option of each target in each form it has values for, and the input shape in each
 * shape form, each in `cases` hosts. The host is part of the class (`conv2d.useBias.wide@sequential-add`),
 * chosen from the class's name, not from the seed, so that a seed changes only the values: a Model types
 * its count as `number` while a Sequential carries it, so the same option can pass in one host and not
 * in the other. The first case of a class takes one host; each further case the next one (and, once
 * every host has had its turn, the hosts again with other values).
 */
export const probeClasses = (
  cases = 1,
): { readonly cls: string; readonly target: Target; readonly option: string; readonly form: Form; readonly host: Host; readonly n: number }[] => {
  const out: { cls: string; target: Target; option: string; form: Form; host: Host; n: number }[] = [];
  const push = (target: Target, option: string, form: Form) => {
    const hosts: readonly Host[] = form === "generic-call" ? ["functional"] : hostsOf(target, option);
    const name = `${target.id}.${option}.${form}`;
    for (let n = 0; n < cases; n++) {
      const host = hosts[(hash(name) + n) % hosts.length]!;
      out.push({ cls: `${name}@${host}`, target, option, form, host, n });
    }
  };
  for (const target of targets) {
    for (const [option, o] of Object.entries(target.options)) {
      const forms: Form[] = ["literal", "any", "wide", "generic"];
      if (o.good.length > 1) forms.push("union");
      if ((o.bad ?? []).length > 0) forms.push("literal-bad", "union-bad");
      if (o.kind === true) forms.push("generic-call");
      for (const form of forms) push(target, option, form);
    }
    // Forms of the layer itself, once a target: a union of two layers (`c ? dense4 : dense8`, two values of
    // its first option with several), and the layer inside a functional model called as a layer.
    const layerOption = Object.entries(target.options).find(([, o]) => o.at !== "input" && o.good.length > 1)?.[0];
    if (layerOption !== undefined) push(target, layerOption, "layer-union");
    const modelOption = Object.keys(target.options).find((k) => target.options[k]!.at !== "input");
    if (modelOption !== undefined && target.merge === undefined) push(target, modelOption, "model-layer");
    const shapeForms: Form[] = ["literal", "any", "wide", "spread", "union", "generic", "generic-tensor"];
    if (target.badShape !== undefined) shapeForms.push("literal-bad", "union-bad", "generic-tensor-bad");
    for (const form of shapeForms) push(target, "shape", form);
  }
  return out;
};

/** A stable number from a string (FNV-1a), to give each class its own stream of choices. */
const hash = (s: string): number => {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
};

/** `cases` probes of each option and form (in as many hosts), their values drawn with `seed`. */
export const sampleProbes = (seed: number, cases: number): Probe[] =>
  probeClasses(cases).flatMap(({ cls, target, option, form, host, n }) => {
    const arb = fc.gen().map((g): Probe => {
      const pick = <T>(xs: readonly T[]): T => xs[g(fc.nat, { max: xs.length - 1 })]!;
      const isShape = option === "shape";
      const good: readonly unknown[] = isShape ? target.shapes : target.options[option]!.good;
      const bad: readonly unknown[] = isShape ? [target.badShape] : (target.options[option]!.bad ?? []);
      const strings = isShape ? undefined : target.options[option]!.strings;
      const one = pick(good);
      const base = { cls, target, option, form, host };
      switch (form) {
        case "literal":
        case "generic":
        case "generic-call":
        case "generic-tensor":
        case "model-layer":
          return { ...base, written: [one], runs: [one], wide: wideOf(one, strings) };
        case "literal-bad":
        case "generic-tensor-bad": {
          const b = pick(bad);
          return { ...base, written: [b], runs: [b] };
        }
        case "any":
          return { ...base, written: [], runs: good };
        case "wide": {
          const w = wideOf(one, strings);
          return { ...base, written: [], runs: good.filter((x) => wideOf(x, strings) === w), wide: isShape ? "number[]" : w };
        }
        case "spread": {
          const last = (one as Dim[])[(one as Dim[]).length - 1];
          return { ...base, written: [last], runs: good.filter((x) => (x as Dim[])[(x as Dim[]).length - 1] === last) };
        }
        case "union":
        case "layer-union": {
          const a = pick(good);
          const rest = good.filter((x) => lit(x) !== lit(a));
          const b = pick(rest);
          return { ...base, written: [a, b], runs: [a, b] };
        }
        case "union-bad": {
          const b = pick(bad);
          return { ...base, written: [one, b], runs: [one, b] };
        }
      }
    });
    return fc.sample(arb, { numRuns: 1, seed: (seed ^ hash(n === 0 ? cls : `${cls}#${n}`)) >>> 0 });
  });

// --- source ---------------------------------------------------------------------------------------------

/** The import line the probes need; `srcIndex` is the path to shapeflow's index from the file they go in. */
export const probeHeader = (srcIndex: string): string => {
  const values = [...new Set([...targets.map((t) => t.id.replace(/-.*/, "")), "dense", "input", "model", "sequential", "pipe"])].sort();
  return `import { ${values.join(", ")}, type ActivationIdentifier, type DataFormat, type Interpolation, type ResizeInterpolation, type Shape, type SymbolicTensor } from ${JSON.stringify(srcIndex)};`;
};

/** The step each line of a probe belongs to; line 0 (a declaration or helper) belongs to the step it serves. */
export const STEPS = ["declaration", "input", "layer", "apply", "model", "count"] as const;
export const LINES = STEPS.length;
/** The step whose code a probe's line 0 holds: the generic helper's, or none (a `declare const`). */
export const helperStep = (p: Probe): number | undefined =>
  p.form === "generic-tensor" || p.form === "generic-tensor-bad" || p.form === "generic-call" ? 3 : p.form === "generic" ? (p.option === "shape" || p.target.options[p.option]?.at === "input" ? 1 : 2) : undefined;

const objSource = (o: Readonly<Record<string, string>>): string => {
  const entries = Object.entries(o);
  return entries.length === 0 ? "{}" : `{ ${entries.map(([k, v]) => `${k}: ${v}`).join(", ")} }`;
};

/** The six lines of a probe, its bindings prefixed with `name`. */
export const probeSource = (p: Probe, name: string): string[] => {
  const t = p.target;
  const isShape = p.option === "shape";
  const at = isShape ? "input" : (t.options[p.option]!.at ?? "layer");
  const v = `${name}_v`;
  // The probed value's text where it is written, and line 0.
  let value: string;
  let decl = `// ${p.cls}`;
  switch (p.form) {
    case "literal":
    case "literal-bad":
    case "generic-tensor":
    case "generic-tensor-bad":
    case "generic-call":
    case "model-layer":
      value = lit(p.written[0]);
      break;
    case "layer-union":
      decl = `declare const ${v}: boolean;`;
      value = lit(p.written[0]);
      break;
    case "any":
      decl = `declare const ${v}: any;`;
      value = v;
      break;
    case "wide":
      decl = `declare const ${v}: ${p.wide};`;
      value = v;
      break;
    case "spread":
      decl = `declare const ${v}: number[];`;
      value = `[...${v}, ${lit(p.written[0])}]`;
      break;
    case "union":
    case "union-bad":
      decl = `declare const ${v}: ${p.written.map(lit).join(" | ")};`;
      value = v;
      break;
    case "generic":
      value = "v";
      break;
  }
  const layerOptions: Record<string, string> = {};
  for (const [k, x] of Object.entries(t.base)) layerOptions[k] = lit(x);
  if (at === "layer" && !isShape) layerOptions[p.option] = value;
  const layerText = t.source !== undefined ? t.source(layerOptions) : `${t.id}(${objSource(layerOptions)})`;
  const inputText = `input(${objSource({ shape: isShape ? value : lit(t.shapes[0]), ...(at === "input" && !isShape ? { [p.option]: value } : {}) })})`;
  const generic = p.form === "generic";
  if (generic) {
    const constraint = isShape ? "readonly number[]" : p.wide!;
    decl = `function ${name}_f<const V extends ${constraint}>(v: V) { return ${at === "layer" ? layerText : inputText}; }`;
  }
  const call = `${name}_f(${lit(p.written[0])})`;
  const inputLine = `export const ${name}_i = ${generic && at === "input" ? call : inputText};${t.merge !== undefined ? ` export const ${name}_j = input({ shape: ${lit(t.merge)} });` : ""}`;
  const textWith = (x: unknown): string => {
    const o = { ...layerOptions, [p.option]: lit(x) };
    return t.source !== undefined ? t.source(o) : `${t.id}(${objSource(o)})`;
  };
  const layerLine = `export const ${name}_l = ${
    generic && at === "layer"
      ? call
      : p.form === "layer-union"
        ? `${v} ? ${textWith(p.written[0])} : ${textWith(p.written[1])}`
        : p.form === "model-layer"
          ? `((t) => model({ inputs: t, outputs: ${layerText}(t) }))(input({ shape: ${lit(t.shapes[0])} }))`
          : layerText
  };`;
  const x = (i: string) => (t.merge !== undefined ? `[${i}, ${name}_j]` : i);
  const hostText = (i: string): string => {
    switch (p.host) {
      case "functional":
        return `${name}_l(${x(i)})`;
      case "pipe":
        return `pipe(${i}, ${name}_l)`;
      case "sequential-layers":
        return `sequential({ layers: [${i}, ${name}_l] })`;
      case "sequential-add":
        return `sequential().add(${i}).add(${name}_l)`;
    }
  };
  const sequentialHost = p.host.startsWith("sequential");
  const out = sequentialHost ? `${name}_s` : `${name}_o`;
  const genericTensor = p.form === "generic-tensor" || p.form === "generic-tensor-bad";
  if (genericTensor) decl = `function ${name}_f<S extends Shape>(x: SymbolicTensor<S>) { return ${hostText("x")}; }`;
  let applyLine = `export const ${out} = ${genericTensor ? `${name}_f(${name}_i)` : hostText(`${name}_i`)};`;
  if (p.form === "generic-call") {
    // The layer made and called in a helper generic over the option (the layer line keeps the literal, for the runtime's steps).
    const inner = { ...layerOptions, [p.option]: "v" };
    const innerText = t.source !== undefined ? t.source(inner) : `${t.id}(${objSource(inner)})`;
    const merge = t.merge !== undefined;
    decl = `function ${name}_f<const V extends ${p.wide!}>(v: V, x: typeof ${name}_i${merge ? `, y: typeof ${name}_j` : ""}) { return ${innerText}(${merge ? "[x, y]" : "x"}); }`;
    applyLine = `export const ${out} = ${name}_f(${lit(p.written[0])}, ${name}_i${merge ? `, ${name}_j` : ""});`;
  }
  const inputs = t.merge !== undefined ? `[${name}_i, ${name}_j]` : `${name}_i`;
  const modelLine = sequentialHost ? `export const ${name}_o = ${name}_s.outputShape;` : `export const ${name}_m = model({ inputs: ${inputs}, outputs: ${name}_o });`;
  const countLine = `export const ${name}_c = ${sequentialHost ? `${name}_s` : `${name}_m`}.countParams();`;
  return [decl, inputLine, layerLine, applyLine, modelLine, countLine];
};

// --- runtime --------------------------------------------------------------------------------------------

export interface RunOutcome {
  /** The concrete value run. */
  readonly value: unknown;
  readonly input?: readonly Dim[];
  readonly output?: readonly Dim[] | readonly (readonly Dim[])[];
  readonly count?: number;
  /** The step that threw (index into STEPS), what, and whether it was a ShapeError. */
  readonly error?: { readonly step: number; readonly message: string; readonly shapeError: boolean };
}

/** Runs a probe's steps with one concrete value. */
export const runProbe = (p: Probe, value: unknown): RunOutcome => {
  const t = p.target;
  const isShape = p.option === "shape";
  const at = isShape ? "input" : (t.options[p.option]!.at ?? "layer");
  const layerOptions: Record<string, unknown> = { ...t.base };
  if (at === "layer" && !isShape) layerOptions[p.option] = structuredClone(value);
  const inputOptions: Record<string, unknown> = { shape: structuredClone(isShape ? value : t.shapes[0]) };
  if (at === "input" && !isShape) inputOptions[p.option] = value;
  shapeflow.clearSession();
  let step = 1;
  const result: { input?: readonly Dim[]; output?: readonly Dim[] | readonly (readonly Dim[])[]; count?: number } = {};
  try {
    const x = sf["input"]!(inputOptions) as { shape: Dim[] };
    result.input = x.shape;
    const y = t.merge !== undefined ? sf["input"]!({ shape: [...t.merge] }) : undefined;
    step = 2;
    const made = (t.build ?? ((o) => sf[t.id]!(o)))(layerOptions) as ((x: unknown) => { shape: Dim[] }) & object;
    let layer = made;
    if (p.form === "model-layer") {
      // The layer inside a functional model built on the target's first input shape, the model called as a layer.
      const inner = sf["input"]!({ shape: [...t.shapes[0]] });
      layer = sf["model"]!({ inputs: inner, outputs: made(inner) }) as typeof layer;
    }
    step = 3;
    let m: { countParams(): number; outputShape?: unknown };
    if (p.host === "functional" || p.host === "pipe") {
      const o = p.host === "pipe" ? (sf["pipe"]!(x, layer) as { shape: Dim[] }) : layer(t.merge !== undefined ? [x, y] : x);
      step = 4;
      m = sf["model"]!({ inputs: t.merge !== undefined ? [x, y] : x, outputs: o }) as typeof m;
      // A layer of several outputs (returnState, returnAttentionScores, mergeMode: null) gives their list.
      result.output = Array.isArray(o) ? (o as { shape: Dim[] }[]).map((z) => z.shape) : o.shape;
    } else {
      type Seq = typeof m & { add(x: unknown): Seq };
      const s = p.host === "sequential-layers" ? (sf["sequential"]!({ layers: [x, layer] }) as Seq) : (sf["sequential"]!() as Seq).add(x).add(layer);
      step = 4;
      result.output = s.outputShape as Dim[];
      m = s;
    }
    step = 5;
    result.count = m.countParams();
    return { value, ...result };
  } catch (e) {
    return {
      value,
      ...result,
      error: { step, message: e instanceof Error ? e.message : String(e), shapeError: e instanceof shapeflow.ShapeError },
    };
  }
};

// --- judging --------------------------------------------------------------------------------------------

export interface Violation {
  readonly cls: string;
  readonly property: Property;
  readonly detail: string;
}

const show = (x: unknown): string => JSON.stringify(x);

/**
 * Checks one probe (its bindings prefixed with `name`) against the runtime's outcomes, its compile
 * errors sorted by step, and its declared types by binding name; returns what it violates.
 */
export const judge = (p: Probe, name: string, outcomes: readonly RunOutcome[], errors: readonly Diagnostic[][], declared: ReadonlyMap<string, string>): Violation[] => {
  const out: Violation[] = [];
  const v = (property: Property, detail: string) => out.push({ cls: p.cls, property, detail });
  const errorSteps = errors.map((e, step) => (e.length > 0 ? step : -1)).filter((s) => s >= 0);
  const errorText = (steps: readonly number[]) => steps.flatMap((s) => errors[s]!.map((d) => `[${STEPS[s]}] ${d.code} ${d.text}`)).join(" | ");
  for (const o of outcomes)
    if (o.error !== undefined && !o.error.shapeError) v("runtime-crash", `${show(o.value)}: ${STEPS[o.error.step]} threw ${o.error.message}`);
  const failed = outcomes.filter((o) => o.error !== undefined);
  if (failed.length === 0 && errorSteps.length > 0) v("false-error", `every run succeeds (${outcomes.map((o) => show(o.value)).join(", ")}), the compiler says ${errorText(errorSteps)}`);
  if ((p.form === "literal" || p.form === "literal-bad" || p.form === "generic-tensor-bad" || p.form === "model-layer") && failed.length > 0) {
    const err = failed[0]!.error!;
    // A helper generic over its tensor cannot check it in its body: the error belongs at the helper's
    // call, or else at the first use of the tensor it returns (the next statement). A Sequential's
    // first use is a property read (outputShape), which no type can make an error, so its countParams()
    // (the statement after) is the first place the compiler can say it.
    const firstUses = p.host.startsWith("sequential") ? [3, 4, 5] : [3, 4];
    const here = p.form === "generic-tensor-bad" && err.step === 3 ? firstUses.flatMap((s) => errors[s] ?? []) : errors[err.step]!;
    if (here.length === 0) v("missed-error", `the runtime throws at ${STEPS[err.step]}: "${err.message}"; the compiler says ${errorText(errorSteps) || "nothing"}`);
    else if (!here.some((d) => d.text.includes(err.message)))
      v("wrong-message", `the runtime throws at ${STEPS[err.step]}: "${err.message}"; the compiler says ${errorText([err.step])}`);
    const early = errorSteps.filter((s) => s < err.step);
    if (early.length > 0) v("early-error", `the runtime throws at ${STEPS[err.step]}, the compiler errs before: ${errorText(early)}`);
  }
  if (errorSteps.length > 0) return out;
  // No compile error: every type must hold what every successful run produced.
  const sequential = p.host.startsWith("sequential");
  const typeOf = (b: string) => declared.get(`${name}_${b}`);
  const check = (binding: string, what: "shape" | "count", values: readonly unknown[]) => {
    const type = typeOf(binding);
    if (type === undefined) return v("unreadable-type", `${name}_${binding} has no declared type`);
    const bad = anyOrNever(type);
    if (bad.length > 0) return v("any-or-never", `${name}_${binding}: ${type}`);
    const t = parseType(type);
    if (t === undefined) return v("unreadable-type", `${name}_${binding}: ${type}`);
    for (const x of values) {
      const ok = admits(t, x);
      if (ok === undefined) return v("unreadable-type", `${name}_${binding}: ${type}`);
      if (!ok) return v(what === "shape" ? "wrong-shape" : "wrong-count", `${name}_${binding} is ${type}, the runtime gives ${show(x)}`);
    }
  };
  const done = outcomes.filter((o) => o.error === undefined);
  check("i", "shape", outcomes.filter((o) => o.input !== undefined).map((o) => o.input));
  check("o", "shape", done.map((o) => o.output));
  check("c", "count", done.map((o) => o.count));
  const container = typeOf(sequential ? "s" : "m");
  if (container !== undefined && anyOrNever(container).length > 0) v("any-or-never", `${name}_${sequential ? "s" : "m"}: ${container}`);
  return out;
};
