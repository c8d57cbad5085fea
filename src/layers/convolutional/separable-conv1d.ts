/**
 * SeparableConv1D: a depthwise 1D convolution (each feature on its own, `depthMultiplier` kernels
 * each) followed by a pointwise one that mixes the results into `filters`. Input
 * `(batch, steps, features)` with `channelsLast` (the default) or `(batch, features, steps)` with
 * `channelsFirst`. Weights `depthwise_kernel [kernelSize, features, depthMultiplier]`,
 * `pointwise_kernel [1, features * depthMultiplier, filters]`, `bias [filters]`.
 *
 * ```ts
 * separableConv1d({ filters: 3, kernelSize: 4, strides: 3, padding: "valid", depthMultiplier: 2 })(input({ shape: [10, 12] }));
 * // SymbolicTensor<[null, 3, 3]>: 12*4*2 + 24*3 + 3 = 171 params
 * ```
 */
import type { declaredOf } from "../../core/config.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { Layer } from "../../core/layer.js";
import { BaseSeparableConvLayer, separableConvKeys, type checkSeparableConv, type SeparableConvOptions, type SeparableConvRule } from "./base-separable-conv.js";
import type { convConfig } from "./base-conv.js";
import { readOptions } from "../../core/read-options.js";
import type { SeparableConv1DOptions as SeparableConv1DOptionsCall } from "../option-calls.js";

export interface SeparableConv1DOptions extends SeparableConvOptions<1> {}

/** A SeparableConv1D layer type; `c` is the part of its options that decides shapes: `SeparableConv1D<{ filters: 32; kernelSize: 3 }>`. */
export interface SeparableConv1D<c = {}> extends Layer<SeparableConvRule<"SeparableConv1D", 1, c>, declaredOf<"SeparableConv1D", c>> {
  readonly className: "SeparableConv1D";
}

/**
 * A separable 1D convolution: the steps change as a Conv1D's with the same window would, the features
 * axis becomes `filters`.
 *
 * @example
 * ```ts
 * separableConv1d({ filters: 32, kernelSize: 3 })(input({ shape: [100, 8] }));                    // SymbolicTensor<[null, 98, 32]>
 * separableConv1d({ filters: 32, kernelSize: 3, padding: "same" })(input({ shape: [100, 8] }));   // SymbolicTensor<[null, 100, 32]>
 * ```
 */
export function separableConv1d<const o extends SeparableConv1DOptionsCall>(
  options: CheckedOptions<checkSeparableConv<"SeparableConv1D", 1, o, typeof separableConvKeys>, o, SeparableConv1DOptions>,
): SeparableConv1D<convConfig<o>>;
export function separableConv1d(options: unknown): unknown {
  return new BaseSeparableConvLayer(readOptions(options) as SeparableConv1DOptions, "SeparableConv1D", 1, separableConvKeys);
}
