/**
 * GlobalAveragePooling2D: each channel of an image becomes its mean over all its rows and columns.
 * Input `(batch, rows, cols, channels)` with `channelsLast` (the default) or `(batch, channels, rows,
 * cols)` with `channelsFirst`; output `(batch, channels)`, or with `keepdims: true` the spatial axes
 * kept with size 1. No weights.
 */
import type { declaredOf } from "../../core/config.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { Layer } from "../../core/layer.js";
import type { AnyKeys } from "../../core/options.js";
import { BaseGlobalPoolingLayer, type checkGlobalPooling, type globalPoolConfig, type GlobalPoolingOptions, type GlobalPoolingRule } from "./base-global-pooling.js";
import { readOptions, type OptionsCall } from "../../core/read-options.js";

export interface GlobalAveragePooling2DOptions extends GlobalPoolingOptions {}

/** A GlobalAveragePooling2D layer type; `c` is the part of its options that decides shapes: `GlobalAveragePooling2D<{ keepdims: true }>`. */
export interface GlobalAveragePooling2D<c = {}> extends Layer<GlobalPoolingRule<"GlobalAveragePooling2D", 2, c>, declaredOf<"GlobalAveragePooling2D", c>> {
  readonly className: "GlobalAveragePooling2D";
}

/**
 * Global average pooling over 2 spatial axes: the output keeps the batch and channels axes.
 *
 * @example
 * ```ts
 * globalAveragePooling2d()(input({ shape: [7, 7, 2048] }));                        // SymbolicTensor<[null, 2048]>
 * globalAveragePooling2d({ keepdims: true })(input({ shape: [7, 7, 2048] }));      // SymbolicTensor<[null, 1, 1, 2048]>
 * globalAveragePooling2d({ dataFormat: "channelsFirst" })(input({ shape: [64, 7, 7] })); // SymbolicTensor<[null, 64]>
 * ```
 */
export function globalAveragePooling2d<const o extends OptionsCall<GlobalAveragePooling2DOptions> & AnyKeys = {}>(
  options?: CheckedOptions<checkGlobalPooling<"GlobalAveragePooling2D", o>, o, GlobalAveragePooling2DOptions>,
): GlobalAveragePooling2D<globalPoolConfig<o>>;
export function globalAveragePooling2d(options: unknown = {}): unknown {
  return new BaseGlobalPoolingLayer(readOptions(options) as GlobalAveragePooling2DOptions, "GlobalAveragePooling2D", 2);
}
