/**
 * MaxPooling3D: each window of `poolSize` (default 2) over the three spatial axes of a volume becomes
 * the largest value in it, channel by channel. Input `(batch, dim1, dim2, dim3, channels)` with
 * `channelsLast` (the default) or `(batch, channels, dim1, dim2, dim3)` with `channelsFirst`; the
 * channels axis is kept. No weights.
 */
import type { declaredOf } from "../../core/config.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { Layer } from "../../core/layer.js";
import type { AnyKeys } from "../../core/options.js";
import { BasePoolingLayer, type checkPooling, type poolConfig, type PoolingOptions, type PoolingRule } from "./base-pooling.js";
import { readOptions, type OptionsCall } from "../../core/read-options.js";

export interface MaxPooling3DOptions extends PoolingOptions<3> {}

/** A MaxPooling3D layer type; `c` is the part of its options that decides shapes: `MaxPooling3D<{ poolSize: 3 }>`. */
export interface MaxPooling3D<c = {}> extends Layer<PoolingRule<"MaxPooling3D", 3, c>, declaredOf<"MaxPooling3D", c>> {
  readonly className: "MaxPooling3D";
}

/**
 * Max pooling over 3 spatial axes: a window of `poolSize` slides with `strides` (default `poolSize`)
 * and `padding`. With `padding: "valid"` each axis becomes `floor((n - poolSize) / strides) + 1`; with
 * `"same"`, `ceil(n / strides)`.
 *
 * @example
 * ```ts
 * maxPooling3d()(input({ shape: [16, 28, 28, 1] }));                               // SymbolicTensor<[null, 8, 14, 14, 1]>
 * maxPooling3d({ poolSize: [1, 2, 2] })(input({ shape: [16, 28, 28, 1] }));       // SymbolicTensor<[null, 16, 14, 14, 1]>
 * ```
 */
export function maxPooling3d<const o extends OptionsCall<MaxPooling3DOptions> & AnyKeys = {}>(
  options?: CheckedOptions<checkPooling<"MaxPooling3D", 3, o>, o, MaxPooling3DOptions>,
): MaxPooling3D<poolConfig<o>>;
export function maxPooling3d(options: unknown = {}): unknown {
  return new BasePoolingLayer(readOptions(options) as MaxPooling3DOptions, "MaxPooling3D", 3, 2);
}
