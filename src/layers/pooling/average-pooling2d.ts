/**
 * AveragePooling2D: each window of `poolSize` over the rows and columns of an image becomes its mean,
 * channel by channel. Input `(batch, rows, cols, channels)` with `channelsLast` (the default) or
 * `(batch, channels, rows, cols)` with `channelsFirst`; the channels axis is kept. No weights.
 */
import type { declaredOf } from "../../core/config.js";
import type { Spatial } from "../../core/conv.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { Layer } from "../../core/layer.js";
import { BasePoolingLayer, type checkPooling, type poolConfig, type PoolingOptions, type PoolingRule } from "./base-pooling.js";
import { readOptions } from "../../core/read-options.js";
import type { AveragePooling2DOptions as AveragePooling2DOptionsCall } from "../option-calls.js";

export interface AveragePooling2DOptions extends PoolingOptions<2> {
  /** The window each output value averages: one size for every spatial axis, or one per axis. Required, as in Keras 3. */
  readonly poolSize: Spatial<2>;
}

/** An AveragePooling2D layer type; `c` is the part of its options that decides shapes: `AveragePooling2D<{ poolSize: 3 }>`. */
export interface AveragePooling2D<c = {}> extends Layer<PoolingRule<"AveragePooling2D", 2, c>, declaredOf<"AveragePooling2D", c>> {
  readonly className: "AveragePooling2D";
}

/**
 * Average pooling over 2 spatial axes: a window of `poolSize` slides with `strides` (default `poolSize`)
 * and `padding`. With `padding: "valid"` each axis becomes `floor((n - poolSize) / strides) + 1`; with
 * `"same"`, `ceil(n / strides)`.
 *
 * @example
 * ```ts
 * averagePooling2d({ poolSize: 2 })(input({ shape: [28, 28, 6] }));               // SymbolicTensor<[null, 14, 14, 6]>
 * averagePooling2d({ poolSize: 7 })(input({ shape: [7, 7, 2048] }));              // SymbolicTensor<[null, 1, 1, 2048]>
 * ```
 */
export function averagePooling2d<const o extends AveragePooling2DOptionsCall>(
  options: CheckedOptions<checkPooling<"AveragePooling2D", 2, o>, o, AveragePooling2DOptions>,
): AveragePooling2D<poolConfig<o>>;
export function averagePooling2d(options: unknown = {}): unknown {
  return new BasePoolingLayer(readOptions(options) as AveragePooling2DOptions, "AveragePooling2D", 2, undefined);
}
