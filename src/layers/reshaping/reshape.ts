/**
 * Reshape: gives each sample a new shape holding the same elements: `(batch, 12)` with `targetShape:
 * [3, 4]` becomes `(batch, 3, 4)`. One size of `targetShape` may be -1: it is inferred from the input's
 * element count. As in Keras 3 (ops/operation_utils.py, compute_reshape_output_shape), the batch axis is
 * left alone, and if another axis of the input is unknown (`None`) the -1 stays unknown and the count is
 * not checked.
 *
 * ```ts
 * reshape({ targetShape: [-1, 512] })(input({ shape: [7, 7, 512] }));   // SymbolicTensor<[null, 49, 512]>
 * ```
 */
import type { Dim, Eq, FloorDiv, Mul, NotPositiveInts, Product } from "../../core/arith.js";
import type { declaredConfig, declaredOf, opt } from "../../core/config.js";
import { fail, type CheckedOptions, type firstErr, type OptionErr, type ShapeErr } from "../../core/errors.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import { SingleInputLayer, type BaseLayerOptions, type Layer, type Rule } from "../../core/layer.js";
import { baseKeys, checkKeys, formatOption, inputKeys } from "../../core/options.js";
import { formatShape, type Shape } from "../../core/shape.js";
import { readOptions } from "../../core/read-options.js";
import { safeProduct } from "../../core/safe-int.js";
import type { ReshapeOptions as ReshapeOptionsCall } from "../option-calls.js";

export interface ReshapeOptions extends BaseLayerOptions, InputSpecOptions {
  /**
   * The shape of one sample after reshaping, the batch axis left out: `[3, 4]`. One size may be -1:
   * it is inferred from the input's element count (`[-1, 4]`).
   */
  readonly targetShape: readonly number[];
}
const reshapeKeys = ["targetShape", ...baseKeys, ...inputKeys] as const;

// --- messages --------------------------------------------------------------------------------------

export type badTargetSize<got extends string, target extends string> =
  `Reshape: every size in targetShape must be a positive integer, or -1 for the one size inferred from the input, but got ${got} in ${target}. Fix: give each axis of a sample its size, e.g. targetShape: [3, 4], or [-1, 4] to infer the first.`;
export const badTargetSize = <got extends string, target extends string>(got: got, target: target): badTargetSize<got, target> =>
  `Reshape: every size in targetShape must be a positive integer, or -1 for the one size inferred from the input, but got ${got} in ${target}. Fix: give each axis of a sample its size, e.g. targetShape: [3, 4], or [-1, 4] to infer the first.`;

export type twoInferred<target extends string> =
  `Reshape: targetShape may hold only one -1 (the size inferred from the input), but got ${target}. Fix: give every other axis its size, e.g. targetShape: [-1, 4].`;
export const twoInferred = <target extends string>(target: target): twoInferred<target> =>
  `Reshape: targetShape may hold only one -1 (the size inferred from the input), but got ${target}. Fix: give every other axis its size, e.g. targetShape: [-1, 4].`;

export type notATarget<got extends string> =
  `Reshape: targetShape must be a list of sizes such as [3, 4], but got ${got}. Fix: write the shape of one sample after reshaping, the batch axis left out.`;
export const notATarget = <got extends string>(got: got): notATarget<got> =>
  `Reshape: targetShape must be a list of sizes such as [3, 4], but got ${got}. Fix: write the shape of one sample after reshaping, the batch axis left out.`;

export type countMismatch<got extends string, count extends string, target extends string, targetCount extends string> =
  `Reshape cannot keep the element count: the input ${got} has ${count} elements a sample, but targetShape ${target} holds ${targetCount}. Fix: choose sizes whose product is ${count}, or write -1 for one of them to have it inferred.`;
export const countMismatch = <got extends string, count extends string, target extends string, targetCount extends string>(
  got: got,
  count: count,
  target: target,
  targetCount: targetCount,
): countMismatch<got, count, target, targetCount> =>
  `Reshape cannot keep the element count: the input ${got} has ${count} elements a sample, but targetShape ${target} holds ${targetCount}. Fix: choose sizes whose product is ${count}, or write -1 for one of them to have it inferred.`;

