/**
 * What every convolution shares, as Keras 3's convolutional/base_*.py files do: a window of
 * `kernelSize` slides over the spatial axes with `strides`, `dilationRate` and `padding`; the input
 * must have the layer's rank and a known channels axis. `WindowLayer` (with `checkWindow`,
 * `checkDilation` and `checkConvInput`) is that part; the transposed, separable and depthwise bases
 * build on it.
 *
 * This file also holds Keras's BaseConv, for Conv1D, Conv2D and Conv3D: the channels axis becomes
 * `filters`; the kernel is `[...kernelSize, channels / groups, filters]`, the bias `[filters]`.
 * Each concrete layer is a thin file that fixes the rank.
 */
import type { Eq, FloorDiv, Gt, Mul } from "../../core/arith.js";
import {
  checkChoice,
  checkSpatial,
  convSpatial,
  formatOf,
  joinShape,
  layout,
  notSpatial,
  perAxis,
  spatialRank,
  split,
  unknownChannels,
  type channelsOf,
  type fullRank,
  type knownFormat,
  type unknownLayout,
  type spatialOf,
  type DataFormat,
  type Padding,
  type PositiveSpatial,
  type Spatial,
  type SpatialRank,
} from "../../core/conv.js";
import type { declaredConfig, flag, opt, weightIf, InputKey } from "../../core/config.js";
import { fail, type firstErr, type OptionErr, type ShapeErr } from "../../core/errors.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import { SingleInputLayer, type BaseLayerOptions, type Rule, type WeightSpec } from "../../core/layer.js";
import { baseKeys, checkKeys, checkPositive, formatOption, inputKeys, type Defined, type fastInput, type has } from "../../core/options.js";
import type { PositiveSize } from "../../core/positive-size.js";
import { formatShape, type Dim, type Shape } from "../../core/shape.js";
import { checkActivation, type ActivationIdentifier } from "../core/activation.js";
import { checkTraining, kernelTrainingConfig, kernelTrainingKeys, pickTraining, snake, type KernelTrainingOptions } from "../../core/keras-config.js";

/** The options every convolution takes: its window, where the channels are, its activation and bias. */
export interface WindowOptions<r extends SpatialRank> extends BaseLayerOptions, InputSpecOptions {
  /** The window each kernel covers: one size for every spatial axis, or one per axis. */
  readonly kernelSize: Spatial<r>;
  /** How far the window moves each step; default 1. `strides > 1` cannot go with `dilationRate > 1`. */
  readonly strides?: Spatial<r>;
  /** `valid` (default; no padding, the output shrinks) or `same` (the output keeps `ceil(n / strides)`). */
  readonly padding?: Padding;
  /** Where the channels axis is; default `channelsLast`. */
  readonly dataFormat?: DataFormat;
  /** Spacing between the kernel's taps; default 1. */
  readonly dilationRate?: Spatial<r>;
  /** Applied to the output; shape is unchanged. Default `linear` (none). */
  readonly activation?: ActivationIdentifier;
  /** Whether to add a bias vector. Default `true`. */
  readonly useBias?: boolean;
}

/** The options of a convolution over `r` spatial axes. */
export interface ConvOptions<r extends SpatialRank> extends WindowOptions<r>, KernelTrainingOptions {
  /** How many kernels the layer has: the size of its output's channels axis. */
  readonly filters: number;
  /** Split the channels into this many groups, each convolved with `filters / groups` kernels; default 1 (Keras 3). */
  readonly groups?: number;
  /** Whether to add a bias vector of `[filters]`. Default `true`. */
  readonly useBias?: boolean;
}
export const convKeys = [
  "filters", "kernelSize", "strides", "padding", "dataFormat", "dilationRate", "groups", "activation", "useBias",
  ...baseKeys, ...inputKeys, ...kernelTrainingKeys,
] as const;
/** The options that decide a convolution's shapes and weights: what its type keeps. */
type shapeKeys = "filters" | "kernelSize" | "strides" | "padding" | "outputPadding" | "dataFormat" | "dilationRate" | "groups" | "depthMultiplier" | "useBias";

/**
 * The part of a convolution's options its type keeps: `{ filters: 64; kernelSize: 3; padding: "same" }`,
 * with a declared input (any spelling) as `batchInputShape: [null, 28, 28, 1]`, as Dense keeps it.
 */
export type convConfig<o> = declaredConfig<o, shapeKeys>;
/** A layer's filters as its rule reads them: a string (refused at the call) is unknown, `number`. */
export type filtersOf<c> = numberOnly<opt<c, "filters", number>>;
type numberOnly<f> = f extends string ? number : f;

