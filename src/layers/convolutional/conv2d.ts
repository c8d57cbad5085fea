/**
 * Conv2D: `filters` kernels slide over the rows and columns of an image. Input
 * `(batch, rows, cols, channels)` with `channelsLast` (the default) or `(batch, channels, rows, cols)`
 * with `channelsFirst`; the channels axis becomes `filters`. Kernel `[kRows, kCols, channels, filters]`,
 * bias `[filters]`.
 *
 * ```ts
 * const x = input({ shape: [50, 50, 3] });                          // SymbolicTensor<[null, 50, 50, 3]>
 * conv2d({ filters: 16, kernelSize: 3 })(x);                        // SymbolicTensor<[null, 48, 48, 16]>: 448 params
 * conv2d({ filters: 16, kernelSize: 3, padding: "same", strides: 2 })(x); // SymbolicTensor<[null, 25, 25, 16]>
 * ```
 */
import type { declaredOf } from "../../core/config.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { Layer } from "../../core/layer.js";
import { BaseConvLayer, convKeys, type checkConv, type convConfig, type ConvOptions, type ConvRule } from "./base-conv.js";
import { readOptions } from "../../core/read-options.js";
import type { Conv2DOptions as Conv2DOptionsCall } from "../option-calls.js";

export interface Conv2DOptions extends ConvOptions<2> {}

/** A Conv2D layer type; `c` is the part of its options that decides shapes: `Conv2D<{ filters: 16; kernelSize: 3 }>`. */
export interface Conv2D<c = {}> extends Layer<ConvRule<"Conv2D", 2, c>, declaredOf<"Conv2D", c>> {
  readonly className: "Conv2D";
}

/**
 * A 2D convolution: `filters` kernels of `kernelSize` slide over rows and columns with `strides`,
 * `padding` and `dilationRate`. With `padding: "valid"` each axis becomes
 * `floor((n - dilated kernel) / stride) + 1`; with `"same"`, `ceil(n / stride)`.
 *
 * @example
 * ```ts
 * conv2d({ filters: 16, kernelSize: 3 })(input({ shape: [50, 50, 3] }));                // SymbolicTensor<[null, 48, 48, 16]>
 * conv2d({ filters: 8, kernelSize: [3, 5], dataFormat: "channelsFirst" })(input({ shape: [3, 32, 32] })); // SymbolicTensor<[null, 8, 30, 28]>
 * ```
 */
export function conv2d<const o extends Conv2DOptionsCall>(
  options: CheckedOptions<checkConv<"Conv2D", 2, o, typeof convKeys>, o, Conv2DOptions>,
): Conv2D<convConfig<o>>;
export function conv2d(options: unknown): unknown {
  return new BaseConvLayer(readOptions(options) as Conv2DOptions, "Conv2D", 2, convKeys, ["valid", "same"]);
}
