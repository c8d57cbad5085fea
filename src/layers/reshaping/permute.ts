/**
 * Permute: reorders the axes after the batch axis. `dims` lists them in their new order, counted from
 * 1 as in Keras: `dims: [2, 1]` turns `(batch, 10, 64)` into `(batch, 64, 10)`. The input must have
 * exactly one axis for each entry of `dims`, plus the batch axis.
 *
 * ```ts
 * permute({ dims: [2, 1] })(input({ shape: [10, 64] }));   // SymbolicTensor<[null, 64, 10]>
 * ```
 */
import type { Add, Dim } from "../../core/arith.js";
import type { declaredConfig, declaredOf, opt } from "../../core/config.js";
import { fail, type CheckedOptions, type firstErr, type OptionErr, type ShapeErr } from "../../core/errors.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import { SingleInputLayer, type BaseLayerOptions, type Layer, type Rule } from "../../core/layer.js";
import { baseKeys, checkKeys, formatOption, inputKeys } from "../../core/options.js";
import { formatShape, type IsKnown, type Shape } from "../../core/shape.js";
import { readOptions } from "../../core/read-options.js";
import type { PermuteOptions as PermuteOptionsCall } from "../option-calls.js";

export interface PermuteOptions extends BaseLayerOptions, InputSpecOptions {
  /**
   * The new order of the axes after the batch axis, counted from 1 (the batch axis is left out):
   * `[2, 1]` swaps the two axes of a `(batch, steps, features)` input.
   */
  readonly dims: readonly number[];
}
const permuteKeys = ["dims", ...baseKeys, ...inputKeys] as const;

// --- messages --------------------------------------------------------------------------------------

export type notAPermutation<got extends string, n extends string> =
  `Permute: dims must list each of the axes 1 to ${n} once (the axes after the batch axis, counted from 1), but got ${got}. Fix: write the numbers 1 to ${n} in their new order, e.g. dims: [2, 1] swaps two axes.`;
export const notAPermutation = <got extends string, n extends string>(got: got, n: n): notAPermutation<got, n> =>
  `Permute: dims must list each of the axes 1 to ${n} once (the axes after the batch axis, counted from 1), but got ${got}. Fix: write the numbers 1 to ${n} in their new order, e.g. dims: [2, 1] swaps two axes.`;

export type notDims<got extends string> =
  `Permute: dims must be a list of axes such as [2, 1], but got ${got}. Fix: list the axes after the batch axis, counted from 1, in their new order.`;
export const notDims = <got extends string>(got: got): notDims<got> =>
  `Permute: dims must be a list of axes such as [2, 1], but got ${got}. Fix: list the axes after the batch axis, counted from 1, in their new order.`;

export type permuteRank<dims extends string, n extends string, rank extends string, got extends string, gotRank extends string> =
  `Permute: dims ${dims} orders ${n} axes, so it needs an input of rank ${rank} (the batch axis and ${n} more), but got ${got} of rank ${gotRank}. Fix: give dims one entry for each axis after the batch axis.`;
export const permuteRank = <dims extends string, n extends string, rank extends string, got extends string, gotRank extends string>(
  dims: dims,
  n: n,
  rank: rank,
  got: got,
  gotRank: gotRank,
): permuteRank<dims, n, rank, got, gotRank> =>
  `Permute: dims ${dims} orders ${n} axes, so it needs an input of rank ${rank} (the batch axis and ${n} more), but got ${got} of rank ${gotRank}. Fix: give dims one entry for each axis after the batch axis.`;

// --- type-level rule ---------------------------------------------------------------------------------

/** The axes 1 to n as a union (n is a rank, so a short tuple count is cheap). */
type axes<n, acc extends 0[] = [], u = never> = acc["length"] extends n ? u : axes<n, [...acc, 0], u | [...acc, 0]["length"]>;

/**
 * Whether `d` lists each of `all` once: with as many entries as axes, no entry outside them and none
 * twice, it is a permutation. Non-literal entries pass (the runtime checks them).
 */
type isPermutation<d, all, seen = never> = d extends readonly [infer x, ...infer rest]
  ? IsKnown<x> extends false
    ? isPermutation<rest, all, seen>
    : [x] extends [all]
      ? [x] extends [seen] ? false : isPermutation<rest, all, seen | x>
      : false
  : true;