// --- messages --------------------------------------------------------------------------------------

export type stridesWithDilation<layer extends string, strides extends string, dilation extends string> =
  `${layer}: strides > 1 cannot go with dilationRate > 1 (Keras forbids it), but got strides ${strides} and dilationRate ${dilation}. Fix: use strides: 1 with a dilation, or dilationRate: 1 with strides.`;
export const stridesWithDilation = <layer extends string, strides extends string, dilation extends string>(
  layer: layer,
  strides: strides,
  dilation: dilation,
): stridesWithDilation<layer, strides, dilation> =>
  `${layer}: strides > 1 cannot go with dilationRate > 1 (Keras forbids it), but got strides ${strides} and dilationRate ${dilation}. Fix: use strides: 1 with a dilation, or dilationRate: 1 with strides.`;

export type filtersNotDivisible<layer extends string, filters extends string, groups extends string> =
  `${layer}: filters must divide evenly into groups, but got filters ${filters} and groups ${groups}. Fix: make filters a multiple of groups.`;
export const filtersNotDivisible = <layer extends string, filters extends string, groups extends string>(
  layer: layer,
  filters: filters,
  groups: groups,
): filtersNotDivisible<layer, filters, groups> =>
  `${layer}: filters must divide evenly into groups, but got filters ${filters} and groups ${groups}. Fix: make filters a multiple of groups.`;

export type channelsNotDivisible<layer extends string, channels extends string, groups extends string, got extends string> =
  `${layer}: the input's ${channels} channels must divide evenly into groups ${groups}, but they do not: ${got}. Fix: make groups a divisor of the channels, or change the channels.`;
export const channelsNotDivisible = <layer extends string, channels extends string, groups extends string, got extends string>(
  layer: layer,
  channels: channels,
  groups: groups,
  got: got,
): channelsNotDivisible<layer, channels, groups, got> =>
  `${layer}: the input's ${channels} channels must divide evenly into groups ${groups}, but they do not: ${got}. Fix: make groups a divisor of the channels, or change the channels.`;

// --- shared type-level parts -------------------------------------------------------------------------

/** Whether some axis is certainly above 1: a size the compiler does not know (`number`) is not. */
type anyAbove1<v extends readonly unknown[]> = true extends { [i in keyof v]: Gt<v[i], 1> extends true ? true : false }[number] ? true : false;
type divides<g, n> = [g] extends [1] ? true : Eq<Mul<FloorDiv<n, g>, g>, n> extends false ? false : true;

/** The rank and channels checks every convolution makes on its input `s`: the `ShapeErr`, or `"ok"`. */
export type checkConvInput<layer extends string, r extends SpatialRank, s extends Shape, f> = s["length"] extends fullRank[r]
  ? [channelsOf<s, f>] extends [null]
    ? ShapeErr<unknownChannels<layer, f extends "channelsFirst" ? "1" : "-1", layout<r, f>, formatShape<s>>>
    : "ok"
  : ShapeErr<spatialRank<layer, r, f, formatShape<s>, `${s["length"]}`>>;

/**
 * The output of config `c`'s window sliding over `s` (Conv, DepthwiseConv, SeparableConv), with
 * `channels` output channels, or the `ShapeErr` for the first axis the window does not fit.
 */
export type slideShape<layer extends string, r extends SpatialRank, s extends Shape, c, f, channels> = convSpatial<
  layer, "kernel (after dilation)", r, f, s, spatialOf<s, f>,
  perAxis<opt<c, "kernelSize", 1>, r>, perAxis<opt<c, "strides", 1>, r>, perAxis<opt<c, "dilationRate", 1>, r>, opt<c, "padding", "valid">
> extends infer sp
  ? sp extends readonly unknown[] ? joinShape<s[0], sp, channels, f> : sp
  : never;

/** `checkConvInput`, then `slideShape`: the output of a window that does not change with the channels (DepthwiseConv, SeparableConv). */
export type windowShape<layer extends string, r extends SpatialRank, s, c, f, channels> = s extends Shape
  ? checkConvInput<layer, r, s, f> extends infer e extends ShapeErr<string>
    ? e
    : knownFormat<f> extends false
      ? unknownLayout<r, s>
      : slideShape<layer, r, s, c, f, channels>
  : never;

/**
 * The bias entry of a layer's weights, `[["bias", [n]]]`, or `[]` with `useBias: false`; both (a union)
 * when the compiler cannot tell which (`useBias: boolean`).
 */
