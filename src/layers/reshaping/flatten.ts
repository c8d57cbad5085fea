/**
 * Flatten: lays out all axes but the batch axis in one: `(batch, 50, 50, 3)` becomes `(batch, 7500)`.
 * If any of those axes is unknown (`None`), so is the result, as in Keras 3. With `channelsFirst` Keras
 * first moves the channels axis last, so that the order of the values matches a channels-last model;
 * the output shape is the same either way.
 *
 * ```ts
 * flatten()(input({ shape: [50, 50, 3] }));   // SymbolicTensor<[null, 7500]>
 * ```
 */
import type { Dim, Product } from "../../core/arith.js";
import type { declaredConfig, declaredOf } from "../../core/config.js";
import { checkChoice, type DataFormat } from "../../core/conv.js";
import { fail, type CheckedOptions, type firstErr, type ShapeErr } from "../../core/errors.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import { SingleInputLayer, type BaseLayerOptions, type Layer, type Rule } from "../../core/layer.js";
import { baseKeys, checkKeys, inputKeys, type AnyKeys, type checkKnownKeys } from "../../core/options.js";
import type { Shape } from "../../core/shape.js";
import { readOptions, type OptionsCall } from "../../core/read-options.js";
import { snake } from "../../core/keras-config.js";

export interface FlattenOptions extends BaseLayerOptions, InputSpecOptions {
  /**
   * Where the channels axis is; default `channelsLast`. With `channelsFirst` the values are put in
   * channels-last order before flattening (as Keras 3 does); the output shape does not change.
   */
  readonly dataFormat?: DataFormat;
}
const flattenKeys = ["dataFormat", ...baseKeys, ...inputKeys] as const;

// --- messages --------------------------------------------------------------------------------------

export type flattenRank = "Flatten needs a batch axis to keep, but got a shape of rank 0, (). Fix: pass a tensor from input() or a layer; it always has a batch axis.";
export const flattenRank: flattenRank =
  "Flatten needs a batch axis to keep, but got a shape of rank 0, (). Fix: pass a tensor from input() or a layer; it always has a batch axis.";

// --- type-level rule ---------------------------------------------------------------------------------

/** Flatten's shape rule: `[batch, ...rest]` becomes `[batch, product of rest]` (1 when there is no rest). */
export type flattenShape<s> = s extends readonly [infer b, ...infer rest extends Shape]
  ? [b, Product<rest>]
  : ShapeErr<flattenRank>;

export interface FlattenRule extends Rule {
  readonly layer: "Flatten";
  readonly output: flattenShape<this["input"]>;
  readonly weights: [];
}

/**
 * A Flatten layer type. `c` is the part of its options that decides shapes: only a declared input,
 * `Flatten<{ inputShape: [28, 28] }>`; plain `Flatten` otherwise (`dataFormat` does not change shapes).
 */
export interface Flatten<c = {}> extends Layer<FlattenRule, declaredOf<"Flatten", c>> {
  readonly className: "Flatten";
  /** Where the channels axis is; it decides only the order of the values, not the output shape. */
  readonly dataFormat: DataFormat;
}

/** Everything that can be wrong with Flatten's options, first problem first. */
export type checkFlatten<o> = firstErr<[checkKnownKeys<"Flatten", o, typeof flattenKeys>, declaredInput<"Flatten", o>]>;

// --- runtime twin ------------------------------------------------------------------------------------

class FlattenLayer extends SingleInputLayer {
  declare readonly dataFormat: DataFormat;
  constructor(o: FlattenOptions) {
    checkKeys("Flatten", o, flattenKeys);
    checkChoice("Flatten", "dataFormat", o.dataFormat, ["channelsLast", "channelsFirst"]);
    super(o, "Flatten", declaredInput("Flatten", o));
    Object.assign(this, { dataFormat: o.dataFormat ?? "channelsLast" });
  }
  computeOutputShape(s: Shape): Shape {
    if (s.length === 0) fail(flattenRank, this.name);
    const rest = s.slice(1);
    const n = rest.some((d) => d === null) ? null : rest.reduce<number>((p, d) => p * (d as number), 1);
    return [s[0] as Dim, n];
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { data_format: snake(this.dataFormat) };
  }
}

/**
 * Flattens every axis but the batch axis into one. An unknown axis makes the result unknown (Keras 3).
 * Give it `inputShape` when it is the first layer of a Sequential.
 *
 * @example
 * ```ts
 * flatten()(input({ shape: [50, 50, 3] }));                             // SymbolicTensor<[null, 7500]>
 * flatten()(input({ shape: [null, 3] }));                               // SymbolicTensor<[null, null]>
 * flatten({ dataFormat: "channelsFirst" })(input({ shape: [3, 50, 50] })); // SymbolicTensor<[null, 7500]>
 * ```
 */
export function flatten<const o extends OptionsCall<FlattenOptions> & AnyKeys = {}>(
  options?: CheckedOptions<checkFlatten<o>, o, FlattenOptions>,
): Flatten<declaredConfig<o, never>>;
export function flatten(options: unknown = {}): unknown {
  return new FlattenLayer(readOptions(options) as FlattenOptions);
}