/** `"ok"` for a permutation, else the error at `dims`. */
type checkDims<d> = d extends readonly unknown[]
  ? number extends d["length"]
    ? "ok"
    : isPermutation<d, axes<d["length"]>> extends true
      ? "ok"
      : OptionErr<notAPermutation<formatOption<d>, `${d["length"]}`>, "dims">
  : "ok";

/** The input's axes in the order `d` gives; a non-literal entry may be any of them. */
type pick<s extends Shape, d, acc extends unknown[] = []> = d extends readonly [infer x, ...infer rest]
  ? pick<s, rest, [...acc, IsKnown<x> extends true ? s[x & keyof s] : (s extends readonly [Dim, ...infer r extends Dim[]] ? r[number] : Dim)]>
  : acc;

/** Permute's shape rule: `[batch, ...axes]` becomes `[batch, ...axes in the order dims gives]`. */
export type permuteShape<s, d> = s extends Shape
  ? d extends readonly unknown[]
    ? number extends d["length"]
      ? [s[0], ...Dim[]]
      : s["length"] extends Add<d["length"], 1>
        ? [s[0], ...pick<s, d>]
        : ShapeErr<permuteRank<formatOption<d>, `${d["length"]}`, `${Add<d["length"], 1> & number}`, formatShape<s>, `${s["length"]}`>>
    : [s[0], ...Dim[]]
  : never;

export interface PermuteRule<d> extends Rule {
  readonly layer: "Permute";
  readonly output: permuteShape<this["input"], d>;
  readonly weights: [];
}

/** A Permute layer type; `c` is the part of its options that decides shapes: `Permute<{ dims: [2, 1] }>`. */
export interface Permute<c = { dims: number[] }> extends Layer<PermuteRule<dimsOf<c>>, declaredOf<"Permute", c>> {
  readonly className: "Permute";
  /** The new order of the axes after the batch axis, counted from 1. */
  readonly dims: Readonly<dimsOf<c>>;
}
type dimsOf<c> = opt<c, "dims", number[]>;

/** Everything that can be wrong with Permute's options, first problem first. */
export type checkPermute<o> = firstErr<[checkKeys<"Permute", o, typeof permuteKeys>, checkDims<dimsOf<o>>, declaredInput<"Permute", o>]>;

// --- runtime twin ------------------------------------------------------------------------------------

/** Runtime twin of `checkDims`: the dims as a list, or a ShapeError. */
const checkDimsList = (d: unknown): number[] => {
  if (!Array.isArray(d)) return fail(notDims(formatOption(d)));
  const dims = Array.from(d as unknown[]);
  const sorted = [...dims].sort((a, b) => Number(a) - Number(b));
  if (!sorted.every((x, i) => x === i + 1)) fail(notAPermutation(formatOption(dims), String(dims.length)));
  return dims as number[];
};

class PermuteLayer extends SingleInputLayer {
  declare readonly dims: readonly number[];
  constructor(o: PermuteOptions) {
    checkKeys("Permute", o, permuteKeys);
    const dims = checkDimsList(o.dims);
    super(o, "Permute", declaredInput("Permute", o));
    Object.assign(this, { dims });
  }
  computeOutputShape(s: Shape): Shape {
    const d = this.dims;
    if (s.length !== d.length + 1)
      fail(permuteRank(formatOption(d), String(d.length), String(d.length + 1), formatShape(s), String(s.length)), this.name);
    return [s[0] as Dim, ...d.map((i) => s[i] as Dim)];
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { dims: [...this.dims] };
  }
}

/**
 * Reorders the axes after the batch axis: `dims` lists them in their new order, counted from 1 (as in
 * Keras). The input needs one axis for each entry of `dims`, plus the batch axis. Give it `inputShape`
 * when it is the first layer of a Sequential.
 *
 * @example
 * ```ts
 * permute({ dims: [2, 1] })(input({ shape: [10, 64] }));         // SymbolicTensor<[null, 64, 10]>
 * permute({ dims: [3, 1, 2] })(input({ shape: [28, 28, 3] }));   // SymbolicTensor<[null, 3, 28, 28]>
 * permute({ dims: [2, 1] })(input({ shape: [null, 8] }));         // SymbolicTensor<[null, 8, null]>
 * ```
 */
export function permute<const o extends PermuteOptionsCall>(
  options: CheckedOptions<checkPermute<o>, o, PermuteOptions>,
): Permute<declaredConfig<o, "dims">>;
export function permute(options: unknown): unknown {
  return new PermuteLayer(readOptions(options) as PermuteOptions);
}
