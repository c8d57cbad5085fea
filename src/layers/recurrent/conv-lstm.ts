/**
 * ConvLSTM1D/2D/3D (Keras 3's rnn/conv_lstm.py): an LSTM whose gates are convolutions. Input
 * `(batch, time, *spatial, channels)` with `channelsLast` (`(batch, time, channels, *spatial)` with
 * `channelsFirst`); each step is convolved as a Conv of the same rank would (shared helper: kernel,
 * strides, padding, dilation), to `(batch, *spatial_out, filters)`; the output is that, or every step's
 * with `returnSequences`; `returnState` adds h and c of the step's shape. The spatial axes and the
 * channels must be known. Weights: kernel `[...kernelSize, channels, 4 * filters]`, recurrent kernel
 * `[...kernelSize, filters, 4 * filters]`, bias `[4 * filters]`.
 *
 * ```ts
 * convLstm2d({ filters: 2, kernelSize: 3, returnSequences: true })(input({ shape: [5, 8, 8, 3] })); // SymbolicTensor<[null, 5, 6, 6, 2]>: 368 params
 * ```
 */
import type { Mul } from "../../core/arith.js";
import { layout, type DataFormat, type Padding, type Spatial, type SpatialRank, type formatOf, type knownFormat, type perAxis, type channelsOf } from "../../core/conv.js";
import type { declaredConfig, declaredOf, flag, opt, switchOn } from "../../core/config.js";
import { fail, type CheckedOptions, type firstErr, type ShapeErr } from "../../core/errors.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import { describe, initialState, type BaseLayerOptions, type MultiOutputLayer, type MultiRule, type WeightSpec } from "../../core/layer.js";
import { baseKeys, checkKeys, inputKeys } from "../../core/options.js";
import { checkBoolean, readOptions } from "../../core/read-options.js";
import { firstDisagreement, formatShape, type Dim, type Shape } from "../../core/shape.js";
import { SymbolicTensor } from "../../core/tensor.js";
import { snake } from "../../core/keras-config.js";
import { checkActivation, type ActivationIdentifier } from "../core/activation.js";
import { checkDilation, checkFilters, checkWindow, WindowLayer, type convShape, type LooseOptions } from "../convolutional/base-conv.js";
import { checkDropouts, recurrentInitializersConfig, recurrentRegularizersConfig, sequenceConfig, recurrentTrainingKeys, sequenceSettings, statefulBatch, type checkFraction, type oneOutput, type RecurrentTrainingOptions } from "./base-rnn.js";
import type { ConvLSTMOptions as ConvLSTMOptionsCall } from "../option-calls.js";

export interface ConvLSTMOptions<r extends SpatialRank> extends BaseLayerOptions, InputSpecOptions, RecurrentTrainingOptions {
  /** How many kernels each gate has: the size of the output's channels axis. */
  readonly filters: number;
  /** The window each kernel covers: one size for every spatial axis, or one per axis. */
  readonly kernelSize: Spatial<r>;
  /** How far the window moves each step; default 1. */
  readonly strides?: Spatial<r>;
  /** `valid` (default) or `same`. */
  readonly padding?: Padding;
  /** Where the channels axis is; default `channelsLast`. */
  readonly dataFormat?: DataFormat;
  /** Spacing between the kernel's taps; default 1. */
  readonly dilationRate?: Spatial<r>;
  /** Applied to the output and the candidate state. Default `tanh`. */
  readonly activation?: ActivationIdentifier;
  /** Applied to the gates. Default `sigmoid`. */
  readonly recurrentActivation?: ActivationIdentifier;
  /** Whether the gates add biases. Default `true`. */
  readonly useBias?: boolean;
  /** Start the forget gate's bias at 1 (the bias's shape is the same). Default `true`. */
  readonly unitForgetBias?: boolean;
  /** Return every step's output, not only the last. Default `false`. */
  readonly returnSequences?: boolean;
  /** Also return the final states h and c. Default `false`. */
  readonly returnState?: boolean;
  /** Read the sequence backwards. Default `false`. */
  readonly goBackwards?: boolean;
  /** Keep each sample's last state for the next batch; needs a fixed batch size. Default `false`. */
  readonly stateful?: boolean;
  /** Fraction of the inputs dropped in training, from 0 to 1. Default 0. */
  readonly dropout?: number;
  /** Fraction of the recurrent state dropped in training, from 0 to 1. Default 0. */
  readonly recurrentDropout?: number;
}
const switches = ["useBias", "unitForgetBias", "returnSequences", "returnState", "goBackwards", "stateful"] as const;
export const convLstmKeys = [
  "filters", "kernelSize", "strides", "padding", "dataFormat", "dilationRate", "activation", "recurrentActivation", ...switches,
  "dropout", "recurrentDropout", ...baseKeys, ...inputKeys, ...recurrentTrainingKeys,
] as const;
type convLstmConfigKey = "filters" | "kernelSize" | "strides" | "padding" | "dataFormat" | "dilationRate" | "useBias" | "returnSequences" | "returnState" | "stateful";

