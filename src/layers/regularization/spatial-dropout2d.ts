/**
 * SpatialDropout2D: Dropout of whole feature maps (one choice per sample and channel) of
 * (batch, rows, cols, channels) (channelsLast, the default) or channels first. The shape is unchanged.
 *
 * ```ts
 * spatialDropout2d({ rate: 0.2 })(input({ shape: [32, 32, 16] }));   // SymbolicTensor<[null, 32, 32, 16]>
 * ```
 */
import type { CheckedOptions } from "../../core/errors.js";
import type { Layer } from "../../core/layer.js";
import type { AnyKeys } from "../../core/options.js";
import type { formatOf } from "../../core/conv.js";
import { readOptions } from "../../core/read-options.js";
import {
  SpatialDropoutBase,
  spatialDropoutFormatKeys,
  type checkSpatialDropout,
  type SpatialDropoutFormatOptions,
  type SpatialDropoutRule,
} from "./base-spatial-dropout.js";

export interface SpatialDropout2DOptions extends SpatialDropoutFormatOptions {}

/** A SpatialDropout2D layer type; `f` is its data format. */
export interface SpatialDropout2D<f = "channelsLast"> extends Layer<SpatialDropoutRule<"SpatialDropout2D", 2, f>, undefined> {
  readonly className: "SpatialDropout2D";
}

class SpatialDropout2DLayer extends SpatialDropoutBase {
  constructor(o: SpatialDropout2DOptions) {
    super(o, "SpatialDropout2D", 2, spatialDropoutFormatKeys);
  }
}

/**
 * Drops whole feature maps in training (rate from 0 to 1); the input must have rank 4 and keeps
 * its shape.
 *
 * @example
 * ```ts
 * spatialDropout2d({ rate: 0.2 })(input({ shape: [32, 32, 16] }));   // SymbolicTensor<[null, 32, 32, 16]>
 * ```
 */
export function spatialDropout2d<const o extends SpatialDropout2DOptions & AnyKeys>(
  options: CheckedOptions<checkSpatialDropout<"SpatialDropout2D", o, typeof spatialDropoutFormatKeys>, o, SpatialDropout2DOptions>,
): SpatialDropout2D<formatOf<o>>;
export function spatialDropout2d(options: unknown): unknown {
  return new SpatialDropout2DLayer(readOptions(options) as SpatialDropout2DOptions);
}
