/**
 * Subtract: input 0 minus input 1, element by element, for exactly two tensors of the same shape (a
 * size of 1 broadcasts, as in Keras 3).
 *
 * ```ts
 * subtract()([a, b]);   // a, b: SymbolicTensor<[null, 4]>  ->  SymbolicTensor<[null, 4]>
 * ```
 */
import type { CheckedOptions, ShapeErr } from "../../core/errors.js";
import type { BaseLayerOptions, MergeLayer, Rule } from "../../core/layer.js";
import { baseKeys, checkKeys, type AnyKeys, type checkKnownKeys } from "../../core/options.js";
import { ElementwiseMerge, type exactlyTwo, type mergeShape } from "./merge.js";
import { readOptions } from "../../core/read-options.js";

export interface SubtractOptions extends BaseLayerOptions {}
const subtractKeys = [...baseKeys] as const;

/** What to do with another number of tensors than two. */
type subtractFix = "subtract two tensors, subtract()([a, b]); to take several from one, add() them first: subtract()([a, add()([b, c])])";
const subtractFix: subtractFix =
  "subtract two tensors, subtract()([a, b]); to take several from one, add() them first: subtract()([a, add()([b, c])])";

/** Subtract's rule: two shapes, merged as the element-wise layers merge them. */
export interface SubtractRule extends Rule {
  readonly layer: "Subtract";
  readonly output: this["input"] extends readonly [unknown, unknown]
    ? mergeShape<"Subtract", "subtract", this["input"]>
    : ShapeErr<exactlyTwo<"Subtract", `${this["input"] extends readonly unknown[] ? this["input"]["length"] : 0}`, subtractFix>>;
  readonly weights: [];
}

/** A Subtract layer type. */
export interface Subtract extends MergeLayer<SubtractRule> {
  readonly className: "Subtract";
}

class SubtractLayer extends ElementwiseMerge {
  constructor(o: SubtractOptions) {
    checkKeys("Subtract", o, subtractKeys);
    super(o, "Subtract");
  }
  protected override get twoFix(): string {
    return subtractFix;
  }
}

/**
 * Subtracts input 1 from input 0, element by element. Shapes must match, except that a size of 1
 * broadcasts (Keras 3). It takes exactly two tensors.
 *
 * @example
 * ```ts
 * subtract()([input({ shape: [4] }), input({ shape: [1] })]);   // SymbolicTensor<[null, 4]>
 * ```
 */
export function subtract<const o extends SubtractOptions & AnyKeys = {}>(
  options?: CheckedOptions<checkKnownKeys<"Subtract", o, typeof subtractKeys>, o, SubtractOptions>,
): Subtract;
export function subtract(options: unknown = {}): unknown {
  return new SubtractLayer(readOptions(options) as SubtractOptions);
}
