/**
 * SpatialDropout1D: Dropout of whole feature maps (one choice per sample and channel) of a sequence
 * `(batch, steps, channels)`. The shape is unchanged.
 *
 * ```ts
 * spatialDropout1d({ rate: 0.2 })(input({ shape: [100, 16] }));   // SymbolicTensor<[null, 100, 16]>
 * ```
 */
import type { CheckedOptions } from "../../core/errors.js";
import type { Layer } from "../../core/layer.js";
import type { AnyKeys } from "../../core/options.js";
import { readOptions } from "../../core/read-options.js";
import { SpatialDropoutBase, spatialDropoutKeys, type checkSpatialDropout, type SpatialDropoutOptions, type SpatialDropoutRule } from "./base-spatial-dropout.js";

export interface SpatialDropout1DOptions extends SpatialDropoutOptions {}

/** A SpatialDropout1D layer type. */
export interface SpatialDropout1D extends Layer<SpatialDropoutRule<"SpatialDropout1D", 1, "channelsLast">, undefined> {
  readonly className: "SpatialDropout1D";
}

class SpatialDropout1DLayer extends SpatialDropoutBase {
  constructor(o: SpatialDropout1DOptions) {
    super(o, "SpatialDropout1D", 1, spatialDropoutKeys);
  }
}

/**
 * Drops whole channels of a sequence in training (rate from 0 to 1); the input must be
 * `(batch, steps, channels)` and keeps its shape.
 *
 * @example
 * ```ts
 * spatialDropout1d({ rate: 0.2 })(input({ shape: [100, 16] }));   // SymbolicTensor<[null, 100, 16]>
 * ```
 */
export function spatialDropout1d<const o extends SpatialDropout1DOptions & AnyKeys>(
  options: CheckedOptions<checkSpatialDropout<"SpatialDropout1D", o, typeof spatialDropoutKeys>, o, SpatialDropout1DOptions>,
): SpatialDropout1D;
export function spatialDropout1d(options: unknown): unknown {
  return new SpatialDropout1DLayer(readOptions(options) as SpatialDropout1DOptions);
}
