/**
 * AveragePooling1D: each window of `poolSize` over the steps of a sequence becomes its mean, channel by
 * channel. Input `(batch, steps, features)` with `channelsLast` (the default) or `(batch, features,
 * steps)` with `channelsFirst`; the channels axis is kept. No weights.
 */
import type { declaredOf } from "../../core/config.js";
import type { Spatial } from "../../core/conv.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { Layer } from "../../core/layer.js";
import { BasePoolingLayer, type checkPooling, type poolConfig, type PoolingOptions, type PoolingRule } from "./base-pooling.js";
import { readOptions } from "../../core/read-options.js";
import type { AveragePooling1DOptions as AveragePooling1DOptionsCall } from "../option-calls.js";

export interface AveragePooling1DOptions extends PoolingOptions<1> {
  /** The window each output value averages: one size for every spatial axis, or one per axis. Required, as in Keras 3. */
  readonly poolSize: Spatial<1>;
}

/** An AveragePooling1D layer type; `c` is the part of its options that decides shapes: `AveragePooling1D<{ poolSize: 3 }>`. */
export interface AveragePooling1D<c = {}> extends Layer<PoolingRule<"AveragePooling1D", 1, c>, declaredOf<"AveragePooling1D", c>> {
  readonly className: "AveragePooling1D";
}

/**
 * Average pooling over 1 spatial axis: a window of `poolSize` slides with `strides` (default `poolSize`)
 * and `padding`. With `padding: "valid"` each axis becomes `floor((n - poolSize) / strides) + 1`; with
 * `"same"`, `ceil(n / strides)`.
 *
 * @example
 * ```ts
 * averagePooling1d({ poolSize: 4 })(input({ shape: [100, 8] }));                  // SymbolicTensor<[null, 25, 8]>
 * averagePooling1d({ poolSize: 2, padding: "same" })(input({ shape: [5, 8] }));   // SymbolicTensor<[null, 3, 8]>
 * ```
 */
export function averagePooling1d<const o extends AveragePooling1DOptionsCall>(
  options: CheckedOptions<checkPooling<"AveragePooling1D", 1, o>, o, AveragePooling1DOptions>,
): AveragePooling1D<poolConfig<o>>;
export function averagePooling1d(options: unknown = {}): unknown {
  return new BasePoolingLayer(readOptions(options) as AveragePooling1DOptions, "AveragePooling1D", 1, undefined);
}
