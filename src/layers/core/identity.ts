/**
 * Identity: returns its input unchanged (a placeholder, as Keras 3's `Identity`). The shape is
 * unchanged and it has no weights.
 *
 * ```ts
 * identity()(x);   // same shape as x
 * ```
 */
import type { CheckedOptions } from "../../core/errors.js";
import type { BaseLayerOptions, Layer } from "../../core/layer.js";
import { baseKeys, checkKeys, type AnyKeys, type checkKnownKeys } from "../../core/options.js";
import { readOptions } from "../../core/read-options.js";
import { SameShapeLayer, type SameShapeRule } from "./activation.js";

export interface IdentityOptions extends BaseLayerOptions {}
const identityKeys = [...baseKeys] as const;

/** An Identity layer type. */
export interface Identity extends Layer<SameShapeRule<"Identity">, undefined> {
  readonly className: "Identity";
}

class IdentityLayer extends SameShapeLayer {
  constructor(o: IdentityOptions) {
    checkKeys("Identity", o, identityKeys);
    super(o, "Identity");
  }
}

/**
 * Passes its input through unchanged.
 *
 * @example
 * ```ts
 * identity()(input({ shape: [10] }));   // SymbolicTensor<[null, 10]>
 * ```
 */
export function identity<const o extends IdentityOptions & AnyKeys = {}>(options?: CheckedOptions<checkKnownKeys<"Identity", o, typeof identityKeys>, o, IdentityOptions>): Identity;
export function identity(options: unknown = {}): unknown {
  return new IdentityLayer(readOptions(options) as IdentityOptions);
}
