/**
 * Conv1DTranspose: the transposed 1D convolution, which takes a sequence back to the length a
 * Conv1D with the same `kernelSize` and `strides` would have read. Input `(batch, steps, features)`
 * with `channelsLast` (the default) or `(batch, features, steps)` with `channelsFirst`; the features
 * axis becomes `filters`. Kernel `[kernelSize, filters, features]`, bias `[filters]`.
 *
 * ```ts
 * conv1dTranspose({ filters: 32, kernelSize: 3, strides: 2 })(input({ shape: [10, 128] }));   // SymbolicTensor<[null, 21, 32]>: 12,320 params
 * ```
 */
import type { declaredOf } from "../../core/config.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { Layer } from "../../core/layer.js";
import { BaseConvTransposeLayer, convTransposeKeys, type checkConvTranspose, type ConvTransposeOptions, type ConvTransposeRule } from "./base-conv-transpose.js";
import type { convConfig } from "./base-conv.js";
import { readOptions } from "../../core/read-options.js";
import type { Conv1DTransposeOptions as Conv1DTransposeOptionsCall } from "../option-calls.js";

export interface Conv1DTransposeOptions extends ConvTransposeOptions<1> {}

/** A Conv1DTranspose layer type; `c` is the part of its options that decides shapes: `Conv1DTranspose<{ filters: 32; kernelSize: 3; strides: 2 }>`. */
export interface Conv1DTranspose<c = {}> extends Layer<ConvTransposeRule<"Conv1DTranspose", 1, c>, declaredOf<"Conv1DTranspose", c>> {
  readonly className: "Conv1DTranspose";
}

/**
 * A transposed 1D convolution: each step axis of n becomes `(n - 1) * strides + max(kernel span, strides)`
 * with `padding: "valid"` (the default), `n * strides` with `"same"`; `outputPadding` sets the remainder.
 *
 * @example
 * ```ts
 * conv1dTranspose({ filters: 32, kernelSize: 3, strides: 2 })(input({ shape: [10, 128] }));                    // SymbolicTensor<[null, 21, 32]>
 * conv1dTranspose({ filters: 6, kernelSize: 2, strides: 3, padding: "same", outputPadding: 2 })(input({ shape: [8, 4] })); // SymbolicTensor<[null, 23, 6]>
 * ```
 */
export function conv1dTranspose<const o extends Conv1DTransposeOptionsCall>(
  options: CheckedOptions<checkConvTranspose<"Conv1DTranspose", 1, o, typeof convTransposeKeys>, o, Conv1DTransposeOptions>,
): Conv1DTranspose<convConfig<o>>;
export function conv1dTranspose(options: unknown): unknown {
  return new BaseConvTransposeLayer(readOptions(options) as Conv1DTransposeOptions, "Conv1DTranspose", 1, convTransposeKeys);
}
