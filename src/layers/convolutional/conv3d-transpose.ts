/**
 * Conv3DTranspose: the transposed 3D convolution, which upsamples a volume back to the size a Conv3D
 * with the same `kernelSize` and `strides` would have read. Input `(batch, dim1, dim2, dim3, channels)`
 * with `channelsLast` (the default) or `(batch, channels, dim1, dim2, dim3)` with `channelsFirst`.
 * Kernel `[k1, k2, k3, filters, channels]`, bias `[filters]`.
 *
 * ```ts
 * conv3dTranspose({ filters: 8, kernelSize: 2, strides: 2 })(input({ shape: [8, 8, 8, 4] }));   // SymbolicTensor<[null, 16, 16, 16, 8]>: 264 params
 * ```
 */
import type { declaredOf } from "../../core/config.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { Layer } from "../../core/layer.js";
import { BaseConvTransposeLayer, convTransposeKeys, type checkConvTranspose, type ConvTransposeOptions, type ConvTransposeRule } from "./base-conv-transpose.js";
import type { convConfig } from "./base-conv.js";
import { readOptions } from "../../core/read-options.js";
import type { Conv3DTransposeOptions as Conv3DTransposeOptionsCall } from "../option-calls.js";

export interface Conv3DTransposeOptions extends ConvTransposeOptions<3> {}

/** A Conv3DTranspose layer type; `c` is the part of its options that decides shapes: `Conv3DTranspose<{ filters: 8; kernelSize: 2; strides: 2 }>`. */
export interface Conv3DTranspose<c = {}> extends Layer<ConvTransposeRule<"Conv3DTranspose", 3, c>, declaredOf<"Conv3DTranspose", c>> {
  readonly className: "Conv3DTranspose";
}

/**
 * A transposed 3D convolution: each spatial axis of n becomes `(n - 1) * strides + max(kernel span, strides)`
 * with `padding: "valid"` (the default), `n * strides` with `"same"`; `outputPadding` sets the remainder.
 *
 * @example
 * ```ts
 * conv3dTranspose({ filters: 8, kernelSize: 2, strides: 2 })(input({ shape: [8, 8, 8, 4] }));                     // SymbolicTensor<[null, 16, 16, 16, 8]>
 * conv3dTranspose({ filters: 6, kernelSize: [2, 2, 3], strides: [2, 1, 2] })(input({ shape: [8, 8, 8, 4] }));     // SymbolicTensor<[null, 16, 9, 17, 6]>
 * ```
 */
export function conv3dTranspose<const o extends Conv3DTransposeOptionsCall>(
  options: CheckedOptions<checkConvTranspose<"Conv3DTranspose", 3, o, typeof convTransposeKeys>, o, Conv3DTransposeOptions>,
): Conv3DTranspose<convConfig<o>>;
export function conv3dTranspose(options: unknown): unknown {
  return new BaseConvTransposeLayer(readOptions(options) as Conv3DTransposeOptions, "Conv3DTranspose", 3, convTransposeKeys);
}