// --- messages --------------------------------------------------------------------------------------

type seqLayout<r extends SpatialRank, f> = layout<r, f> extends `(batch, ${infer rest}` ? `(batch, time, ${rest}` : never;
const seqLayout = (r: SpatialRank, f: DataFormat): string => layout(r, f).replace("(batch, ", "(batch, time, ");

export type convLstmRank<layer extends string, rank extends string, layout extends string, got extends string, gotRank extends string> =
  `${layer} needs an input of rank ${rank}, ${layout}, a sequence of images, but got ${got} of rank ${gotRank}. Fix: give each sample a time axis before the image axes, e.g. input({ shape: [10, 64, 64, 1] }); for one image per sample use a convolution instead.`;
export const convLstmRank = <layer extends string, rank extends string, layout extends string, got extends string, gotRank extends string>(
  layer: layer,
  rank: rank,
  layout: layout,
  got: got,
  gotRank: gotRank,
): convLstmRank<layer, rank, layout, got, gotRank> =>
  `${layer} needs an input of rank ${rank}, ${layout}, a sequence of images, but got ${got} of rank ${gotRank}. Fix: give each sample a time axis before the image axes, e.g. input({ shape: [10, 64, 64, 1] }); for one image per sample use a convolution instead.`;

export type convLstmStatic<layer extends string, got extends string> =
  `${layer} needs its spatial axes and channels known (its states have the step's output shape), but got ${got}. Fix: give every axis but batch and time a size in the input shape, as Keras 3 requires ("ConvLSTM layers only support static input shapes for the spatial dimension").`;
export const convLstmStatic = <layer extends string, got extends string>(layer: layer, got: got): convLstmStatic<layer, got> =>
  `${layer} needs its spatial axes and channels known (its states have the step's output shape), but got ${got}. Fix: give every axis but batch and time a size in the input shape, as Keras 3 requires ("ConvLSTM layers only support static input shapes for the spatial dimension").`;

// --- type level ------------------------------------------------------------------------------------

type stepRank = { 1: 4; 2: 5; 3: 6 };
/** Whether any of the step's spatial axes or its channels is unknown. */
type anyNull<s extends readonly unknown[]> = null extends s[number] ? true : false;
/** `[b, t, ...rest]` from the step output `[b, ...rest]`. */
type withTime<o, t> = o extends readonly [infer b, ...infer rest] ? [b, t, ...rest] : Dim[];

/** The output shapes of a ConvLSTM on input `s`: `[output]` or `[output, h, c]`, or a `ShapeErr`. */
export type convLstmOutputs<layer extends string, r extends SpatialRank, s, c, seq, state, stateful, f = formatOf<c>> = s extends Shape
  ? number extends s["length"]
    ? switchOn<state, [Dim[], Dim[], Dim[]], [Dim[]]>
    : s["length"] extends stepRank[r]
      ? s extends readonly [infer b, infer t, ...infer step]
        ? knownFormat<f> extends false
          ? switchOn<state, [Dim[], Dim[], Dim[]], [Dim[]]>
          : anyNull<step> extends true
            ? ShapeErr<convLstmStatic<layer, formatShape<s>>>
            : [stateful] extends [true]
              ? [b] extends [null]
                ? ShapeErr<statefulBatch<layer, formatShape<s>>>
                : stepOutputs<layer, r, [b, ...step], c, t, seq, state>
              : stepOutputs<layer, r, [b, ...step], c, t, seq, state>
        : never
      : ShapeErr<convLstmRank<layer, `${stepRank[r]}`, seqLayout<r, f>, formatShape<s>, `${s["length"]}`>>
  : never;
type stepOutputs<layer extends string, r extends SpatialRank, step, c, t, seq, state> = convShape<layer, r, step, c> extends infer o
  ? o extends ShapeErr<string>
    ? o
    : switchOn<state, [switchOn<seq, withTime<o, t>, o>, o, o], [switchOn<seq, withTime<o, t>, o>]>
  : never;

/** The kernel, recurrent kernel and bias of a ConvLSTM on input `s`. */
type convLstmWeights<r extends SpatialRank, s, c> = s extends readonly [Dim, Dim, ...infer step extends Dim[]]
  ? Mul<4, opt<c, "filters", number>> extends infer f4
    ? [
        ["kernel", [...perAxis<opt<c, "kernelSize", 1>, r>, channelsOf<[null, ...step], formatOf<c>>, f4]],
        ["recurrent_kernel", [...perAxis<opt<c, "kernelSize", 1>, r>, opt<c, "filters", number>, f4]],
        ...(flag<c, "useBias", true> extends infer b ? (b extends true ? [["bias", [f4]]] : []) : never),
      ]
    : never
  : [];