export type biasWeight<c, n> = weightIf<flag<c, "useBias", true>, ["bias", [n]]>;

/** The checks of a convolution's window options, in the order they are reported: kernelSize, strides, dilationRate. */
export type checkWindow<layer extends string, r extends SpatialRank, o> = [
  // kernelSize is required: `undefined` (plain JavaScript, or a value that may be undefined) is refused as
  // the runtime refuses it, not read as the default window.
  o extends { readonly kernelSize: infer k }
    ? undefined extends k
      ? 0 extends 1 & k ? "ok" : OptionErr<notSpatial<layer, "kernelSize", `${r}`, "undefined", "the window each kernel covers", "3">, "kernelSize">
      : checkSpatial<layer, "kernelSize", k, r, "the window each kernel covers", "3">
    : "ok",
  checkSpatial<layer, "strides", opt<o, "strides", undefined>, r, "how far the window moves each step", "1">,
  checkSpatial<layer, "dilationRate", opt<o, "dilationRate", undefined>, r, "the spacing of the kernel's taps", "1">,
];
export const checkWindow = (layer: string, o: { readonly kernelSize?: unknown; readonly strides?: unknown; readonly dilationRate?: unknown }, r: SpatialRank): void => {
  // kernelSize is required: plain JavaScript may leave it out, which checkSpatial lets pass as "not given".
  if (o.kernelSize === undefined) fail(notSpatial(layer, "kernelSize", String(r), "undefined", "the window each kernel covers", "3"));
  checkSpatial(layer, "kernelSize", o.kernelSize, r, "the window each kernel covers", "3");
  checkSpatial(layer, "strides", o.strides, r, "how far the window moves each step", "1");
  checkSpatial(layer, "dilationRate", o.dilationRate, r, "the spacing of the kernel's taps", "1");
};

/**
 * An error at `dilationRate` when some stride and some dilation are both above 1 (Keras forbids it for
 * Conv, ConvTranspose and ConvLSTM; DepthwiseConv and SeparableConv take it since Keras 3.15), or
 * `"ok"`. Unions are checked member by member (`dilationRate: 1 | 2` with `strides: 2` names the 2);
 * a size the compiler does not know is not above 1 (the runtime checks it).
 */
export type checkDilation<layer extends string, r extends SpatialRank, o> = has<o, "strides"> extends true
  ? has<o, "dilationRate"> extends true
    ? clashes<r, opt<o, "strides", 1>, opt<o, "dilationRate", 1>> extends infer bad
      ? [bad] extends [never]
        ? "ok"
        : bad extends [infer s, infer d] ? OptionErr<stridesWithDilation<layer, formatOption<s>, formatOption<d>>, "dilationRate"> : never
      : never
    : "ok"
  : "ok";
/** The pairs `[strides, dilationRate]` of the options' members that Keras forbids together. */
type clashes<r extends SpatialRank, s, d> = s extends unknown
  ? d extends unknown
    ? [anyAbove1<perAxis<s, r>>, anyAbove1<perAxis<d, r>>] extends [true, true] ? [s, d] : never
    : never
  : never;
export const checkDilation = (layer: string, o: { readonly strides?: Spatial<SpatialRank>; readonly dilationRate?: Spatial<SpatialRank> }, r: SpatialRank): void => {
  if (o.strides === undefined || o.dilationRate === undefined) return;
  if (perAxis(o.strides, r).some((v) => v > 1) && perAxis(o.dilationRate, r).some((v) => v > 1))
    fail(stridesWithDilation(layer, formatOption(o.strides), formatOption(o.dilationRate)));
};

/** An error at `filters` unless it is a positive integer, or `"ok"`. */
export type checkFilters<layer extends string, o> =
  checkPositive<layer, "filters", opt<o, "filters", number>, "the number of kernels, the size of the output's channels axis", "32">;
export const checkFilters = (layer: string, n: unknown): void =>
  checkPositive(layer, "filters", n, "the number of kernels, the size of the output's channels axis", "32");

/** An error at `depthMultiplier` unless it is a positive integer, or `"ok"`. */
export type checkDepthMultiplier<layer extends string, o> =
  checkPositive<layer, "depthMultiplier", opt<o, "depthMultiplier", 1>, "how many output channels each input channel gets", "1">;
export const checkDepthMultiplier = (layer: string, n: unknown): void =>
  checkPositive(layer, "depthMultiplier", n, "how many output channels each input channel gets", "1");

// --- Conv1D/2D/3D: type-level rule -------------------------------------------------------------------

