/**
 * Softmax: exponentials normalized to sum to 1 along `axis` (default -1, the last). The shape is
 * unchanged and it has no weights; the axis must be one of the input's.
 *
 * ```ts
 * softmax({ axis: 1 })(input({ shape: [5, 3] }));   // SymbolicTensor<[null, 5, 3]>
 * ```
 */
import { fail, type CheckedOptions, type ShapeErr } from "../../core/errors.js";
import type { BaseLayerOptions, Layer, Rule } from "../../core/layer.js";
import { baseKeys, checkKeys, formatOption, type AnyKeys, type checkKnownKeys } from "../../core/options.js";
import { formatShape, normalizeAxis, type IsKnown, type Shape } from "../../core/shape.js";
import { readOptions } from "../../core/read-options.js";
import { SingleInputLayer } from "../../core/layer.js";
import type { known } from "../../core/config.js";

export interface SoftmaxOptions extends BaseLayerOptions {
  /** The axis the outputs sum to 1 along; negative counts from the end. Default -1, the last. */
  readonly axis?: number;
}
const softmaxKeys = ["axis", ...baseKeys] as const;

export type softmaxAxis<axis extends string, got extends string, rank extends string> =
  `Softmax: axis ${axis} does not exist in ${got}, which has rank ${rank}. Fix: use an axis of the input, counted from 0, or from -1 for the last (the default).`;
export const softmaxAxis = <axis extends string, got extends string, rank extends string>(axis: axis, got: got, rank: rank): softmaxAxis<axis, got, rank> =>
  `Softmax: axis ${axis} does not exist in ${got}, which has rank ${rank}. Fix: use an axis of the input, counted from 0, or from -1 for the last (the default).`;

/** The input, or the error of an axis it does not have; each member of a union of axes (`2 | 3`) checked as its literal is. */
type softmaxOutput<s extends Shape, axis> = axis extends unknown
  ? IsKnown<axis> extends false
    ? s
    : [normalizeAxis<axis, s["length"]>] extends [never]
      ? ShapeErr<softmaxAxis<formatOption<axis>, formatShape<s>, `${s["length"]}`>>
      : s
  : never;

export interface SoftmaxRule<axis> extends Rule {
  readonly layer: "Softmax";
  readonly output: this["input"] extends infer s extends Shape ? softmaxOutput<s, axis> : never;
  readonly weights: [];
}

/** A Softmax layer type; `axis` is the axis it normalizes along. */
export interface Softmax<axis extends number = -1> extends Layer<SoftmaxRule<axis>, undefined> {
  readonly className: "Softmax";
  readonly axis: axis;
}

class SoftmaxLayer extends SingleInputLayer {
  readonly axis: number;
  constructor(o: SoftmaxOptions) {
    checkKeys("Softmax", o, softmaxKeys);
    super(o, "Softmax");
    this.axis = o.axis ?? -1;
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { axis: this.axis };
  }
  computeOutputShape(s: Shape): Shape {
    if (normalizeAxis(this.axis, s.length) === undefined) fail(softmaxAxis(formatOption(this.axis), formatShape(s), String(s.length)), this.name);
    return s;
  }
}

/**
 * Normalizes the exponentials of the input to sum to 1 along `axis` (default -1). The shape is
 * unchanged.
 *
 * @example
 * ```ts
 * softmax()(input({ shape: [10] }));   // SymbolicTensor<[null, 10]>
 * ```
 */
export function softmax<const o extends SoftmaxOptions & AnyKeys = {}>(
  options?: CheckedOptions<checkKnownKeys<"Softmax", o, typeof softmaxKeys>, o, SoftmaxOptions>,
): Softmax<o extends { readonly axis: infer a extends number } ? known<a, number> : -1>;
export function softmax(options: unknown = {}): unknown {
  return new SoftmaxLayer(readOptions(options) as SoftmaxOptions);
}
