/**
 * GlobalMaxPooling3D: each channel of a volume becomes its largest value over all its three spatial
 * axes. Input `(batch, dim1, dim2, dim3, channels)` with `channelsLast` (the default) or `(batch,
 * channels, dim1, dim2, dim3)` with `channelsFirst`; output `(batch, channels)`, or with `keepdims:
 * true` the spatial axes kept with size 1. No weights.
 */
import type { declaredOf } from "../../core/config.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { Layer } from "../../core/layer.js";
import type { AnyKeys } from "../../core/options.js";
import { BaseGlobalPoolingLayer, type checkGlobalPooling, type globalPoolConfig, type GlobalPoolingOptions, type GlobalPoolingRule } from "./base-global-pooling.js";
import { readOptions, type OptionsCall } from "../../core/read-options.js";

export interface GlobalMaxPooling3DOptions extends GlobalPoolingOptions {}

/** A GlobalMaxPooling3D layer type; `c` is the part of its options that decides shapes: `GlobalMaxPooling3D<{ keepdims: true }>`. */
export interface GlobalMaxPooling3D<c = {}> extends Layer<GlobalPoolingRule<"GlobalMaxPooling3D", 3, c>, declaredOf<"GlobalMaxPooling3D", c>> {
  readonly className: "GlobalMaxPooling3D";
}

/**
 * Global max pooling over 3 spatial axes: the output keeps the batch and channels axes.
 *
 * @example
 * ```ts
 * globalMaxPooling3d()(input({ shape: [8, 14, 14, 32] }));                   // SymbolicTensor<[null, 32]>
 * globalMaxPooling3d({ keepdims: true })(input({ shape: [8, 14, 14, 32] })); // SymbolicTensor<[null, 1, 1, 1, 32]>
 * ```
 */
export function globalMaxPooling3d<const o extends OptionsCall<GlobalMaxPooling3DOptions> & AnyKeys = {}>(
  options?: CheckedOptions<checkGlobalPooling<"GlobalMaxPooling3D", o>, o, GlobalMaxPooling3DOptions>,
): GlobalMaxPooling3D<globalPoolConfig<o>>;
export function globalMaxPooling3d(options: unknown = {}): unknown {
  return new BaseGlobalPoolingLayer(readOptions(options) as GlobalMaxPooling3DOptions, "GlobalMaxPooling3D", 3);
}
