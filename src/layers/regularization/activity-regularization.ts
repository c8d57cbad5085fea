/**
 * ActivityRegularization: passes its input through unchanged, adding `l1 * sum(|x|) + l2 * sum(x^2)`
 * to the training loss. The shape is unchanged and it has no weights.
 *
 * ```ts
 * activityRegularization({ l1: 0.01 })(x);   // same shape as x
 * ```
 */
import type { CheckedOptions, firstErr } from "../../core/errors.js";
import type { BaseLayerOptions, Layer } from "../../core/layer.js";
import { baseKeys, checkKeys, type AnyKeys, type checkKnownKeys } from "../../core/options.js";
import { readOptions } from "../../core/read-options.js";
import { SameShapeLayer, type SameShapeRule } from "../core/activation.js";
import { checkNonNegative } from "../activations/checks.js";

export interface ActivityRegularizationOptions extends BaseLayerOptions {
  /** The L1 factor; default 0. */
  readonly l1?: number;
  /** The L2 factor; default 0. */
  readonly l2?: number;
}
const activityRegularizationKeys = ["l1", "l2", ...baseKeys] as const;

/** An ActivityRegularization layer type. */
export interface ActivityRegularization extends Layer<SameShapeRule<"ActivityRegularization">, undefined> {
  readonly className: "ActivityRegularization";
}

class ActivityRegularizationLayer extends SameShapeLayer {
  readonly l1: number;
  readonly l2: number;
  constructor(o: ActivityRegularizationOptions) {
    checkKeys("ActivityRegularization", o, activityRegularizationKeys);
    checkNonNegative("ActivityRegularization", "l1", o.l1, "the L1 factor", "0.01");
    checkNonNegative("ActivityRegularization", "l2", o.l2, "the L2 factor", "0.01");
    super(o, "ActivityRegularization");
    this.l1 = o.l1 ?? 0;
    this.l2 = o.l2 ?? 0;
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { l1: this.l1, l2: this.l2 };
  }
}

/**
 * Adds an L1/L2 penalty on its input to the training loss and passes the input on unchanged.
 *
 * @example
 * ```ts
 * activityRegularization({ l1: 0.01, l2: 0.01 })(input({ shape: [10] }));   // SymbolicTensor<[null, 10]>
 * ```
 */
export function activityRegularization<const o extends ActivityRegularizationOptions & AnyKeys = {}>(
  options?: CheckedOptions<
    firstErr<[
      checkKnownKeys<"ActivityRegularization", o, typeof activityRegularizationKeys>,
      checkNonNegative<"ActivityRegularization", "l1", o["l1"], "the L1 factor", "0.01">,
      checkNonNegative<"ActivityRegularization", "l2", o["l2"], "the L2 factor", "0.01">,
    ]>,
    o,
    ActivityRegularizationOptions
  >,
): ActivityRegularization;
export function activityRegularization(options: unknown = {}): unknown {
  return new ActivityRegularizationLayer(readOptions(options) as ActivityRegularizationOptions);
}
