/**
 * What Conv1DTranspose, Conv2DTranspose and Conv3DTranspose share, as Keras 3's BaseConvTranspose:
 * the way back from a convolution's output to the shape of its input. Each spatial axis grows by
 * `strides` (see `convTransposeLength` in core/conv.ts); the channels axis becomes `filters`. The
 * kernel is `[...kernelSize, filters, channels]` (the two last axes swapped from Conv's), the bias
 * `[filters]`. Keras 3 gives the transposed layers no `groups` and no `causal` padding.
 */
import type { Gte, NotNaturals } from "../../core/arith.js";
import {
  convTransposeSpatial,
  formatOf,
  joinShape,
  perAxis,
  type channelsOf,
  type knownFormat,
  type unknownLayout,
  type spatialOf,
  type Padding,
  type Spatial,
  type SpatialRank,
} from "../../core/conv.js";
import { fail, type firstErr, type OptionErr, type ShapeErr } from "../../core/errors.js";
import type { opt } from "../../core/config.js";
import type { declaredInput } from "../../core/input-spec.js";
import type { Rule, WeightSpec } from "../../core/layer.js";
import { baseKeys, checkKeys, formatOption, inputKeys } from "../../core/options.js";
import type { Dim, Shape } from "../../core/shape.js";
import {
  checkDilation,
  checkFilters,
  checkWindow,
  WindowLayer,
  type biasWeight,
  type checkConvInput,
  type LooseOptions,
  type filtersOf,
  type WindowOptions,
} from "./base-conv.js";
import { checkTraining, kernelTrainingConfig, kernelTrainingKeys, pickTraining, type KernelTrainingOptions } from "../../core/keras-config.js";

/** The options of a transposed convolution over `r` spatial axes. */
export interface ConvTransposeOptions<r extends SpatialRank> extends Omit<WindowOptions<r>, "padding" | "strides">, KernelTrainingOptions {
  /** How many kernels the layer has: the size of its output's channels axis. */
  readonly filters: number;
  /** How much each spatial axis grows (the stride of the convolution this one undoes); default 1. `strides > 1` cannot go with `dilationRate > 1`. */
  readonly strides?: Spatial<r>;
  /** `valid` (default): an axis of n becomes `(n - 1) * strides + max(kernel span, strides)`; `same`: `n * strides`. */
  readonly padding?: Padding;
  /**
   * Extra size at the end of each output axis, below `strides` on that axis; when given, an axis of n
   * becomes `(n - 1) * strides + kernel span + outputPadding` (`valid`) or `(n - 1) * strides +
   * kernel span % 2 + outputPadding` (`same`). Default: left out, so that the sizes above apply.
   */
  readonly outputPadding?: Spatial<r>;
}
export const convTransposeKeys = [
  "filters", "kernelSize", "strides", "padding", "outputPadding", "dataFormat", "dilationRate", "activation", "useBias",
  ...baseKeys, ...inputKeys, ...kernelTrainingKeys,
] as const;

// --- messages --------------------------------------------------------------------------------------

export type badOutputPadding<layer extends string, rank extends string, got extends string> =
  `${layer}: outputPadding must be a non-negative integer or a list of ${rank} non-negative integers (the size added at the end of each output axis), but got ${got}. Fix: use e.g. outputPadding: 1, below strides, or leave it out.`;
export const badOutputPadding = <layer extends string, rank extends string, got extends string>(
  layer: layer,
  rank: rank,
  got: got,
): badOutputPadding<layer, rank, got> =>
  `${layer}: outputPadding must be a non-negative integer or a list of ${rank} non-negative integers (the size added at the end of each output axis), but got ${got}. Fix: use e.g. outputPadding: 1, below strides, or leave it out.`;

export type outputPaddingNotBelowStrides<layer extends string, outputPadding extends string, strides extends string> =
  `${layer}: outputPadding must be smaller than strides on every axis (Keras requires it), but got outputPadding ${outputPadding} and strides ${strides}. Fix: lower outputPadding below the stride of each axis, or leave it out.`;
export const outputPaddingNotBelowStrides = <layer extends string, outputPadding extends string, strides extends string>(
  layer: layer,
  outputPadding: outputPadding,
  strides: strides,
): outputPaddingNotBelowStrides<layer, outputPadding, strides> =>
  `${layer}: outputPadding must be smaller than strides on every axis (Keras requires it), but got outputPadding ${outputPadding} and strides ${strides}. Fix: lower outputPadding below the stride of each axis, or leave it out.`;

// --- type-level rule ---------------------------------------------------------------------------------

/** The output shape of a transposed convolution of `r` spatial axes with config `c` on input `s`, or the `ShapeErr` saying why it cannot take `s`. */
export type convTransposeShape<layer extends string, r extends SpatialRank, s, c, f = formatOf<c>> = s extends Shape
  ? checkConvInput<layer, r, s, f> extends infer e extends ShapeErr<string>
    ? e
    : knownFormat<f> extends false
      ? unknownLayout<r, s>
    : joinShape<
        s[0],
        convTransposeSpatial<
          spatialOf<s, f>, perAxis<opt<c, "kernelSize", 1>, r>, perAxis<opt<c, "strides", 1>, r>, perAxis<opt<c, "dilationRate", 1>, r>,
          opt<c, "padding", "valid">, perAxis<opt<c, "outputPadding", undefined>, r>
        >,
        filtersOf<c>,
        f
      >
  : never;

