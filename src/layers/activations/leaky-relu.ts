/**
 * LeakyReLU: `x` above 0, `negativeSlope * x` below (Keras 3's name; TF.js calls it `alpha`). The shape
 * is unchanged and it has no weights.
 *
 * ```ts
 * leakyReLU({ negativeSlope: 0.2 })(x);   // same shape as x
 * ```
 */
import type { CheckedOptions, firstErr } from "../../core/errors.js";
import type { BaseLayerOptions, Layer } from "../../core/layer.js";
import { baseKeys, checkKeys, type AnyKeys, type checkKnownKeys } from "../../core/options.js";
import { readOptions } from "../../core/read-options.js";
import { SameShapeLayer, type SameShapeRule } from "../core/activation.js";
import { checkNonNegative } from "./checks.js";

export interface LeakyReLUOptions extends BaseLayerOptions {
  /** The slope below 0; default 0.3 (Keras 3). TF.js names this option `alpha`. */
  readonly negativeSlope?: number;
}
const leakyReluKeys = ["negativeSlope", ...baseKeys] as const;

/** A LeakyReLU layer type. */
export interface LeakyReLU extends Layer<SameShapeRule<"LeakyReLU">, undefined> {
  readonly className: "LeakyReLU";
}

class LeakyReLULayer extends SameShapeLayer {
  readonly negativeSlope: number;
  constructor(o: LeakyReLUOptions) {
    checkKeys("LeakyReLU", o, leakyReluKeys);
    checkNonNegative("LeakyReLU", "negativeSlope", o.negativeSlope, "the slope below 0", "0.3");
    super(o, "LeakyReLU");
    this.negativeSlope = o.negativeSlope ?? 0.3;
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { negative_slope: this.negativeSlope };
  }
}

/**
 * The leaky rectified linear unit: `x` above 0, `negativeSlope * x` below (default 0.3). The shape is
 * unchanged.
 *
 * @example
 * ```ts
 * leakyReLU({ negativeSlope: 0.2 })(input({ shape: [8, 8, 3] }));   // SymbolicTensor<[null, 8, 8, 3]>
 * ```
 */
export function leakyReLU<const o extends LeakyReLUOptions & AnyKeys = {}>(
  options?: CheckedOptions<
    firstErr<[checkKnownKeys<"LeakyReLU", o, typeof leakyReluKeys>, checkNonNegative<"LeakyReLU", "negativeSlope", o["negativeSlope"], "the slope below 0", "0.3">]>,
    o,
    LeakyReLUOptions
  >,
): LeakyReLU;
export function leakyReLU(options: unknown = {}): unknown {
  return new LeakyReLULayer(readOptions(options) as LeakyReLUOptions);
}
