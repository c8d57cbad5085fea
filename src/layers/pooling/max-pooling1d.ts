/**
 * MaxPooling1D: each window of `poolSize` (default 2) over the steps of a sequence becomes the largest
 * value in it, channel by channel. Input `(batch, steps, features)` with `channelsLast` (the default)
 * or `(batch, features, steps)` with `channelsFirst`; the channels axis is kept. No weights.
 */
import type { declaredOf } from "../../core/config.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { Layer } from "../../core/layer.js";
import type { AnyKeys } from "../../core/options.js";
import { BasePoolingLayer, type checkPooling, type poolConfig, type PoolingOptions, type PoolingRule } from "./base-pooling.js";
import { readOptions, type OptionsCall } from "../../core/read-options.js";

export interface MaxPooling1DOptions extends PoolingOptions<1> {}

/** A MaxPooling1D layer type; `c` is the part of its options that decides shapes: `MaxPooling1D<{ poolSize: 3 }>`. */
export interface MaxPooling1D<c = {}> extends Layer<PoolingRule<"MaxPooling1D", 1, c>, declaredOf<"MaxPooling1D", c>> {
  readonly className: "MaxPooling1D";
}

/**
 * Max pooling over 1 spatial axis: a window of `poolSize` slides with `strides` (default `poolSize`)
 * and `padding`. With `padding: "valid"` each axis becomes `floor((n - poolSize) / strides) + 1`; with
 * `"same"`, `ceil(n / strides)`.
 *
 * @example
 * ```ts
 * maxPooling1d()(input({ shape: [100, 8] }));                                      // SymbolicTensor<[null, 50, 8]>
 * maxPooling1d({ poolSize: 3, strides: 1, padding: "same" })(input({ shape: [100, 8] })); // SymbolicTensor<[null, 100, 8]>
 * ```
 */
export function maxPooling1d<const o extends OptionsCall<MaxPooling1DOptions> & AnyKeys = {}>(
  options?: CheckedOptions<checkPooling<"MaxPooling1D", 1, o>, o, MaxPooling1DOptions>,
): MaxPooling1D<poolConfig<o>>;
export function maxPooling1d(options: unknown = {}): unknown {
  return new BasePoolingLayer(readOptions(options) as MaxPooling1DOptions, "MaxPooling1D", 1, 2);
}
