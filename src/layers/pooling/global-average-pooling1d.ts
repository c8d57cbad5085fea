/**
 * GlobalAveragePooling1D: each channel of a sequence becomes its mean over all its steps. Input
 * `(batch, steps, features)` with `channelsLast` (the default) or `(batch, features, steps)` with
 * `channelsFirst`; output `(batch, channels)`, or with `keepdims: true` the spatial axes kept with size
 * 1. No weights.
 */
import type { declaredOf } from "../../core/config.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { Layer } from "../../core/layer.js";
import type { AnyKeys } from "../../core/options.js";
import { BaseGlobalPoolingLayer, type checkGlobalPooling, type globalPoolConfig, type GlobalPoolingOptions, type GlobalPoolingRule } from "./base-global-pooling.js";
import { readOptions, type OptionsCall } from "../../core/read-options.js";

export interface GlobalAveragePooling1DOptions extends GlobalPoolingOptions {}

/** A GlobalAveragePooling1D layer type; `c` is the part of its options that decides shapes: `GlobalAveragePooling1D<{ keepdims: true }>`. */
export interface GlobalAveragePooling1D<c = {}> extends Layer<GlobalPoolingRule<"GlobalAveragePooling1D", 1, c>, declaredOf<"GlobalAveragePooling1D", c>> {
  readonly className: "GlobalAveragePooling1D";
}

/**
 * Global average pooling over 1 spatial axis: the output keeps the batch and channels axes.
 *
 * @example
 * ```ts
 * globalAveragePooling1d()(input({ shape: [100, 8] }));                      // SymbolicTensor<[null, 8]>
 * globalAveragePooling1d({ keepdims: true })(input({ shape: [100, 8] }));    // SymbolicTensor<[null, 1, 8]>
 * ```
 */
export function globalAveragePooling1d<const o extends OptionsCall<GlobalAveragePooling1DOptions> & AnyKeys = {}>(
  options?: CheckedOptions<checkGlobalPooling<"GlobalAveragePooling1D", o>, o, GlobalAveragePooling1DOptions>,
): GlobalAveragePooling1D<globalPoolConfig<o>>;
export function globalAveragePooling1d(options: unknown = {}): unknown {
  return new BaseGlobalPoolingLayer(readOptions(options) as GlobalAveragePooling1DOptions, "GlobalAveragePooling1D", 1);
}
