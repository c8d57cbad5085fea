/**
 * ReLU: `max(x, 0)`, with Keras 3's options: capped at `maxValue`, a slope `negativeSlope` below
 * `threshold`. The shape is unchanged and it has no weights.
 *
 * ```ts
 * reLU({ maxValue: 6 })(x);   // same shape as x (ReLU6)
 * ```
 */
import type { CheckedOptions, firstErr } from "../../core/errors.js";
import type { BaseLayerOptions, Layer } from "../../core/layer.js";
import { baseKeys, checkKeys, type AnyKeys, type checkKnownKeys } from "../../core/options.js";
import { readOptions } from "../../core/read-options.js";
import { SameShapeLayer, type SameShapeRule } from "../core/activation.js";
import { checkNonNegative } from "./checks.js";

export interface ReLUOptions extends BaseLayerOptions {
  /** The largest output (`null` or left out: no cap). Keras 3 requires it to be 0 or more. */
  readonly maxValue?: number | null;
  /** The slope below the threshold; default 0. */
  readonly negativeSlope?: number;
  /** The input below which the slope applies; default 0. */
  readonly threshold?: number;
}
const reluKeys = ["maxValue", "negativeSlope", "threshold", ...baseKeys] as const;

/** A ReLU layer type. */
export interface ReLU extends Layer<SameShapeRule<"ReLU">, undefined> {
  readonly className: "ReLU";
}

class ReLULayer extends SameShapeLayer {
  readonly maxValue: number | null;
  readonly negativeSlope: number;
  readonly threshold: number;
  constructor(o: ReLUOptions) {
    checkKeys("ReLU", o, reluKeys);
    checkNonNegative("ReLU", "maxValue", o.maxValue, "the largest output", "6", true);
    checkNonNegative("ReLU", "negativeSlope", o.negativeSlope, "the slope below the threshold", "0.1");
    checkNonNegative("ReLU", "threshold", o.threshold, "the input below which the slope applies", "0");
    super(o, "ReLU");
    this.maxValue = o.maxValue ?? null;
    this.negativeSlope = o.negativeSlope ?? 0;
    this.threshold = o.threshold ?? 0;
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { max_value: this.maxValue, negative_slope: this.negativeSlope, threshold: this.threshold };
  }
}

/**
 * The rectified linear unit as a layer: `max(x, 0)`, capped at `maxValue`, with slope `negativeSlope`
 * below `threshold`. The shape is unchanged.
 *
 * @example
 * ```ts
 * reLU({ maxValue: 6 })(input({ shape: [10] }));   // SymbolicTensor<[null, 10]>
 * ```
 */
export function reLU<const o extends ReLUOptions & AnyKeys = {}>(
  options?: CheckedOptions<
    firstErr<[
      checkKnownKeys<"ReLU", o, typeof reluKeys>,
      checkNonNegative<"ReLU", "maxValue", o["maxValue"], "the largest output", "6">,
      checkNonNegative<"ReLU", "negativeSlope", o["negativeSlope"], "the slope below the threshold", "0.1">,
      checkNonNegative<"ReLU", "threshold", o["threshold"], "the input below which the slope applies", "0">,
    ]>,
    o,
    ReLUOptions
  >,
): ReLU;
export function reLU(options: unknown = {}): unknown {
  return new ReLULayer(readOptions(options) as ReLUOptions);
}
