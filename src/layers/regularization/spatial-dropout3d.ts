/**
 * SpatialDropout3D: Dropout of whole feature maps (one choice per sample and channel) of
 * (batch, dim1, dim2, dim3, channels) (channelsLast, the default) or channels first. The shape is unchanged.
 *
 * ```ts
 * spatialDropout3d({ rate: 0.2 })(input({ shape: [8, 32, 32, 16] }));   // SymbolicTensor<[null, 8, 32, 32, 16]>
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

export interface SpatialDropout3DOptions extends SpatialDropoutFormatOptions {}

/** A SpatialDropout3D layer type; `f` is its data format. */
export interface SpatialDropout3D<f = "channelsLast"> extends Layer<SpatialDropoutRule<"SpatialDropout3D", 3, f>, undefined> {
  readonly className: "SpatialDropout3D";
}

class SpatialDropout3DLayer extends SpatialDropoutBase {
  constructor(o: SpatialDropout3DOptions) {
    super(o, "SpatialDropout3D", 3, spatialDropoutFormatKeys);
  }
}

/**
 * Drops whole feature maps in training (rate from 0 to 1); the input must have rank 5 and keeps
 * its shape.
 *
 * @example
 * ```ts
 * spatialDropout3d({ rate: 0.2 })(input({ shape: [8, 32, 32, 16] }));   // SymbolicTensor<[null, 8, 32, 32, 16]>
 * ```
 */
export function spatialDropout3d<const o extends SpatialDropout3DOptions & AnyKeys>(
  options: CheckedOptions<checkSpatialDropout<"SpatialDropout3D", o, typeof spatialDropoutFormatKeys>, o, SpatialDropout3DOptions>,
): SpatialDropout3D<formatOf<o>>;
export function spatialDropout3d(options: unknown): unknown {
  return new SpatialDropout3DLayer(readOptions(options) as SpatialDropout3DOptions);
}
