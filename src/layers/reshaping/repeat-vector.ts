/**
 * RepeatVector: repeats each sample's feature vector `n` times along a new axis: `(batch, features)`
 * becomes `(batch, n, features)`. Its input must have rank 2, as in Keras.
 *
 * ```ts
 * repeatVector({ n: 3 })(input({ shape: [32] }));   // SymbolicTensor<[null, 3, 32]>
 * ```
 */
import type { declaredConfig, declaredOf, opt } from "../../core/config.js";
import { fail, type CheckedOptions, type firstErr, type ShapeErr } from "../../core/errors.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import { SingleInputLayer, type BaseLayerOptions, type Layer, type Rule } from "../../core/layer.js";
import { baseKeys, checkKeys, checkPositive, inputKeys } from "../../core/options.js";
import { formatShape, type Dim, type Shape } from "../../core/shape.js";
import { readOptions } from "../../core/read-options.js";
import type { RepeatVectorOptions as RepeatVectorOptionsCall } from "../option-calls.js";

export interface RepeatVectorOptions extends BaseLayerOptions, InputSpecOptions {
  /** How many times to repeat the input: the size of the new axis 1. */
  readonly n: number;
}
const repeatVectorKeys = ["n", ...baseKeys, ...inputKeys] as const;

// --- messages --------------------------------------------------------------------------------------

export type repeatVectorRank<got extends string, rank extends string> =
  `RepeatVector needs an input of rank 2, (batch, features), but got ${got} of rank ${rank}. Fix: flatten() the input first, or give it one feature axis: input({ shape: [32] }) makes (None, 32).`;
export const repeatVectorRank = <got extends string, rank extends string>(got: got, rank: rank): repeatVectorRank<got, rank> =>
  `RepeatVector needs an input of rank 2, (batch, features), but got ${got} of rank ${rank}. Fix: flatten() the input first, or give it one feature axis: input({ shape: [32] }) makes (None, 32).`;

type nMeaning = "how many times the input is repeated, the size of the new axis 1";
const nMeaning: nMeaning = "how many times the input is repeated, the size of the new axis 1";

// --- type-level rule ---------------------------------------------------------------------------------

/** RepeatVector's shape rule: `[batch, features]` becomes `[batch, n, features]`. */
export type repeatVectorShape<s, n> = s extends Shape
  ? s extends readonly [infer b, infer f]
    ? [b, n, f]
    : ShapeErr<repeatVectorRank<formatShape<s>, `${s["length"]}`>>
  : never;

export interface RepeatVectorRule<n> extends Rule {
  readonly layer: "RepeatVector";
  readonly output: repeatVectorShape<this["input"], n>;
  readonly weights: [];
}

/** A RepeatVector layer type; `c` is the part of its options that decides shapes: `RepeatVector<{ n: 3 }>`. */
export interface RepeatVector<c = { n: number }> extends Layer<RepeatVectorRule<nOf<c>>, declaredOf<"RepeatVector", c>> {
  readonly className: "RepeatVector";
  /** How many times the input is repeated. */
  readonly n: nOf<c>;
}
type nOf<c> = opt<c, "n", number>;

/** Everything that can be wrong with RepeatVector's options, first problem first. */
export type checkRepeatVector<o> = firstErr<
  [
    checkKeys<"RepeatVector", o, typeof repeatVectorKeys>,
    checkPositive<"RepeatVector", "n", nOf<o>, nMeaning, "3">,
    declaredInput<"RepeatVector", o>,
  ]
>;

// --- runtime twin ------------------------------------------------------------------------------------

class RepeatVectorLayer extends SingleInputLayer {
  declare readonly n: number;
  constructor(o: RepeatVectorOptions) {
    checkKeys("RepeatVector", o, repeatVectorKeys);
    checkPositive("RepeatVector", "n", o.n, nMeaning, "3");
    super(o, "RepeatVector", declaredInput("RepeatVector", o));
    Object.assign(this, { n: o.n });
  }
  computeOutputShape(s: Shape): Shape {
    if (s.length !== 2) fail(repeatVectorRank(formatShape(s), String(s.length)), this.name);
    return [s[0] as Dim, this.n, s[1] as Dim];
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { n: this.n };
  }
}

/**
 * Repeats the input `n` times along a new axis 1: `(batch, features)` becomes `(batch, n, features)`.
 * The input must have rank 2. Give it `inputShape` when it is the first layer of a Sequential.
 *
 * @example
 * ```ts
 * repeatVector({ n: 3 })(input({ shape: [32] }));     // SymbolicTensor<[null, 3, 32]>
 * repeatVector({ n: 3 })(input({ shape: [null] }));   // SymbolicTensor<[null, 3, null]>
 * ```
 */
export function repeatVector<const o extends RepeatVectorOptionsCall>(
  options: CheckedOptions<checkRepeatVector<o>, o, RepeatVectorOptions>,
): RepeatVector<declaredConfig<o, "n">>;
export function repeatVector(options: unknown): unknown {
  return new RepeatVectorLayer(readOptions(options) as RepeatVectorOptions);
}
