/**
 * Dropout: in training, sets a random fraction `rate` of its inputs to 0; the shape is unchanged and it
 * has no weights.
 *
 * ```ts
 * dropout({ rate: 0.5 })(x);   // same shape as x
 * ```
 */
import { fail, type CheckedOptions, type firstErr, type OptionErr } from "../../core/errors.js";
import type { BaseLayerOptions, Layer, Rule } from "../../core/layer.js";
import { baseKeys, checkKeys, inputKeys } from "../../core/options.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import type { declaredConfig, declaredOf } from "../../core/config.js";
import type { Dim, Shape } from "../../core/shape.js";
import { SameShapeLayer } from "./activation.js";
import { readOptions } from "../../core/read-options.js";
import { checkNoiseSizes, noiseFits } from "../regularization/checks.js";
import type { DropoutOptions as DropoutOptionsCall } from "../option-calls.js";

/** Dropout's options; like every Keras layer it can start a Sequential (`inputShape`, ...). */
export interface DropoutOptions extends BaseLayerOptions, InputSpecOptions {
  /** The fraction of the inputs to drop, from 0 to 1. */
  readonly rate: number;
  /** Optional seed for the random choice. */
  readonly seed?: number;
  /**
   * The shape of the random mask, one size per axis of the input (batch included): `null` takes the
   * input's size, 1 shares one choice along that axis (`[null, 1, 1, null]` drops whole feature maps
   * of an image). Default: the input's shape.
   */
  readonly noiseShape?: readonly (number | null)[] | null;
  /** The type of the computations; default `float32`. */
  readonly dtype?: "float32" | "int32" | "bool" | "string";
}
const dropoutKeys = ["rate", "noiseShape", "seed", ...baseKeys, ...inputKeys, "dtype"] as const;

export type badRate<got extends string> =
  `Dropout: rate is the fraction of inputs to drop and must be between 0 and 1, but got ${got}. Fix: use e.g. rate: 0.5.`;
export const badRate = <got extends string>(got: got): badRate<got> =>
  `Dropout: rate is the fraction of inputs to drop and must be between 0 and 1, but got ${got}. Fix: use e.g. rate: 0.5.`;

/** `"ok"` for a literal rate from 0 to 1, or a non-literal `number`; a `ShapeErr` otherwise. */
type checkRate<r> = number extends r
  ? "ok"
  : `${r & number}` extends "0" | "1" | `0.${string}` | `${number}e-${number}`
    ? `${r & number}` extends `-${string}` ? OptionErr<badRate<`${r & number}`>, "rate"> : "ok"
    : OptionErr<badRate<`${r & number}`>, "rate">;

/** Dropout's rule: the shape is unchanged, once `noiseShape` (if given) fits it. */
export interface DropoutRule<ns> extends Rule {
  readonly layer: "Dropout";
  readonly output: this["input"] extends infer s extends Shape ? noiseFits<"Dropout", ns, s> : never;
  readonly weights: [];
}

/**
 * A Dropout layer type; `c` holds the input it declares, if any (`Dropout<{ batchInputShape: [null, 3] }>`),
 * and `ns` its `noiseShape` (`undefined`: the input's shape).
 */
export interface Dropout<c = {}, ns = undefined> extends Layer<DropoutRule<ns>, declaredOf<"Dropout", c>> {
  readonly className: "Dropout";
  readonly rate: number;
}

class DropoutLayer extends SameShapeLayer {
  readonly rate: number;
  readonly noiseShape: readonly Dim[] | null;
  constructor(o: DropoutOptions) {
    checkKeys("Dropout", o, dropoutKeys);
    if (!(typeof o.rate === "number" && o.rate >= 0 && o.rate <= 1)) fail(badRate(String(o.rate)));
    checkNoiseSizes("Dropout", o.noiseShape);
    super(o, "Dropout", declaredInput("Dropout", o));
    this.rate = o.rate;
    Object.assign(this, { trainingOptions: o.dtype === undefined ? undefined : { dtype: o.dtype } });
    this.seed = o.seed ?? null;
    this.noiseShape = o.noiseShape ? [...o.noiseShape] : null;
  }
  /** The seed of the random mask, or `null` (Keras's default). */
  readonly seed: number | null;
  override computeOutputShape(s: Shape): Shape {
    return noiseFits("Dropout", this.name, this.noiseShape, s);
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { rate: this.rate, seed: this.seed, noise_shape: this.noiseShape === null ? null : [...this.noiseShape] };
  }
}

/**
 * Randomly zeroes a fraction `rate` of the inputs in training; the shape is unchanged and it has no
 * weights.
 *
 * @example
 * ```ts
 * dropout({ rate: 0.5 })(input({ shape: [64] }));   // SymbolicTensor<[null, 64]>
 * ```
 */
export function dropout<const o extends DropoutOptionsCall>(
  options: CheckedOptions<
    firstErr<[checkKeys<"Dropout", o, typeof dropoutKeys>, checkRate<o["rate"]>, checkNoiseSizes<"Dropout", o["noiseShape"]>, declaredInput<"Dropout", o>]>,
    o,
    DropoutOptions
  >,
): Dropout<declaredConfig<o, never>, o extends { readonly noiseShape: infer ns } ? ns : undefined>;
export function dropout(options: unknown): unknown {
  return new DropoutLayer(readOptions(options) as DropoutOptions);
}