export type notDivisible<got extends string, count extends string, target extends string, known extends string> =
  `Reshape cannot infer the -1 in targetShape ${target}: the input ${got} has ${count} elements a sample, which the other sizes (${known} elements) do not divide. Fix: choose sizes whose product divides ${count}.`;
export const notDivisible = <got extends string, count extends string, target extends string, known extends string>(
  got: got,
  count: count,
  target: target,
  known: known,
): notDivisible<got, count, target, known> =>
  `Reshape cannot infer the -1 in targetShape ${target}: the input ${got} has ${count} elements a sample, which the other sizes (${known} elements) do not divide. Fix: choose sizes whose product divides ${count}.`;

export type reshapeRank = "Reshape needs a batch axis to keep, but got a shape of rank 0, (). Fix: pass a tensor from input() or a layer; it always has a batch axis.";
export const reshapeRank: reshapeRank =
  "Reshape needs a batch axis to keep, but got a shape of rank 0, (). Fix: pass a tensor from input() or a layer; it always has a batch axis.";

// --- type-level rule ---------------------------------------------------------------------------------

/**
 * Scans a target shape once: `[d]` for the first size that is neither a positive integer nor -1, else
 * the sizes other than -1 and how many -1s there were. Non-literal sizes pass (the runtime checks them).
 */
type scanTarget<t, known extends unknown[] = [], inferred extends 0[] = []> = t extends readonly [infer d, ...infer rest]
  ? isMinusOne<d> extends true
    ? scanTarget<rest, known, [...inferred, 0]>
    : [NotPositiveInts<Exclude<d, -1>>] extends [never]
      ? scanTarget<rest, [...known, d], inferred>
      : [NotPositiveInts<Exclude<d, -1>>]
  : { known: known; inferred: inferred["length"] };

/**
 * Exactly -1. Tested on `d` itself, not `[d]`: in a helper generic over a size (`targetShape: [n, -1]`)
 * the compiler's trial with a wildcard for `n` then stays undecided instead of taking `n` for a -1.
 */
type isMinusOne<d> = d extends -1 ? (-1 extends d ? true : false) : false;

/**
 * Replaces the -1 of a target shape with the inferred size `q`. A non-literal size that may be -1 at
 * run time (`number`) may become `q` too.
 */
type infer1<t, q, acc extends unknown[] = []> = t extends readonly [infer d, ...infer rest]
  ? infer1<rest, q, [...acc, [d] extends [-1] ? q : -1 extends d ? q | Exclude<d, -1> : d]>
  : acc;

/** `"ok"` for a valid target shape, else the error at `targetShape`. */
type checkTarget<t> = t extends readonly unknown[]
  ? scanTarget<t> extends infer r
    ? r extends [infer d]
      ? OptionErr<badTargetSize<`${d & number}`, formatOption<t>>, "targetShape">
      : r extends { inferred: 0 | 1 }
        ? "ok"
        : OptionErr<twoInferred<formatOption<t>>, "targetShape">
    : never
  : "ok";

/**
 * Reshape's shape rule: `[batch, ...rest]` becomes `[batch, ...t]`, its -1 inferred as the element
 * count of `rest` divided by the product of the other sizes. An unknown input axis leaves the -1
 * unknown (null) and skips the count check; a non-literal size gives `number` and skips it too.
 */
export type reshapeShape<s, t> = s extends readonly [infer b extends Dim, ...infer rest extends Shape]
  ? t extends readonly unknown[]
    ? number extends t["length"]
      ? [b, ...Dim[]]
      : scanTarget<t> extends { known: infer k extends Dim[]; inferred: infer i }
        ? Product<rest> extends infer p
          ? Product<k> extends infer kp
            ? [i] extends [0]
              ? Eq<p, kp> extends false
                ? ShapeErr<countMismatch<formatShape<s>, `${p & number}`, formatOption<t>, `${kp & number}`>>
                : [b, ...infer1<t, null extends p ? null : number>]
              : FloorDiv<p, kp> extends infer q
                ? Eq<Mul<q, kp>, p> extends false
                  ? ShapeErr<notDivisible<formatShape<s>, `${p & number}`, formatOption<t>, `${kp & number}`>>
                  : [b, ...infer1<t, q>]
                : never
            : never
          : never
        : [b, ...Dim[]]
    : [b, ...Dim[]]
  : ShapeErr<reshapeRank>;

