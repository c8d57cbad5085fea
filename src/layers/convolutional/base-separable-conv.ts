/**
 * What SeparableConv1D and SeparableConv2D share, as Keras 3's BaseSeparableConv: a depthwise step
 * (each input channel convolved on its own with `depthMultiplier` kernels of `kernelSize`), then a
 * pointwise step (a 1x1 convolution mixing the `channels * depthMultiplier` results into `filters`).
 * The output has the spatial sizes of a Conv with the same window and `filters` channels. Weights:
 * `depthwise_kernel [...kernelSize, channels, depthMultiplier]`, `pointwise_kernel [1, ..., channels *
 * depthMultiplier, filters]`, `bias [filters]`. Keras 3 gives them no `groups` and no `causal` padding;
 * strides and a dilation may both be above 1 (Keras 3.15 allows it, unlike Conv).
 */
import type { Mul } from "../../core/arith.js";
import { perAxis, type channelsOf, type formatOf, type SpatialRank } from "../../core/conv.js";
import type { firstErr } from "../../core/errors.js";
import type { opt } from "../../core/config.js";
import type { declaredInput } from "../../core/input-spec.js";
import type { Rule, WeightSpec } from "../../core/layer.js";
import { baseKeys, checkKeys, inputKeys } from "../../core/options.js";
import type { Shape } from "../../core/shape.js";
import {
  checkDepthMultiplier,
  checkFilters,
  checkWindow,
  WindowLayer,
  type biasWeight,
  type LooseOptions,
  type WindowOptions,
  type windowShape,
  type filtersOf,
} from "./base-conv.js";
import { checkTraining, pickTraining, separableTrainingKeys, trainingConfig, type SeparableTrainingOptions } from "../../core/keras-config.js";

/** The options of a separable convolution over `r` spatial axes. */
export interface SeparableConvOptions<r extends SpatialRank> extends WindowOptions<r>, SeparableTrainingOptions {
  /** How many pointwise kernels the layer has: the size of its output's channels axis. */
  readonly filters: number;
  /** How many depthwise kernels each input channel gets (the pointwise step sees `channels * depthMultiplier`); default 1. */
  readonly depthMultiplier?: number;
}
export const separableConvKeys = [
  "filters", "kernelSize", "strides", "padding", "dataFormat", "dilationRate", "depthMultiplier", "activation", "useBias",
  ...baseKeys, ...inputKeys, ...separableTrainingKeys,
] as const;

/** The output shape of a separable convolution with config `c` on input `s`, or the `ShapeErr` saying why it cannot take `s`. */
export type separableConvShape<layer extends string, r extends SpatialRank, s, c, f = formatOf<c>> =
  windowShape<layer, r, s, c, f, filtersOf<c>>;

/** The depthwise kernel, the pointwise kernel and the bias. */
export type separableConvWeights<r extends SpatialRank, s, c> = s extends Shape
  ? channelsOf<s, formatOf<c>> extends infer ch
    ? [
        ["depthwise_kernel", [...perAxis<opt<c, "kernelSize", 1>, r>, ch, opt<c, "depthMultiplier", 1>]],
        ["pointwise_kernel", [...perAxis<1, r>, Mul<ch, opt<c, "depthMultiplier", 1>>, filtersOf<c>]],
        ...biasWeight<c, filtersOf<c>>,
      ]
    : never
  : [];

export interface SeparableConvRule<layer extends string, r extends SpatialRank, c> extends Rule {
  readonly layer: layer;
  readonly output: separableConvShape<layer, r, this["input"], c>;
  readonly weights: separableConvWeights<r, this["input"], c>;
}

/** Everything that can be wrong with a separable convolution's options, first problem first. */
export type checkSeparableConv<layer extends string, r extends SpatialRank, o, keys extends readonly string[]> = firstErr<
  [
    checkKeys<layer, o, keys>,
    checkFilters<layer, o>,
    ...checkWindow<layer, r, o>,
    checkDepthMultiplier<layer, o>,
    declaredInput<layer, o>,
  ]
>;

/** Runtime twin of `SeparableConvRule`. */
export class BaseSeparableConvLayer extends WindowLayer {
  declare readonly filters: number;
  declare readonly depthMultiplier: number;
  constructor(o: LooseOptions<SeparableConvOptions<SpatialRank>>, className: string, rank: SpatialRank, keys: readonly string[]) {
    checkKeys(className, o, keys);
    checkFilters(className, o.filters);
    checkWindow(className, o, rank);
    checkDepthMultiplier(className, o.depthMultiplier ?? 1);
    checkTraining(className, o, separableTrainingKeys);
    super(o, className, rank, ["valid", "same"], true);
    Object.assign(this, { filters: o.filters, depthMultiplier: o.depthMultiplier ?? 1, trainingOptions: pickTraining(o, separableTrainingKeys) });
  }
  protected outputChannels(): number {
    return this.filters;
  }
  override weightSpecs(s: Shape): Record<string, WeightSpec> {
    const channels = this.channelsIn(s);
    return {
      depthwise_kernel: { shape: [...this.kernelSize, channels, this.depthMultiplier] },
      pointwise_kernel: { shape: [...perAxis(1, this.rank), channels * this.depthMultiplier, this.filters] },
      ...(this.useBias ? { bias: { shape: [this.filters] } } : {}),
    };
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return {
      filters: this.filters, ...super.kerasOwnConfig(), depth_multiplier: this.depthMultiplier,
      ...trainingConfig(this.trainingOptions ?? {}, separableTrainingKeys, {
        depthwiseInitializer: "GlorotUniform", pointwiseInitializer: "GlorotUniform", biasInitializer: "Zeros",
      }),
    };
  }
}
