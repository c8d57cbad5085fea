/**
 * AveragePooling3D: each window of `poolSize` over the three spatial axes of a volume becomes its mean,
 * channel by channel. Input `(batch, dim1, dim2, dim3, channels)` with `channelsLast` (the default) or
 * `(batch, channels, dim1, dim2, dim3)` with `channelsFirst`; the channels axis is kept. No weights.
 */
import type { declaredOf } from "../../core/config.js";
import type { Spatial } from "../../core/conv.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { Layer } from "../../core/layer.js";
import { BasePoolingLayer, type checkPooling, type poolConfig, type PoolingOptions, type PoolingRule } from "./base-pooling.js";
import { readOptions } from "../../core/read-options.js";
import type { AveragePooling3DOptions as AveragePooling3DOptionsCall } from "../option-calls.js";

export interface AveragePooling3DOptions extends PoolingOptions<3> {
  /** The window each output value averages: one size for every spatial axis, or one per axis. Required, as in Keras 3. */
  readonly poolSize: Spatial<3>;
}

/** An AveragePooling3D layer type; `c` is the part of its options that decides shapes: `AveragePooling3D<{ poolSize: 3 }>`. */
export interface AveragePooling3D<c = {}> extends Layer<PoolingRule<"AveragePooling3D", 3, c>, declaredOf<"AveragePooling3D", c>> {
  readonly className: "AveragePooling3D";
}

/**
 * Average pooling over 3 spatial axes: a window of `poolSize` slides with `strides` (default `poolSize`)
 * and `padding`. With `padding: "valid"` each axis becomes `floor((n - poolSize) / strides) + 1`; with
 * `"same"`, `ceil(n / strides)`.
 *
 * @example
 * ```ts
 * averagePooling3d({ poolSize: 3 })(input({ shape: [30, 30, 30, 3] }));           // SymbolicTensor<[null, 10, 10, 10, 3]>
 * ```
 */
export function averagePooling3d<const o extends AveragePooling3DOptionsCall>(
  options: CheckedOptions<checkPooling<"AveragePooling3D", 3, o>, o, AveragePooling3DOptions>,
): AveragePooling3D<poolConfig<o>>;
export function averagePooling3d(options: unknown = {}): unknown {
  return new BasePoolingLayer(readOptions(options) as AveragePooling3DOptions, "AveragePooling3D", 3, undefined);
}
