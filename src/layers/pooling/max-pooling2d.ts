/**
 * MaxPooling2D: each window of `poolSize` (default 2) over the rows and columns of an image becomes the
 * largest value in it, channel by channel. Input `(batch, rows, cols, channels)` with `channelsLast`
 * (the default) or `(batch, channels, rows, cols)` with `channelsFirst`; the channels axis is kept. No
 * weights.
 */
import type { declaredOf } from "../../core/config.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { Layer } from "../../core/layer.js";
import type { AnyKeys } from "../../core/options.js";
import { BasePoolingLayer, type checkPooling, type poolConfig, type PoolingOptions, type PoolingRule } from "./base-pooling.js";
import { readOptions, type OptionsCall } from "../../core/read-options.js";

export interface MaxPooling2DOptions extends PoolingOptions<2> {}

/** A MaxPooling2D layer type; `c` is the part of its options that decides shapes: `MaxPooling2D<{ poolSize: 3 }>`. */
export interface MaxPooling2D<c = {}> extends Layer<PoolingRule<"MaxPooling2D", 2, c>, declaredOf<"MaxPooling2D", c>> {
  readonly className: "MaxPooling2D";
}

/**
 * Max pooling over 2 spatial axes: a window of `poolSize` slides with `strides` (default `poolSize`)
 * and `padding`. With `padding: "valid"` each axis becomes `floor((n - poolSize) / strides) + 1`; with
 * `"same"`, `ceil(n / strides)`.
 *
 * @example
 * ```ts
 * maxPooling2d()(input({ shape: [28, 28, 1] }));                                   // SymbolicTensor<[null, 14, 14, 1]>
 * maxPooling2d({ poolSize: 3, strides: 2 })(input({ shape: [55, 55, 96] }));       // SymbolicTensor<[null, 27, 27, 96]>
 * maxPooling2d({ dataFormat: "channelsFirst" })(input({ shape: [3, 32, 32] }));   // SymbolicTensor<[null, 3, 16, 16]>
 * ```
 */
export function maxPooling2d<const o extends OptionsCall<MaxPooling2DOptions> & AnyKeys = {}>(
  options?: CheckedOptions<checkPooling<"MaxPooling2D", 2, o>, o, MaxPooling2DOptions>,
): MaxPooling2D<poolConfig<o>>;
export function maxPooling2d(options: unknown = {}): unknown {
  return new BasePoolingLayer(readOptions(options) as MaxPooling2DOptions, "MaxPooling2D", 2, 2);
}
