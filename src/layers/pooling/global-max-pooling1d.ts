/**
 * GlobalMaxPooling1D: each channel of a sequence becomes its largest value over all its steps. Input
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

export interface GlobalMaxPooling1DOptions extends GlobalPoolingOptions {}

/** A GlobalMaxPooling1D layer type; `c` is the part of its options that decides shapes: `GlobalMaxPooling1D<{ keepdims: true }>`. */
export interface GlobalMaxPooling1D<c = {}> extends Layer<GlobalPoolingRule<"GlobalMaxPooling1D", 1, c>, declaredOf<"GlobalMaxPooling1D", c>> {
  readonly className: "GlobalMaxPooling1D";
}

/**
 * Global max pooling over 1 spatial axis: the output keeps the batch and channels axes.
 *
 * @example
 * ```ts
 * globalMaxPooling1d()(input({ shape: [100, 8] }));                      // SymbolicTensor<[null, 8]>
 * globalMaxPooling1d({ keepdims: true })(input({ shape: [100, 8] }));    // SymbolicTensor<[null, 1, 8]>
 * ```
 */
export function globalMaxPooling1d<const o extends OptionsCall<GlobalMaxPooling1DOptions> & AnyKeys = {}>(
  options?: CheckedOptions<checkGlobalPooling<"GlobalMaxPooling1D", o>, o, GlobalMaxPooling1DOptions>,
): GlobalMaxPooling1D<globalPoolConfig<o>>;
export function globalMaxPooling1d(options: unknown = {}): unknown {
  return new BaseGlobalPoolingLayer(readOptions(options) as GlobalMaxPooling1DOptions, "GlobalMaxPooling1D", 1);
}