/** The kernel `[...kernelSize, filters, channels]` and the bias `[filters]`. */
export type convTransposeWeights<r extends SpatialRank, s, c> = s extends Shape
  ? [
      ["kernel", [...perAxis<opt<c, "kernelSize", 1>, r>, filtersOf<c>, channelsOf<s, formatOf<c>>]],
      ...biasWeight<c, filtersOf<c>>,
    ]
  : [];

export interface ConvTransposeRule<layer extends string, r extends SpatialRank, c> extends Rule {
  readonly layer: layer;
  readonly output: convTransposeShape<layer, r, this["input"], c>;
  readonly weights: convTransposeWeights<r, this["input"], c>;
}

/** Everything that can be wrong with a transposed convolution's options, first problem first. */
export type checkConvTranspose<layer extends string, r extends SpatialRank, o, keys extends readonly string[]> = firstErr<
  [
    checkKeys<layer, o, keys>,
    checkFilters<layer, o>,
    ...checkWindow<layer, r, o>,
    checkOutputPadding<layer, r, o>,
    checkDilation<layer, r, o>,
    declaredInput<layer, o>,
  ]
>;

/**
 * An error at `outputPadding` unless it is a non-negative integer (or a list of `r`) below the stride
 * of each axis, or `"ok"`. Non-literal numbers pass (the runtime checks them).
 */
export type checkOutputPadding<layer extends string, r extends SpatialRank, o, v = opt<o, "outputPadding", undefined>> = [v] extends [undefined]
  ? "ok"
  : ([v] extends [readonly unknown[]] ? (v["length"] extends r ? allNatural<v> : false) : [NotNaturals<v>] extends [never] ? true : false) extends true
    ? notBelow<r, v, opt<o, "strides", 1>> extends infer bad
      ? [bad] extends [never]
        ? "ok"
        : bad extends [infer p, infer s] ? OptionErr<outputPaddingNotBelowStrides<layer, formatOption<p>, formatOption<s>>, "outputPadding"> : never
      : never
    : OptionErr<badOutputPadding<layer, `${r}`, formatOption<v>>, "outputPadding">;
/**
 * The pairs `[outputPadding, strides]` of the options' members where the padding is not below the stride
 * on some axis: each member of a union (`outputPadding: 2 | 3` with strides 3) is checked as its literal
 * is, and the error names it.
 */
type notBelow<r extends SpatialRank, v, s> = v extends unknown
  ? s extends unknown
    ? anyNotBelow<perAxis<v, r>, perAxis<s, r>> extends true ? [v, s] : never
    : never
  : never;
type allNatural<v extends readonly unknown[]> = v extends readonly [infer a, ...infer rest] ? ([NotNaturals<a>] extends [never] ? allNatural<rest> : false) : true;
type anyNotBelow<a extends readonly unknown[], b extends readonly unknown[]> = a extends readonly [infer x, ...infer ar]
  ? b extends readonly [infer y, ...infer br]
    ? Gte<x, y> extends true ? true : anyNotBelow<ar, br>
    : false
  : false;
export const checkOutputPadding = (layer: string, o: { readonly outputPadding?: unknown; readonly strides?: Spatial<SpatialRank> }, r: SpatialRank): void => {
  const v = o.outputPadding;
  if (v === undefined) return;
  const ok = (n: unknown) => typeof n === "number" && Number.isSafeInteger(n) && n >= 0;
  if (Array.isArray(v) ? !(v.length === r && Array.from(v).every(ok)) : !ok(v)) fail(badOutputPadding(layer, String(r), formatOption(v)));
  const strides = perAxis(o.strides ?? 1, r);
  if (perAxis(v as Spatial<SpatialRank>, r).some((p, i) => p >= strides[i]!))
    fail(outputPaddingNotBelowStrides(layer, formatOption(v), formatOption(o.strides ?? 1)));
};

// --- runtime twin ------------------------------------------------------------------------------------

/** Runtime twin of `ConvTransposeRule`. */
export class BaseConvTransposeLayer extends WindowLayer {
  declare readonly filters: number;
  declare readonly outputPadding: number[] | undefined;
  constructor(o: LooseOptions<ConvTransposeOptions<SpatialRank>>, className: string, rank: SpatialRank, keys: readonly string[]) {
    checkKeys(className, o, keys);
    checkFilters(className, o.filters);
    checkWindow(className, o, rank);
    checkOutputPadding(className, o, rank);
    checkTraining(className, o);
    super(o, className, rank, ["valid", "same"]);
    Object.assign(this, {
      filters: o.filters,
      outputPadding: o.outputPadding === undefined ? undefined : perAxis(o.outputPadding, rank),
      trainingOptions: pickTraining(o, kernelTrainingKeys),
    });
  }
  protected override outputSpatial(spatial: Dim[]): Dim[] {
    return convTransposeSpatial(spatial, this.kernelSize, this.strides, this.dilationRate, this.padding, this.outputPadding);
  }
  protected outputChannels(): number {
    return this.filters;
  }
  override weightSpecs(s: Shape): Record<string, WeightSpec> {
    const kernel = { shape: [...this.kernelSize, this.filters, this.channelsIn(s)] };
    return this.useBias ? { kernel, bias: { shape: [this.filters] } } : { kernel };
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    const outputPadding = this.outputPadding === undefined ? null : [...this.outputPadding];
    return { filters: this.filters, ...super.kerasOwnConfig(), output_padding: outputPadding, ...kernelTrainingConfig(this.trainingOptions ?? {}) };
  }
}