export interface ReshapeRule<t> extends Rule {
  readonly layer: "Reshape";
  readonly output: reshapeShape<this["input"], t>;
  readonly weights: [];
}

/** A Reshape layer type; `c` is the part of its options that decides shapes: `Reshape<{ targetShape: [-1, 512] }>`. */
export interface Reshape<c = { targetShape: number[] }> extends Layer<ReshapeRule<targetOf<c>>, declaredOf<"Reshape", c>> {
  readonly className: "Reshape";
  /** The target shape as given, -1 included. */
  readonly targetShape: Readonly<targetOf<c>>;
}
type targetOf<c> = opt<c, "targetShape", number[]>;

/** Everything that can be wrong with Reshape's options, first problem first. */
export type checkReshape<o> = firstErr<
  [checkKeys<"Reshape", o, typeof reshapeKeys>, checkTarget<targetOf<o>>, declaredInput<"Reshape", o>]
>;

// --- runtime twin ------------------------------------------------------------------------------------


/** Runtime twin of `checkTarget`: the target shape as a list, or a ShapeError. */
const checkTargetShape = (t: unknown): number[] => {
  if (!Array.isArray(t)) return fail(notATarget(formatOption(t)));
  const bad = Array.from(t).findIndex((d) => d !== -1 && !(typeof d === "number" && Number.isSafeInteger(d) && d > 0));
  if (bad !== -1) fail(badTargetSize(formatOption(t[bad]), formatOption(t)));
  if (t.filter((d) => d === -1).length > 1) fail(twoInferred(formatOption(t)));
  return [...(t as number[])];
};

class ReshapeLayer extends SingleInputLayer {
  declare readonly targetShape: readonly number[];
  constructor(o: ReshapeOptions) {
    checkKeys("Reshape", o, reshapeKeys);
    const targetShape = checkTargetShape(o.targetShape);
    super(o, "Reshape", declaredInput("Reshape", o));
    Object.assign(this, { targetShape });
  }
  computeOutputShape(s: Shape): Shape {
    if (s.length === 0) fail(reshapeRank, this.name);
    const [batch, ...rest] = s as [Dim, ...Dim[]];
    const t = this.targetShape;
    if (rest.some((d) => d === null)) return [batch, ...t.map((d) => (d === -1 ? null : d))];
    const p = safeProduct(rest as number[], `Reshape "${this.name}"`, `the element count of a sample of ${formatShape(s)}`, this.name);
    const known = safeProduct(t.filter((d) => d !== -1), `Reshape "${this.name}"`, `the element count of targetShape ${formatOption(t)}`, this.name);
    if (!t.includes(-1)) {
      if (p !== known) fail(countMismatch(formatShape(s), String(p), formatOption(t), String(known)), this.name);
      return [batch, ...t];
    }
    if (p % known !== 0) fail(notDivisible(formatShape(s), String(p), formatOption(t), String(known)), this.name);
    return [batch, ...t.map((d) => (d === -1 ? p / known : d))];
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { target_shape: [...this.targetShape] };
  }
}

/**
 * Reshapes each sample to `targetShape` (the batch axis left out), keeping its elements. One size may
 * be -1, inferred from the element count; an element count that `targetShape` cannot hold is an error.
 * Give it `inputShape` when it is the first layer of a Sequential.
 *
 * @example
 * ```ts
 * reshape({ targetShape: [3, 4] })(input({ shape: [12] }));            // SymbolicTensor<[null, 3, 4]>
 * reshape({ targetShape: [-1, 2, 2] })(input({ shape: [12] }));        // SymbolicTensor<[null, 3, 2, 2]>
 * reshape({ targetShape: [-1, 512] })(input({ shape: [7, 7, 512] }));  // SymbolicTensor<[null, 49, 512]>
 * reshape({ targetShape: [-1, 4] })(input({ shape: [null, 4] }));      // SymbolicTensor<[null, null, 4]>
 * ```
 */
export function reshape<const o extends ReshapeOptionsCall>(
  options: CheckedOptions<checkReshape<o>, o, ReshapeOptions>,
): Reshape<declaredConfig<o, "targetShape">>;
export function reshape(options: unknown): unknown {
  return new ReshapeLayer(readOptions(options) as ReshapeOptions);
}