export interface ConvLSTMRule<layer extends string, r extends SpatialRank, c> extends MultiRule {
  readonly layer: layer;
  readonly outputs: convLstmOutputs<layer, r, this["input"], c, flag<c, "returnSequences", false>, flag<c, "returnState", false>, flag<c, "stateful", false>>;
  readonly output: oneOutput<layer, this["outputs"], flag<c, "returnState", false>>;
  readonly states: convLstmOutputs<layer, r, this["input"], c, false, true, false> extends readonly [unknown, infer h, infer c2] ? [h, c2] : Dim[];
  readonly weights: convLstmWeights<r, this["input"], c>;
}

/** Everything that can be wrong with a ConvLSTM's options, first problem first. */
export type checkConvLstm<layer extends string, r extends SpatialRank, o> = firstErr<
  [
    checkKeys<layer, o, typeof convLstmKeys>,
    checkFilters<layer, o>,
    ...checkWindow<layer, r, o>,
    checkDilation<layer, r, o>,
    checkFraction<layer, "dropout", o extends { readonly dropout: infer x } ? x : undefined>,
    checkFraction<layer, "recurrentDropout", o extends { readonly recurrentDropout: infer x } ? x : undefined>,
    declaredInput<layer, o>,
  ]
>;

/** A ConvLSTM layer type of `r` spatial axes: `ConvLSTM2D<{ filters: 64; kernelSize: 5; padding: "same" }>`. */
export interface ConvLSTM<layer extends string, r extends SpatialRank, c> extends MultiOutputLayer<ConvLSTMRule<layer, r, c>, declaredOf<layer, c>> {
  readonly className: layer;
}
export interface ConvLSTM1D<c = {}> extends ConvLSTM<"ConvLSTM1D", 1, c> {}
export interface ConvLSTM2D<c = {}> extends ConvLSTM<"ConvLSTM2D", 2, c> {}
export interface ConvLSTM3D<c = {}> extends ConvLSTM<"ConvLSTM3D", 3, c> {}

// --- runtime twin ------------------------------------------------------------------------------------

export class ConvLSTMLayer extends WindowLayer {
  declare readonly filters: number;
  declare readonly recurrentActivation: ActivationIdentifier;
  declare readonly unitForgetBias: boolean;
  declare readonly returnSequences: boolean;
  declare readonly returnState: boolean;
  declare readonly goBackwards: boolean;
  declare readonly stateful: boolean;
  declare readonly dropout: number;
  declare readonly recurrentDropout: number;

  constructor(o: LooseOptions<ConvLSTMOptions<SpatialRank>>, className: string, rank: SpatialRank) {
    checkKeys(className, o, convLstmKeys);
    checkFilters(className, o.filters);
    checkWindow(className, o, rank);
    for (const k of switches) checkBoolean(className, k, o[k]);
    checkDropouts(className, o);
    checkActivation(className, o.recurrentActivation);
    super({ ...o, activation: o.activation ?? "tanh" }, className, rank, ["valid", "same"]);
    Object.assign(this, {
      filters: o.filters,
      recurrentActivation: o.recurrentActivation ?? "sigmoid",
      unitForgetBias: o.unitForgetBias ?? true,
      ...sequenceSettings(o),
    });
  }

  protected outputChannels(): number {
    return this.filters;
  }

  /** The output of one step, `(batch, *spatial_out, filters)`, after the checks of the whole input. */
  private stepOutput(s: Shape): Shape {
    const r = this.rank;
    if (s.length !== r + 3) fail(convLstmRank(this.className, String(r + 3), seqLayout(r, this.dataFormat), formatShape(s), String(s.length)), this.name);
    if (s.slice(2).some((d) => d === null)) fail(convLstmStatic(this.className, formatShape(s)), this.name);
    if (this.stateful && s[0] === null) fail(statefulBatch(this.className, formatShape(s)), this.name);
    return super.computeOutputShape([s[0]!, ...s.slice(2)]);
  }

  override computeOutputShapes(s: Shape): Shape[] {
    const o = this.stepOutput(s);
    const out: Shape = this.returnSequences ? [o[0]!, s[1]!, ...o.slice(1)] : o;
    return this.returnState ? [out, o, o] : [out];
  }
  override computeOutputShape(s: Shape): Shape {
    return this.computeOutputShapes(s)[0]!;
  }

