/**
 * Add: the element-wise sum of a list of tensors of the same shape (a size of 1 broadcasts, as in
 * Keras 3). It joins branches, as in a residual connection.
 *
 * ```ts
 * add()([a, b]);   // a, b: SymbolicTensor<[null, 4]>  ->  SymbolicTensor<[null, 4]>
 * ```
 */
import type { CheckedOptions } from "../../core/errors.js";
import type { BaseLayerOptions, MergeLayer } from "../../core/layer.js";
import { baseKeys, checkKeys, type AnyKeys, type checkKnownKeys } from "../../core/options.js";
import { ElementwiseMerge, type ElementwiseRule } from "./merge.js";
import { readOptions } from "../../core/read-options.js";

export interface AddOptions extends BaseLayerOptions {}
const addKeys = [...baseKeys] as const;

/** An Add layer type. */
export interface Add extends MergeLayer<ElementwiseRule<"Add", "add">> {
  readonly className: "Add";
}

class AddLayer extends ElementwiseMerge {
  constructor(o: AddOptions) {
    checkKeys("Add", o, addKeys);
    super(o, "Add");
  }
}

/**
 * Adds a list of tensors element by element. Shapes must match, except that a size of 1 broadcasts
 * (Keras 3).
 *
 * @example
 * ```ts
 * const a = dense({ units: 4 })(inp);                // SymbolicTensor<[null, 4]>
 * const b = dense({ units: 4 })(inp);                // SymbolicTensor<[null, 4]>
 * add()([a, b]);                                     // SymbolicTensor<[null, 4]>
 * ```
 */
export function add<const o extends AddOptions & AnyKeys = {}>(options?: CheckedOptions<checkKnownKeys<"Add", o, typeof addKeys>, o, AddOptions>): Add;
export function add(options: unknown = {}): unknown {
  return new AddLayer(readOptions(options) as AddOptions);
}
