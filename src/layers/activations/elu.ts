/**
 * ELU: `x` above 0, `alpha * (exp(x) - 1)` below. The shape is unchanged and it has no weights.
 *
 * ```ts
 * elu({ alpha: 1 })(x);   // same shape as x
 * ```
 */
import type { CheckedOptions } from "../../core/errors.js";
import type { BaseLayerOptions, Layer } from "../../core/layer.js";
import { baseKeys, checkKeys, type AnyKeys, type checkKnownKeys } from "../../core/options.js";
import { readOptions } from "../../core/read-options.js";
import { SameShapeLayer, type SameShapeRule } from "../core/activation.js";
import { checkFinite } from "./checks.js";

export interface ELUOptions extends BaseLayerOptions {
  /** The scale of the negative part; default 1. */
  readonly alpha?: number;
}
const eluKeys = ["alpha", ...baseKeys] as const;

/** An ELU layer type. */
export interface ELU extends Layer<SameShapeRule<"ELU">, undefined> {
  readonly className: "ELU";
}

class ELULayer extends SameShapeLayer {
  readonly alpha: number;
  constructor(o: ELUOptions) {
    checkKeys("ELU", o, eluKeys);
    checkFinite("ELU", "alpha", o.alpha, "1");
    super(o, "ELU");
    this.alpha = o.alpha ?? 1;
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { alpha: this.alpha };
  }
}

/**
 * The exponential linear unit: `x` above 0, `alpha * (exp(x) - 1)` below (default `alpha` 1). The
 * shape is unchanged.
 *
 * @example
 * ```ts
 * elu()(input({ shape: [10] }));   // SymbolicTensor<[null, 10]>
 * ```
 */
export function elu<const o extends ELUOptions & AnyKeys = {}>(options?: CheckedOptions<checkKnownKeys<"ELU", o, typeof eluKeys>, o, ELUOptions>): ELU;
export function elu(options: unknown = {}): unknown {
  return new ELULayer(readOptions(options) as ELUOptions);
}
