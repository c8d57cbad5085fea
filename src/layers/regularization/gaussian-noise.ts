/**
 * GaussianNoise: in training, adds noise of mean 0 and standard deviation `stddev` (from 0 to 1, as
 * Keras 3 requires). The shape is unchanged and it has no weights.
 *
 * ```ts
 * gaussianNoise({ stddev: 0.1 })(x);   // same shape as x
 * ```
 */
import type { CheckedOptions, firstErr } from "../../core/errors.js";
import type { BaseLayerOptions, Layer } from "../../core/layer.js";
import { baseKeys, checkKeys } from "../../core/options.js";
import { readOptions } from "../../core/read-options.js";
import { SameShapeLayer, type SameShapeRule } from "../core/activation.js";
import { checkFraction } from "./checks.js";

export interface GaussianNoiseOptions extends BaseLayerOptions {
  /** The standard deviation of the noise, from 0 to 1. */
  readonly stddev: number;
  /** Optional seed for the noise. */
  readonly seed?: number;
}
const gaussianNoiseKeys = ["stddev", "seed", ...baseKeys] as const;

/** A GaussianNoise layer type. */
export interface GaussianNoise extends Layer<SameShapeRule<"GaussianNoise">, undefined> {
  readonly className: "GaussianNoise";
}

class GaussianNoiseLayer extends SameShapeLayer {
  readonly stddev: number;
  readonly seed: number | null;
  constructor(o: GaussianNoiseOptions) {
    checkKeys("GaussianNoise", o, gaussianNoiseKeys);
    checkFraction("GaussianNoise", "stddev", o.stddev, "is the standard deviation of the noise", "0.1");
    super(o, "GaussianNoise");
    this.stddev = o.stddev;
    this.seed = o.seed ?? null;
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { stddev: this.stddev, seed: this.seed };
  }
}

/**
 * Adds Gaussian noise of standard deviation `stddev` in training (a regularizer); the shape is unchanged.
 *
 * @example
 * ```ts
 * gaussianNoise({ stddev: 0.1 })(input({ shape: [10] }));   // SymbolicTensor<[null, 10]>
 * ```
 */
export function gaussianNoise<const o extends GaussianNoiseOptions>(
  options: CheckedOptions<
    firstErr<[checkKeys<"GaussianNoise", o, typeof gaussianNoiseKeys>, checkFraction<"GaussianNoise", "stddev", o["stddev"], "is the standard deviation of the noise", "0.1">]>,
    o,
    GaussianNoiseOptions
  >,
): GaussianNoise;
export function gaussianNoise(options: unknown): unknown {
  return new GaussianNoiseLayer(readOptions(options) as GaussianNoiseOptions);
}