/**
 * The output shape of a convolution of `r` spatial axes with config `c` on input `s`, or the
 * `ShapeErr` saying why it cannot take `s`.
 */
export type convShape<layer extends string, r extends SpatialRank, s, c, f = formatOf<c>> = s extends Shape
  ? checkConvInput<layer, r, s, f> extends infer e extends ShapeErr<string>
    ? e
    : knownFormat<f> extends false
      ? unknownLayout<r, s>
    : divides<opt<c, "groups", 1>, channelsOf<s, f>> extends false
      ? ShapeErr<channelsNotDivisible<layer, `${channelsOf<s, f> & number}`, `${opt<c, "groups", 1> & number}`, formatShape<s>>>
      : slideShape<layer, r, s, c, f, filtersOf<c>>
  : never;

/** The kernel and bias of a convolution with config `c` on input `s`. */
export type convWeights<r extends SpatialRank, s, c> = s extends Shape
  ? [
      ["kernel", [...perAxis<opt<c, "kernelSize", 1>, r>, FloorDiv<channelsOf<s, formatOf<c>>, opt<c, "groups", 1>>, filtersOf<c>]],
      ...biasWeight<c, filtersOf<c>>,
    ]
  : [];

export interface ConvRule<layer extends string, r extends SpatialRank, c> extends Rule {
  readonly layer: layer;
  readonly output: convShape<layer, r, this["input"], c>;
  readonly weights: convWeights<r, this["input"], c>;
}

/**
 * Everything that can be wrong with a convolution's options, first problem first. Options of the
 * usual kind (sizes up to 1,024, no groups, dilation or declared input) are "ok" by one relation, the
 * fast path `Defined` in options.ts describes: a conv2d call 216 -> 141 instantiations on ResNet50's
 * 53 factory calls, the first call of a program 2,548 -> 1,606 (issue 17).
 */
export type checkConv<layer extends string, r extends SpatialRank, o, keys extends readonly string[]> = [keyof o, o, o[keyof o]] extends [fastConvKey, fastConvOptions<r>, Defined]
  ? "ok"
  : firstErr<
  [
    checkKeys<layer, o, keys>,
    checkFilters<layer, o>,
    ...checkWindow<layer, r, o>,
    checkPositive<layer, "groups", opt<o, "groups", 1>, "how many groups the channels are split into", "1">,
    checkGroups<layer, o>,
    checkDilation<layer, r, o>,
    declaredInput<layer, o>,
  ]
>;
/**
 * The keys `checkConv`'s fast path takes (see `Defined` in options.ts): a convolution's but those only
 * its full check reads (groups, a dilation, a declared input). Not generic, so that a call does not
 * instantiate it (read from `keys`, it cost about 2 instantiations a call).
 */
type fastConvKey = Exclude<(typeof convKeys)[number], "groups" | "dilationRate" | InputKey>;
/** Convolution options `checkConv` certainly accepts. */
interface fastConvOptions<r extends SpatialRank> extends fastInput {
  readonly filters?: PositiveSize;
  readonly kernelSize?: PositiveSpatial<r>;
  readonly strides?: PositiveSpatial<r>;
  readonly useBias?: boolean;
  readonly groups?: never;
  readonly dilationRate?: never;
}
type checkGroups<layer extends string, o> = divides<opt<o, "groups", 1>, opt<o, "filters", 1>> extends false
  ? OptionErr<filtersNotDivisible<layer, `${opt<o, "filters", 1> & number}`, `${opt<o, "groups", 1> & number}`>, "groups">
  : "ok";

// --- runtime twins -----------------------------------------------------------------------------------

/** Options as plain JavaScript may pass them: any padding string (checked at run time). */
export type LooseOptions<o> = Omit<o, "padding"> & { readonly padding?: string };

/**
 * Runtime twin of the parts every convolution shares. A subclass checks its own options first (keys,
 * then its sizes, then `checkWindow`, in the type level's order) and then calls this constructor,
 * which checks strides against dilation, the choices and the declared input.
 */
