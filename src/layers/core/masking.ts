/**
 * Masking: marks the steps whose features all equal `maskValue` as padding, for the recurrent layers
 * after it to skip; the shape is unchanged and it has no weights.
 *
 * ```ts
 * masking({ maskValue: 0 })(input({ shape: [null, 8] }));   // SymbolicTensor<[null, null, 8]>
 * ```
 */
import type { declaredConfig, declaredOf } from "../../core/config.js";
import { fail, type CheckedOptions, type firstErr } from "../../core/errors.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import type { BaseLayerOptions, Layer } from "../../core/layer.js";
import { baseKeys, checkKeys, formatOption, inputKeys, type AnyKeys, type checkKnownKeys } from "../../core/options.js";
import { readOptions, type OptionsCall } from "../../core/read-options.js";
import { SameShapeLayer, type SameShapeRule } from "./activation.js";

export interface MaskingOptions extends BaseLayerOptions, InputSpecOptions {
  /** The value that marks padding: a step whose features all equal it is skipped. Default 0. */
  readonly maskValue?: number;
}
const maskingKeys = ["maskValue", ...baseKeys, ...inputKeys] as const;

export type badMaskValue<got extends string> = `Masking: maskValue must be a number, but got ${got}. Fix: use e.g. maskValue: 0, or leave it out for 0.`;
export const badMaskValue = <got extends string>(got: got): badMaskValue<got> =>
  `Masking: maskValue must be a number, but got ${got}. Fix: use e.g. maskValue: 0, or leave it out for 0.`;

/** A Masking layer type. */
export interface Masking<c = {}> extends Layer<SameShapeRule<"Masking">, declaredOf<"Masking", c>> {
  readonly className: "Masking";
}

class MaskingLayer extends SameShapeLayer {
  declare readonly maskValue: number;
  constructor(o: MaskingOptions) {
    checkKeys("Masking", o, maskingKeys);
    if (o.maskValue !== undefined && typeof o.maskValue !== "number") fail(badMaskValue(formatOption(o.maskValue)));
    super(o, "Masking", declaredInput("Masking", o));
    Object.assign(this, { maskValue: o.maskValue ?? 0 });
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { mask_value: this.maskValue };
  }
}

/**
 * Marks as padding the steps whose features all equal `maskValue` (default 0), for the recurrent
 * layers after it to skip. The shape is unchanged; no weights.
 *
 * @example
 * ```ts
 * const x = input({ shape: [null, 8] });        // SymbolicTensor<[null, null, 8]>
 * lstm({ units: 4 })(masking()(x));             // SymbolicTensor<[null, 4]>
 * ```
 */
export function masking<const o extends OptionsCall<MaskingOptions> & AnyKeys = {}>(
  options?: CheckedOptions<firstErr<[checkKnownKeys<"Masking", o, typeof maskingKeys>, declaredInput<"Masking", o>]>, o, MaskingOptions>,
): Masking<declaredConfig<o, never>>;
export function masking(options: unknown = {}): unknown {
  return new MaskingLayer(readOptions(options) as MaskingOptions);
}
