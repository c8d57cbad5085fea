/**
 * ThresholdedReLU (TF.js's layer; Keras 3 removed it for `ReLU(threshold=...)`): `x` above `theta`, 0
 * elsewhere. The shape is unchanged and it has no weights.
 *
 * ```ts
 * thresholdedReLU({ theta: 1 })(x);   // same shape as x
 * ```
 */
import type { CheckedOptions, firstErr } from "../../core/errors.js";
import type { BaseLayerOptions, Layer } from "../../core/layer.js";
import { baseKeys, checkKeys, type AnyKeys, type checkKnownKeys } from "../../core/options.js";
import { readOptions } from "../../core/read-options.js";
import { SameShapeLayer, type SameShapeRule } from "../core/activation.js";
import { checkNonNegative } from "./checks.js";

export interface ThresholdedReLUOptions extends BaseLayerOptions {
  /** The threshold: inputs at or below it give 0. Default 1; 0 or more. */
  readonly theta?: number;
}
const thresholdedReluKeys = ["theta", ...baseKeys] as const;

/** A ThresholdedReLU layer type. */
export interface ThresholdedReLU extends Layer<SameShapeRule<"ThresholdedReLU">, undefined> {
  readonly className: "ThresholdedReLU";
}

class ThresholdedReLULayer extends SameShapeLayer {
  readonly theta: number;
  constructor(o: ThresholdedReLUOptions) {
    checkKeys("ThresholdedReLU", o, thresholdedReluKeys);
    checkNonNegative("ThresholdedReLU", "theta", o.theta, "the threshold", "1");
    super(o, "ThresholdedReLU");
    this.theta = o.theta ?? 1;
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { theta: this.theta };
  }
}

/**
 * `x` where it is above `theta` (default 1), 0 elsewhere. The shape is unchanged. Keras 3 has no such
 * class: in a Keras 3 model, write `reLU({ threshold: theta })`, which differs only at `x == theta`.
 *
 * @example
 * ```ts
 * thresholdedReLU({ theta: 0.5 })(input({ shape: [10] }));   // SymbolicTensor<[null, 10]>
 * ```
 */
export function thresholdedReLU<const o extends ThresholdedReLUOptions & AnyKeys = {}>(
  options?: CheckedOptions<
    firstErr<[checkKnownKeys<"ThresholdedReLU", o, typeof thresholdedReluKeys>, checkNonNegative<"ThresholdedReLU", "theta", o["theta"], "the threshold", "1">]>,
    o,
    ThresholdedReLUOptions
  >,
): ThresholdedReLU;
export function thresholdedReLU(options: unknown = {}): unknown {
  return new ThresholdedReLULayer(readOptions(options) as ThresholdedReLUOptions);
}
