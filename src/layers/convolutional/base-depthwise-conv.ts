/**
 * What DepthwiseConv1D and DepthwiseConv2D share, as Keras 3's BaseDepthwiseConv: each input channel
 * is convolved on its own with `depthMultiplier` kernels of `kernelSize`, so the channels axis becomes
 * `channels * depthMultiplier` and channels are never mixed. The spatial sizes are a Conv's with the
 * same window. Weights: `kernel [...kernelSize, channels, depthMultiplier]` (Keras 3's name; TF.js and
 * Keras 2 call it `depthwise_kernel`), `bias [channels * depthMultiplier]`. Strides and a dilation may
 * both be above 1, as Keras 3.15 allows (unlike Conv): `(n - d * (k - 1) - 1) / s + 1` rounded down.
 */
import type { Mul } from "../../core/arith.js";
import { perAxis, type channelsOf, type formatOf, type PositiveSpatial, type SpatialRank } from "../../core/conv.js";
import type { firstErr } from "../../core/errors.js";
import type { opt, InputKey } from "../../core/config.js";
import type { declaredInput } from "../../core/input-spec.js";
import type { Rule, WeightSpec } from "../../core/layer.js";
import { baseKeys, checkKeys, inputKeys, type Defined, type fastInput } from "../../core/options.js";
import type { PositiveSize } from "../../core/positive-size.js";
import type { Shape } from "../../core/shape.js";
import {
  checkDepthMultiplier,
  checkWindow,
  WindowLayer,
  type biasWeight,
  type LooseOptions,
  type WindowOptions,
  type windowShape,
} from "./base-conv.js";
import { checkTraining, depthwiseTrainingKeys, pickTraining, trainingConfig, type DepthwiseTrainingOptions } from "../../core/keras-config.js";

/** The options of a depthwise convolution over `r` spatial axes. */
export interface DepthwiseConvOptions<r extends SpatialRank> extends WindowOptions<r>, DepthwiseTrainingOptions {
  /** How many kernels each input channel gets: the output has `channels * depthMultiplier` channels; default 1. */
  readonly depthMultiplier?: number;
  /** Whether to add a bias vector of `[channels * depthMultiplier]`. Default `true`. */
  readonly useBias?: boolean;
}
export const depthwiseConvKeys = [
  "kernelSize", "strides", "padding", "depthMultiplier", "dataFormat", "dilationRate", "activation", "useBias",
  ...baseKeys, ...inputKeys, ...depthwiseTrainingKeys,
] as const;

/** The output shape of a depthwise convolution with config `c` on input `s`, or the `ShapeErr` saying why it cannot take `s`. */
export type depthwiseConvShape<layer extends string, r extends SpatialRank, s, c, f = formatOf<c>> =
  windowShape<layer, r, s, c, f, s extends Shape ? Mul<channelsOf<s, f>, opt<c, "depthMultiplier", 1>> : never>;

/** The kernel and the bias. */
export type depthwiseConvWeights<r extends SpatialRank, s, c> = s extends Shape
  ? channelsOf<s, formatOf<c>> extends infer ch
    ? [
        ["kernel", [...perAxis<opt<c, "kernelSize", 1>, r>, ch, opt<c, "depthMultiplier", 1>]],
        ...biasWeight<c, Mul<ch, opt<c, "depthMultiplier", 1>>>,
      ]
    : never
  : [];

export interface DepthwiseConvRule<layer extends string, r extends SpatialRank, c> extends Rule {
  readonly layer: layer;
  readonly output: depthwiseConvShape<layer, r, this["input"], c>;
  readonly weights: depthwiseConvWeights<r, this["input"], c>;
}

/** Everything that can be wrong with a depthwise convolution's options, first problem first. */
export type checkDepthwiseConv<layer extends string, r extends SpatialRank, o, keys extends readonly string[]> = [keyof o, o, o[keyof o]] extends [
  fastDepthwiseKey,
  fastDepthwiseOptions<r>,
  Defined,
]
  ? "ok" // the fast path (see `Defined` in options.ts)
  : firstErr<
  [
    checkKeys<layer, o, keys>,
    ...checkWindow<layer, r, o>,
    checkDepthMultiplier<layer, o>,
    declaredInput<layer, o>,
  ]
>;
/** The keys `checkDepthwiseConv`'s fast path takes: a depthwise convolution's but a dilation's and a declared input's. */
type fastDepthwiseKey = Exclude<(typeof depthwiseConvKeys)[number], "dilationRate" | InputKey>;
/** Depthwise convolution options `checkDepthwiseConv` certainly accepts. */
interface fastDepthwiseOptions<r extends SpatialRank> extends fastInput {
  readonly kernelSize?: PositiveSpatial<r>;
  readonly strides?: PositiveSpatial<r>;
  readonly depthMultiplier?: PositiveSize;
  readonly useBias?: boolean;
  readonly dilationRate?: never;
}

/** Runtime twin of `DepthwiseConvRule`. */
export class BaseDepthwiseConvLayer extends WindowLayer {
  declare readonly depthMultiplier: number;
  constructor(o: LooseOptions<DepthwiseConvOptions<SpatialRank>>, className: string, rank: SpatialRank, keys: readonly string[]) {
    checkKeys(className, o, keys);
    checkWindow(className, o, rank);
    checkDepthMultiplier(className, o.depthMultiplier ?? 1);
    checkTraining(className, o, depthwiseTrainingKeys);
    super(o, className, rank, ["valid", "same"], true);
    Object.assign(this, { depthMultiplier: o.depthMultiplier ?? 1, trainingOptions: pickTraining(o, depthwiseTrainingKeys) });
  }
  protected outputChannels(channels: number): number {
    return channels * this.depthMultiplier;
  }
  override weightSpecs(s: Shape): Record<string, WeightSpec> {
    const channels = this.channelsIn(s);
    const kernel = { shape: [...this.kernelSize, channels, this.depthMultiplier] };
    return this.useBias ? { kernel, bias: { shape: [channels * this.depthMultiplier] } } : { kernel };
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return {
      ...super.kerasOwnConfig(), depth_multiplier: this.depthMultiplier,
      ...trainingConfig(this.trainingOptions ?? {}, depthwiseTrainingKeys, { depthwiseInitializer: "GlorotUniform", biasInitializer: "Zeros" }),
    };
  }
}