export abstract class WindowLayer extends SingleInputLayer {
  declare readonly rank: SpatialRank;
  declare readonly kernelSize: number[];
  declare readonly strides: number[];
  declare readonly dilationRate: number[];
  declare readonly padding: string;
  declare readonly dataFormat: DataFormat;
  declare readonly useBias: boolean;
  declare readonly activation: ActivationIdentifier;
  /**
   * `stridesWithDilation`: whether strides and a dilation may both be above 1. Conv, ConvTranspose and
   * ConvLSTM refuse it (Keras 3: base_conv.py, base_conv_transpose.py, rnn/conv_lstm.py); DepthwiseConv and
   * SeparableConv take it since Keras 3.15 (base_depthwise_conv.py, base_separable_conv.py: b98faa73d2).
   */
  constructor(o: LooseOptions<WindowOptions<SpatialRank>>, className: string, rank: SpatialRank, paddings: readonly string[], stridesWithDilation = false) {
    if (!stridesWithDilation) checkDilation(className, o, rank);
    checkChoice(className, "padding", o.padding, paddings);
    checkChoice(className, "dataFormat", o.dataFormat, ["channelsLast", "channelsFirst"]);
    checkActivation(className, o.activation);
    super(o, className, declaredInput(className, o));
    Object.assign(this, {
      rank,
      kernelSize: perAxis(o.kernelSize, rank),
      strides: perAxis(o.strides ?? 1, rank),
      dilationRate: perAxis(o.dilationRate ?? 1, rank),
      padding: o.padding ?? "valid",
      dataFormat: formatOf(o),
      useBias: o.useBias ?? true,
      activation: o.activation ?? "linear",
    });
  }
  /** Runtime twin of `checkConvInput`, then the layer's own spatial sizes and channels. */
  computeOutputShape(s: Shape): Shape {
    const { rank: r, dataFormat: f } = this;
    if (s.length !== r + 2) fail(spatialRank(this.className, r, f, formatShape(s), String(s.length)), this.name);
    const { batch, spatial, channels } = split(s, f);
    if (channels === null) return fail(unknownChannels(this.className, f === "channelsFirst" ? "1" : "-1", layout(r, f), formatShape(s)), this.name);
    return joinShape(batch, this.outputSpatial(spatial, channels, s), this.outputChannels(channels), f);
  }
  /** The size of the output's channels axis. */
  protected abstract outputChannels(channels: number): number;
  /**
   * The output's spatial sizes, or a ShapeError for what else the input must satisfy: by default the
   * window slid over them (runtime twin of `slideShape`'s spatial part).
   */
  protected outputSpatial(spatial: Dim[], _channels: number, s: Shape): Dim[] {
    return convSpatial(
      this.className, this.name, "kernel (after dilation)", this.rank, this.dataFormat, s,
      spatial, this.kernelSize, this.strides, this.dilationRate, this.padding,
    );
  }
  /** The number of input channels, for weight shapes (called only after `computeOutputShape` accepted `s`). */
  protected channelsIn(s: Shape): number {
    return split(s, this.dataFormat).channels as number;
  }
  /** The Keras config every convolution shares: its window, data format, activation and bias. */
  protected override kerasOwnConfig(): Record<string, unknown> {
    return {
      kernel_size: [...this.kernelSize], strides: [...this.strides], padding: this.padding, data_format: snake(this.dataFormat),
      dilation_rate: [...this.dilationRate], activation: snake(this.activation), use_bias: this.useBias,
    };
  }
}

/** Runtime twin of `ConvRule`. */
export class BaseConvLayer extends WindowLayer {
  declare readonly filters: number;
  declare readonly groups: number;
  constructor(o: LooseOptions<ConvOptions<SpatialRank>>, className: string, rank: SpatialRank, keys: readonly string[], paddings: readonly string[]) {
    checkKeys(className, o, keys);
    checkFilters(className, o.filters);
    checkWindow(className, o, rank);
    const groups = o.groups ?? 1;
    checkPositive(className, "groups", groups, "how many groups the channels are split into", "1");
    if (o.filters % groups !== 0) fail(filtersNotDivisible(className, String(o.filters), String(groups)));
    checkTraining(className, o);
    super(o, className, rank, paddings);
    Object.assign(this, { filters: o.filters, groups, trainingOptions: pickTraining(o, kernelTrainingKeys) });
  }
  protected override outputSpatial(spatial: Dim[], channels: number, s: Shape): Dim[] {
    if (channels % this.groups !== 0) fail(channelsNotDivisible(this.className, String(channels), String(this.groups), formatShape(s)), this.name);
    return super.outputSpatial(spatial, channels, s);
  }
  protected outputChannels(): number {
    return this.filters;
  }
  override weightSpecs(s: Shape): Record<string, WeightSpec> {
    const kernel = { shape: [...this.kernelSize, this.channelsIn(s) / this.groups, this.filters] };
    return this.useBias ? { kernel, bias: { shape: [this.filters] } } : { kernel };
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { filters: this.filters, ...super.kerasOwnConfig(), groups: this.groups, ...kernelTrainingConfig(this.trainingOptions ?? {}) };
  }
}
