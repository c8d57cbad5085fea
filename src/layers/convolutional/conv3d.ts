/**
 * Conv3D: `filters` kernels slide over three spatial axes (a volume, or frames x rows x cols). Input
 * `(batch, dim1, dim2, dim3, channels)` with `channelsLast` (the default) or
 * `(batch, channels, dim1, dim2, dim3)` with `channelsFirst`. Kernel `[k1, k2, k3, channels, filters]`,
 * bias `[filters]`.
 *
 * ```ts
 * conv3d({ filters: 8, kernelSize: 3 })(input({ shape: [16, 28, 28, 1] }));   // SymbolicTensor<[null, 14, 26, 26, 8]>
 * ```
 */
import type { declaredOf } from "../../core/config.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { Layer } from "../../core/layer.js";
import { BaseConvLayer, convKeys, type checkConv, type convConfig, type ConvOptions, type ConvRule } from "./base-conv.js";
import { readOptions } from "../../core/read-options.js";
import type { Conv3DOptions as Conv3DOptionsCall } from "../option-calls.js";

export interface Conv3DOptions extends ConvOptions<3> {}

/** A Conv3D layer type; `c` is the part of its options that decides shapes: `Conv3D<{ filters: 8; kernelSize: 3 }>`. */
export interface Conv3D<c = {}> extends Layer<ConvRule<"Conv3D", 3, c>, declaredOf<"Conv3D", c>> {
  readonly className: "Conv3D";
}

/**
 * A 3D convolution: input `(batch, dim1, dim2, dim3, channels)`, output with each spatial axis
 * shrunk or kept by its padding, and `filters` channels.
 *
 * @example
 * ```ts
 * conv3d({ filters: 8, kernelSize: 3 })(input({ shape: [16, 28, 28, 1] }));                    // SymbolicTensor<[null, 14, 26, 26, 8]>
 * conv3d({ filters: 8, kernelSize: [1, 3, 3], padding: "same" })(input({ shape: [16, 28, 28, 1] })); // SymbolicTensor<[null, 16, 28, 28, 8]>
 * ```
 */
export function conv3d<const o extends Conv3DOptionsCall>(
  options: CheckedOptions<checkConv<"Conv3D", 3, o, typeof convKeys>, o, Conv3DOptions>,
): Conv3D<convConfig<o>>;
export function conv3d(options: unknown): unknown {
  return new BaseConvLayer(readOptions(options) as Conv3DOptions, "Conv3D", 3, convKeys, ["valid", "same"]);
}
