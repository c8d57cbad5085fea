/**
 * Multiply: the element-wise product of a list of tensors of the same shape (a size of 1 broadcasts, as in Keras 3), as in a squeeze-and-excitation gate.
 *
 * ```ts
 * multiply()([a, b]);   // a, b: SymbolicTensor<[null, 4]>  ->  SymbolicTensor<[null, 4]>
 * ```
 */
import type { CheckedOptions } from "../../core/errors.js";
import type { BaseLayerOptions, MergeLayer } from "../../core/layer.js";
import { baseKeys, checkKeys, type AnyKeys, type checkKnownKeys } from "../../core/options.js";
import { ElementwiseMerge, type ElementwiseRule } from "./merge.js";
import { readOptions } from "../../core/read-options.js";

export interface MultiplyOptions extends BaseLayerOptions {}
const multiplyKeys = [...baseKeys] as const;

/** A Multiply layer type. */
export interface Multiply extends MergeLayer<ElementwiseRule<"Multiply", "multiply">> {
  readonly className: "Multiply";
}

class MultiplyLayer extends ElementwiseMerge {
  constructor(o: MultiplyOptions) {
    checkKeys("Multiply", o, multiplyKeys);
    super(o, "Multiply");
  }
}

/**
 * Multiplies a list of tensors element by element. Shapes must match, except that a size of 1 broadcasts (Keras 3).
 *
 * @example
 * ```ts
 * multiply()([input({ shape: [5, 1] }), input({ shape: [3] })]);   // SymbolicTensor<[null, 5, 3]>
 * ```
 */
export function multiply<const o extends MultiplyOptions & AnyKeys = {}>(options?: CheckedOptions<checkKnownKeys<"Multiply", o, typeof multiplyKeys>, o, MultiplyOptions>): Multiply;
export function multiply(options: unknown = {}): unknown {
  return new MultiplyLayer(readOptions(options) as MultiplyOptions);
}
