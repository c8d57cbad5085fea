/**
 * GlobalAveragePooling3D: each channel of a volume becomes its mean over all its three spatial axes.
 * Input `(batch, dim1, dim2, dim3, channels)` with `channelsLast` (the default) or `(batch, channels,
 * dim1, dim2, dim3)` with `channelsFirst`; output `(batch, channels)`, or with `keepdims: true` the
 * spatial axes kept with size 1. No weights.
 */
import type { declaredOf } from "../../core/config.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { Layer } from "../../core/layer.js";
import type { AnyKeys } from "../../core/options.js";
import { BaseGlobalPoolingLayer, type checkGlobalPooling, type globalPoolConfig, type GlobalPoolingOptions, type GlobalPoolingRule } from "./base-global-pooling.js";
import { readOptions, type OptionsCall } from "../../core/read-options.js";

export interface GlobalAveragePooling3DOptions extends GlobalPoolingOptions {}

/** A GlobalAveragePooling3D layer type; `c` is the part of its options that decides shapes: `GlobalAveragePooling3D<{ keepdims: true }>`. */
export interface GlobalAveragePooling3D<c = {}> extends Layer<GlobalPoolingRule<"GlobalAveragePooling3D", 3, c>, declaredOf<"GlobalAveragePooling3D", c>> {
  readonly className: "GlobalAveragePooling3D";
}

/**
 * Global average pooling over 3 spatial axes: the output keeps the batch and channels axes.
 *
 * @example
 * ```ts
 * globalAveragePooling3d()(input({ shape: [8, 14, 14, 32] }));                   // SymbolicTensor<[null, 32]>
 * globalAveragePooling3d({ keepdims: true })(input({ shape: [8, 14, 14, 32] })); // SymbolicTensor<[null, 1, 1, 1, 32]>
 * ```
 */
export function globalAveragePooling3d<const o extends OptionsCall<GlobalAveragePooling3DOptions> & AnyKeys = {}>(
  options?: CheckedOptions<checkGlobalPooling<"GlobalAveragePooling3D", o>, o, GlobalAveragePooling3DOptions>,
): GlobalAveragePooling3D<globalPoolConfig<o>>;
export function globalAveragePooling3d(options: unknown = {}): unknown {
  return new BaseGlobalPoolingLayer(readOptions(options) as GlobalAveragePooling3DOptions, "GlobalAveragePooling3D", 3);
}