  /** The input, and the tensors of `{ initialState }` when given: h and c, each of the step output's shape. */
  protected override inputOf(x: unknown, call?: unknown): { tensors: SymbolicTensor[]; shape: Shape } {
    const input = super.inputOf(x);
    const given = (call as { initialState?: unknown } | undefined)?.initialState;
    if (call === undefined || given === undefined) return input;
    const state = this.stepOutput(input.shape);
    const states = Array.isArray(given) ? given : [given];
    const fits = states.length === 2 && states.every((t) => t instanceof SymbolicTensor && t.shape.length === state.length && firstDisagreement(t.shape, state) === -1);
    if (!fits) {
      const got = `[${states.map((t) => (t instanceof SymbolicTensor ? formatShape(t.shape) : describe(t))).join(", ")}]`;
      fail(initialState(this.className, "2", formatShape(state), got), this.name);
    }
    return { tensors: [...input.tensors, ...(states as SymbolicTensor[])], shape: input.shape };
  }

  override weightSpecs(s: Shape): Record<string, WeightSpec> {
    const step: Shape = [s[0]!, ...s.slice(2)];
    const f4 = 4 * this.filters;
    return {
      kernel: { shape: [...this.kernelSize, this.channelsIn(step), f4] },
      recurrent_kernel: { shape: [...this.kernelSize, this.filters, f4] },
      ...(this.useBias && { bias: { shape: [f4] } }),
    };
  }

  /** Keras 3's config, its defaults written out. */
  protected override kerasOwnConfig(): Record<string, unknown> {
    const t = (this.trainingOptions ?? {}) as RecurrentTrainingOptions;
    const { kernel_size, strides, padding, data_format, dilation_rate, activation, use_bias } = super.kerasOwnConfig();
    return {
      filters: this.filters, kernel_size, strides, padding, data_format, dilation_rate, activation,
      recurrent_activation: snake(this.recurrentActivation),
      use_bias,
      ...recurrentInitializersConfig(t),
      unit_forget_bias: this.unitForgetBias,
      ...recurrentRegularizersConfig(t),
      ...sequenceConfig(this),
    };
  }
}

type convLstmConfig<o> = declaredConfig<o, convLstmConfigKey>;

/**
 * A 1D convolutional LSTM over `(batch, time, steps, channels)`: each step convolved as Conv1D would.
 *
 * @example
 * ```ts
 * convLstm1d({ filters: 4, kernelSize: 3 })(input({ shape: [5, 10, 2] }));  // SymbolicTensor<[null, 8, 4]>: 4 * 4 * (3 * 2 + 3 * 4 + 1) = 304 params
 * ```
 */
export function convLstm1d<const o extends ConvLSTMOptionsCall<1>>(
  options: CheckedOptions<checkConvLstm<"ConvLSTM1D", 1, o>, o, ConvLSTMOptions<1>>,
): ConvLSTM1D<convLstmConfig<o>>;
export function convLstm1d(options: unknown): unknown {
  return new ConvLSTMLayer(readOptions(options) as ConvLSTMOptions<1>, "ConvLSTM1D", 1);
}

/**
 * A 2D convolutional LSTM over `(batch, time, rows, cols, channels)`: each frame convolved as Conv2D
 * would; the keras.io next-frame model stacks them.
 *
 * @example
 * ```ts
 * convLstm2d({ filters: 64, kernelSize: 5, padding: "same", returnSequences: true })(input({ shape: [null, 64, 64, 1] }));
 * // SymbolicTensor<[null, null, 64, 64, 64]>: 25 * 1 * 256 + 25 * 64 * 256 + 256 = 416,256 params
 * ```
 */
export function convLstm2d<const o extends ConvLSTMOptionsCall<2>>(
  options: CheckedOptions<checkConvLstm<"ConvLSTM2D", 2, o>, o, ConvLSTMOptions<2>>,
): ConvLSTM2D<convLstmConfig<o>>;
export function convLstm2d(options: unknown): unknown {
  return new ConvLSTMLayer(readOptions(options) as ConvLSTMOptions<2>, "ConvLSTM2D", 2);
}

/**
 * A 3D convolutional LSTM over `(batch, time, depth, rows, cols, channels)`.
 *
 * @example
 * ```ts
 * convLstm3d({ filters: 2, kernelSize: 3 })(input({ shape: [4, 6, 6, 6, 1] }));  // SymbolicTensor<[null, 4, 4, 4, 2]>
 * ```
 */
export function convLstm3d<const o extends ConvLSTMOptionsCall<3>>(
  options: CheckedOptions<checkConvLstm<"ConvLSTM3D", 3, o>, o, ConvLSTMOptions<3>>,
): ConvLSTM3D<convLstmConfig<o>>;
export function convLstm3d(options: unknown): unknown {
  return new ConvLSTMLayer(readOptions(options) as ConvLSTMOptions<3>, "ConvLSTM3D", 3);
}
