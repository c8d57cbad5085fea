/**
 * SeparableConv2D: a depthwise 2D convolution (each channel on its own, `depthMultiplier` kernels
 * each) followed by a pointwise 1x1 one that mixes the results into `filters`, as in Xception. Input
 * `(batch, rows, cols, channels)` with `channelsLast` (the default) or `(batch, channels, rows, cols)`
 * with `channelsFirst`. Weights `depthwise_kernel [kRows, kCols, channels, depthMultiplier]`,
 * `pointwise_kernel [1, 1, channels * depthMultiplier, filters]`, `bias [filters]`.
 *
 * ```ts
 * separableConv2d({ filters: 128, kernelSize: 3, padding: "same", useBias: false })(input({ shape: [147, 147, 64] }));
 * // SymbolicTensor<[null, 147, 147, 128]>: 3*3*64 + 64*128 = 8,768 params (Xception's block2_sepconv1)
 * ```
 */
import type { declaredOf } from "../../core/config.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { Layer } from "../../core/layer.js";
import { BaseSeparableConvLayer, separableConvKeys, type checkSeparableConv, type SeparableConvOptions, type SeparableConvRule } from "./base-separable-conv.js";
import type { convConfig } from "./base-conv.js";
import { readOptions } from "../../core/read-options.js";
import type { SeparableConv2DOptions as SeparableConv2DOptionsCall } from "../option-calls.js";

export interface SeparableConv2DOptions extends SeparableConvOptions<2> {}

/** A SeparableConv2D layer type; `c` is the part of its options that decides shapes: `SeparableConv2D<{ filters: 128; kernelSize: 3 }>`. */
export interface SeparableConv2D<c = {}> extends Layer<SeparableConvRule<"SeparableConv2D", 2, c>, declaredOf<"SeparableConv2D", c>> {
  readonly className: "SeparableConv2D";
}

/**
 * A separable 2D convolution: rows and columns change as a Conv2D's with the same window would, the
 * channels axis becomes `filters`, with far fewer weights than a Conv2D.
 *
 * @example
 * ```ts
 * separableConv2d({ filters: 128, kernelSize: 3, padding: "same" })(input({ shape: [147, 147, 64] }));  // SymbolicTensor<[null, 147, 147, 128]>
 * separableConv2d({ filters: 16, kernelSize: 3, depthMultiplier: 2 })(input({ shape: [32, 32, 3] }));    // SymbolicTensor<[null, 30, 30, 16]>
 * ```
 */
export function separableConv2d<const o extends SeparableConv2DOptionsCall>(
  options: CheckedOptions<checkSeparableConv<"SeparableConv2D", 2, o, typeof separableConvKeys>, o, SeparableConv2DOptions>,
): SeparableConv2D<convConfig<o>>;
export function separableConv2d(options: unknown): unknown {
  return new BaseSeparableConvLayer(readOptions(options) as SeparableConv2DOptions, "SeparableConv2D", 2, separableConvKeys);
}
