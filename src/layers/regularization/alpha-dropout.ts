/**
 * AlphaDropout: dropout that keeps the mean and variance of its inputs (for SELU networks). Like
 * Dropout it takes a `noiseShape`, checked against the input. The shape is unchanged and it has no
 * weights.
 *
 * ```ts
 * alphaDropout({ rate: 0.1 })(x);   // same shape as x
 * ```
 */
import type { CheckedOptions, firstErr } from "../../core/errors.js";
import { SingleInputLayer, type BaseLayerOptions, type Layer, type Rule } from "../../core/layer.js";
import { baseKeys, checkKeys } from "../../core/options.js";
import type { Dim, Shape } from "../../core/shape.js";
import { readOptions } from "../../core/read-options.js";
import { checkFraction, checkNoiseSizes, noiseFits } from "./checks.js";

export interface AlphaDropoutOptions extends BaseLayerOptions {
  /** The drop probability, from 0 to 1. */
  readonly rate: number;
  /** The shape of the random mask, one size per axis of the input (`null`: the input's size; 1: shared). */
  readonly noiseShape?: readonly (number | null)[] | null;
  /** Optional seed for the random choice. */
  readonly seed?: number;
}
const alphaDropoutKeys = ["rate", "noiseShape", "seed", ...baseKeys] as const;

export interface AlphaDropoutRule<ns> extends Rule {
  readonly layer: "AlphaDropout";
  readonly output: this["input"] extends infer s extends Shape ? noiseFits<"AlphaDropout", ns, s> : never;
  readonly weights: [];
}

/** An AlphaDropout layer type; `ns` is its `noiseShape`. */
export interface AlphaDropout<ns = undefined> extends Layer<AlphaDropoutRule<ns>, undefined> {
  readonly className: "AlphaDropout";
}

class AlphaDropoutLayer extends SingleInputLayer {
  readonly rate: number;
  readonly seed: number | null;
  readonly noiseShape: readonly Dim[] | null;
  constructor(o: AlphaDropoutOptions) {
    checkKeys("AlphaDropout", o, alphaDropoutKeys);
    checkFraction("AlphaDropout", "rate", o.rate, "is the drop probability", "0.1");
    checkNoiseSizes("AlphaDropout", o.noiseShape);
    super(o, "AlphaDropout");
    this.rate = o.rate;
    this.seed = o.seed ?? null;
    this.noiseShape = o.noiseShape ? [...o.noiseShape] : null;
  }
  computeOutputShape(s: Shape): Shape {
    return noiseFits("AlphaDropout", this.name, this.noiseShape, s);
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { rate: this.rate, seed: this.seed, noise_shape: this.noiseShape === null ? null : [...this.noiseShape] };
  }
}

/**
 * Dropout that keeps the inputs' mean and variance, for self-normalizing (SELU) networks; the shape
 * is unchanged.
 *
 * @example
 * ```ts
 * alphaDropout({ rate: 0.1 })(input({ shape: [64] }));   // SymbolicTensor<[null, 64]>
 * ```
 */
export function alphaDropout<const o extends AlphaDropoutOptions>(
  options: CheckedOptions<
    firstErr<[
      checkKeys<"AlphaDropout", o, typeof alphaDropoutKeys>,
      checkFraction<"AlphaDropout", "rate", o["rate"], "is the drop probability", "0.1">,
      checkNoiseSizes<"AlphaDropout", o["noiseShape"]>,
    ]>,
    o,
    AlphaDropoutOptions
  >,
): AlphaDropout<o extends { readonly noiseShape: infer ns } ? ns : undefined>;
export function alphaDropout(options: unknown): unknown {
  return new AlphaDropoutLayer(readOptions(options) as AlphaDropoutOptions);
}
