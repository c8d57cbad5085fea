/**
 * DepthwiseConv1D: each feature of a sequence convolved on its own with `depthMultiplier` kernels, so
 * the features axis becomes `features * depthMultiplier`. Input `(batch, steps, features)` with
 * `channelsLast` (the default) or `(batch, features, steps)` with `channelsFirst`. Weights
 * `kernel [kernelSize, features, depthMultiplier]`, `bias [features * depthMultiplier]`.
 *
 * ```ts
 * depthwiseConv1d({ kernelSize: 3, depthMultiplier: 3, strides: 2 })(input({ shape: [10, 12] }));   // SymbolicTensor<[null, 4, 36]>: 144 params
 * ```
 */
import type { declaredOf } from "../../core/config.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { Layer } from "../../core/layer.js";
import { BaseDepthwiseConvLayer, depthwiseConvKeys, type checkDepthwiseConv, type DepthwiseConvOptions, type DepthwiseConvRule } from "./base-depthwise-conv.js";
import type { convConfig } from "./base-conv.js";
import { readOptions } from "../../core/read-options.js";
import type { DepthwiseConv1DOptions as DepthwiseConv1DOptionsCall } from "../option-calls.js";

export interface DepthwiseConv1DOptions extends DepthwiseConvOptions<1> {}

/** A DepthwiseConv1D layer type; `c` is the part of its options that decides shapes: `DepthwiseConv1D<{ kernelSize: 3; depthMultiplier: 3 }>`. */
export interface DepthwiseConv1D<c = {}> extends Layer<DepthwiseConvRule<"DepthwiseConv1D", 1, c>, declaredOf<"DepthwiseConv1D", c>> {
  readonly className: "DepthwiseConv1D";
}

/**
 * A depthwise 1D convolution: the steps change as a Conv1D's with the same window would; the features
 * axis is multiplied by `depthMultiplier`.
 *
 * @example
 * ```ts
 * depthwiseConv1d({ kernelSize: 3, depthMultiplier: 3, strides: 2 })(input({ shape: [10, 12] }));   // SymbolicTensor<[null, 4, 36]>
 * depthwiseConv1d({ kernelSize: 5, padding: "same" })(input({ shape: [100, 8] }));                  // SymbolicTensor<[null, 100, 8]>
 * ```
 */
export function depthwiseConv1d<const o extends DepthwiseConv1DOptionsCall>(
  options: CheckedOptions<checkDepthwiseConv<"DepthwiseConv1D", 1, o, typeof depthwiseConvKeys>, o, DepthwiseConv1DOptions>,
): DepthwiseConv1D<convConfig<o>>;
export function depthwiseConv1d(options: unknown): unknown {
  return new BaseDepthwiseConvLayer(readOptions(options) as DepthwiseConv1DOptions, "DepthwiseConv1D", 1, depthwiseConvKeys);
}
