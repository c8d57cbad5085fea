/**
 * Conv2DTranspose: the transposed 2D convolution ("deconvolution"), which upsamples an image back to
 * the size a Conv2D with the same `kernelSize` and `strides` would have read. Input
 * `(batch, rows, cols, channels)` with `channelsLast` (the default) or `(batch, channels, rows, cols)`
 * with `channelsFirst`; the channels axis becomes `filters`. Kernel `[kRows, kCols, filters, channels]`,
 * bias `[filters]`.
 *
 * ```ts
 * conv2dTranspose({ filters: 16, kernelSize: 3, strides: 2, padding: "same" })(input({ shape: [14, 14, 32] })); // SymbolicTensor<[null, 28, 28, 16]>: 4,624 params
 * ```
 */
import type { declaredOf } from "../../core/config.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { Layer } from "../../core/layer.js";
import { BaseConvTransposeLayer, convTransposeKeys, type checkConvTranspose, type ConvTransposeOptions, type ConvTransposeRule } from "./base-conv-transpose.js";
import type { convConfig } from "./base-conv.js";
import { readOptions } from "../../core/read-options.js";
import type { Conv2DTransposeOptions as Conv2DTransposeOptionsCall } from "../option-calls.js";

export interface Conv2DTransposeOptions extends ConvTransposeOptions<2> {}

/** A Conv2DTranspose layer type; `c` is the part of its options that decides shapes: `Conv2DTranspose<{ filters: 16; kernelSize: 3; strides: 2 }>`. */
export interface Conv2DTranspose<c = {}> extends Layer<ConvTransposeRule<"Conv2DTranspose", 2, c>, declaredOf<"Conv2DTranspose", c>> {
  readonly className: "Conv2DTranspose";
}

/**
 * A transposed 2D convolution: each spatial axis of n becomes `(n - 1) * strides + max(kernel span, strides)`
 * with `padding: "valid"` (the default), `n * strides` with `"same"`; `outputPadding` sets the remainder.
 *
 * @example
 * ```ts
 * conv2dTranspose({ filters: 16, kernelSize: 3, strides: 2, padding: "same" })(input({ shape: [14, 14, 32] }));  // SymbolicTensor<[null, 28, 28, 16]>
 * conv2dTranspose({ filters: 2, kernelSize: 7, strides: 16 })(input({ shape: [14, 14, 2] }));                     // SymbolicTensor<[null, 224, 224, 2]>
 * ```
 */
export function conv2dTranspose<const o extends Conv2DTransposeOptionsCall>(
  options: CheckedOptions<checkConvTranspose<"Conv2DTranspose", 2, o, typeof convTransposeKeys>, o, Conv2DTransposeOptions>,
): Conv2DTranspose<convConfig<o>>;
export function conv2dTranspose(options: unknown): unknown {
  return new BaseConvTransposeLayer(readOptions(options) as Conv2DTransposeOptions, "Conv2DTranspose", 2, convTransposeKeys);
}
