/**
 * GaussianDropout: in training, multiplies by noise of mean 1 and standard deviation
 * `sqrt(rate / (1 - rate))`. The shape is unchanged and it has no weights.
 *
 * ```ts
 * gaussianDropout({ rate: 0.2 })(x);   // same shape as x
 * ```
 */
import type { CheckedOptions, firstErr } from "../../core/errors.js";
import type { BaseLayerOptions, Layer } from "../../core/layer.js";
import { baseKeys, checkKeys } from "../../core/options.js";
import { readOptions } from "../../core/read-options.js";
import { SameShapeLayer, type SameShapeRule } from "../core/activation.js";
import { checkFraction } from "./checks.js";

export interface GaussianDropoutOptions extends BaseLayerOptions {
  /** The drop probability, from 0 to 1, as for Dropout. */
  readonly rate: number;
  /** Optional seed for the noise. */
  readonly seed?: number;
}
const gaussianDropoutKeys = ["rate", "seed", ...baseKeys] as const;

/** A GaussianDropout layer type. */
export interface GaussianDropout extends Layer<SameShapeRule<"GaussianDropout">, undefined> {
  readonly className: "GaussianDropout";
}

class GaussianDropoutLayer extends SameShapeLayer {
  readonly rate: number;
  readonly seed: number | null;
  constructor(o: GaussianDropoutOptions) {
    checkKeys("GaussianDropout", o, gaussianDropoutKeys);
    checkFraction("GaussianDropout", "rate", o.rate, "is the drop probability", "0.2");
    super(o, "GaussianDropout");
    this.rate = o.rate;
    this.seed = o.seed ?? null;
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { rate: this.rate, seed: this.seed };
  }
}

/**
 * Multiplies by Gaussian noise of mean 1 in training (rate from 0 to 1); the shape is unchanged.
 *
 * @example
 * ```ts
 * gaussianDropout({ rate: 0.2 })(input({ shape: [10] }));   // SymbolicTensor<[null, 10]>
 * ```
 */
export function gaussianDropout<const o extends GaussianDropoutOptions>(
  options: CheckedOptions<
    firstErr<[checkKeys<"GaussianDropout", o, typeof gaussianDropoutKeys>, checkFraction<"GaussianDropout", "rate", o["rate"], "is the drop probability", "0.2">]>,
    o,
    GaussianDropoutOptions
  >,
): GaussianDropout;
export function gaussianDropout(options: unknown): unknown {
  return new GaussianDropoutLayer(readOptions(options) as GaussianDropoutOptions);
}
