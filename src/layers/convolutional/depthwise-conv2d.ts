/**
 * DepthwiseConv2D: each channel of an image convolved on its own with `depthMultiplier` kernels, so
 * the channels axis becomes `channels * depthMultiplier` and channels are never mixed (MobileNet's
 * building block). Input `(batch, rows, cols, channels)` with `channelsLast` (the default) or
 * `(batch, channels, rows, cols)` with `channelsFirst`. Weights `kernel [kRows, kCols, channels,
 * depthMultiplier]`, `bias [channels * depthMultiplier]`.
 *
 * ```ts
 * depthwiseConv2d({ kernelSize: 3, padding: "same", useBias: false })(input({ shape: [112, 112, 32] }));
 * // SymbolicTensor<[null, 112, 112, 32]>: 288 params (MobileNetV2's expanded_conv_depthwise)
 * ```
 */
import type { declaredOf } from "../../core/config.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { Layer } from "../../core/layer.js";
import { BaseDepthwiseConvLayer, depthwiseConvKeys, type checkDepthwiseConv, type DepthwiseConvOptions, type DepthwiseConvRule } from "./base-depthwise-conv.js";
import type { convConfig } from "./base-conv.js";
import { readOptions } from "../../core/read-options.js";
import type { DepthwiseConv2DOptions as DepthwiseConv2DOptionsCall } from "../option-calls.js";

export interface DepthwiseConv2DOptions extends DepthwiseConvOptions<2> {}

/** A DepthwiseConv2D layer type; `c` is the part of its options that decides shapes: `DepthwiseConv2D<{ kernelSize: 3; padding: "same" }>`. */
export interface DepthwiseConv2D<c = {}> extends Layer<DepthwiseConvRule<"DepthwiseConv2D", 2, c>, declaredOf<"DepthwiseConv2D", c>> {
  readonly className: "DepthwiseConv2D";
}

/**
 * A depthwise 2D convolution: rows and columns change as a Conv2D's with the same window would; the
 * channels axis is multiplied by `depthMultiplier`.
 *
 * @example
 * ```ts
 * depthwiseConv2d({ kernelSize: 3, padding: "same" })(input({ shape: [112, 112, 32] }));            // SymbolicTensor<[null, 112, 112, 32]>
 * depthwiseConv2d({ kernelSize: 3, strides: 2, depthMultiplier: 2 })(input({ shape: [28, 28, 8] })); // SymbolicTensor<[null, 13, 13, 16]>
 * ```
 */
export function depthwiseConv2d<const o extends DepthwiseConv2DOptionsCall>(
  options: CheckedOptions<checkDepthwiseConv<"DepthwiseConv2D", 2, o, typeof depthwiseConvKeys>, o, DepthwiseConv2DOptions>,
): DepthwiseConv2D<convConfig<o>>;
export function depthwiseConv2d(options: unknown): unknown {
  return new BaseDepthwiseConvLayer(readOptions(options) as DepthwiseConv2DOptions, "DepthwiseConv2D", 2, depthwiseConvKeys);
}
