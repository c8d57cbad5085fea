/**
 * Shapes, and the helpers every layer uses to read and print them, at the type level and at run time
 * side by side under the same name.
 */
import type { Dim, IsNatural, IsPositiveInt, Lt, Lte, NotPositiveInts, Sub } from "./arith.js";

export type { Dim };

/**
 * A tensor shape: one entry an axis. `null` is a size not known until run time; the first axis is the
 * batch axis, which Keras prints as `None`. `[null, 50, 50, 3]` is a batch of 50x50 RGB images.
 */
export type Shape = readonly Dim[];

/** True when `d` is a single literal size the compiler knows (not `null`, not `number`, not a union such as `4 | 5`). */
export type IsKnown<d> = [d] extends [null]
  ? false
  : number extends d
    ? false
    : [d] extends [number]
      ? isUnion<d> extends true
        ? false
        : true
      : false;
type isUnion<u, all = u> = u extends unknown ? ([all] extends [u] ? false : true) : never;

/** Prints one axis as Keras does: `None` for an unknown size. Non-literal `number`s print as `?`. */
export type formatDim<d> = [d] extends [null] ? "None" : IsKnown<d> extends true ? `${d & number}` : "?";
export const formatDim = (d: Dim): string => (d === null ? "None" : String(d));

/** Prints a shape as a Python tuple, as Keras shows it: `(None, 4)`, `(None,)`, `()`. */
export type formatShape<s extends Shape> = s extends readonly [infer d]
  ? `(${formatDim<d>},)`
  : `(${joinDims<s, "">})`;
export const formatShape = (s: Shape): string =>
  s.length === 1 ? `(${formatDim(s[0] ?? null)},)` : `(${s.map(formatDim).join(", ")})`;

type joinDims<s extends Shape, acc extends string> = s extends readonly [infer d, ...infer rest extends Shape]
  ? joinDims<rest, acc extends "" ? formatDim<d> : `${acc}, ${formatDim<d>}`>
  : acc;

/** The last axis of a shape, or `never` for rank 0. */
export type Last<s extends Shape> = s extends readonly [...Shape, infer d] ? d : never;

/** The shape without its last axis. */
export type Init<s extends Shape> = s extends readonly [...infer init extends Shape, Dim] ? init : [];

/** Whether two sizes could be the same at run time: equal literals, or either one unknown. */
export type DimsAgree<a, b> = IsKnown<a> extends true ? (IsKnown<b> extends true ? ([a] extends [b] ? true : false) : true) : true;
export const dimsAgree = (a: Dim, b: Dim): boolean => a === null || b === null || a === b;

/**
 * The first axis where two shapes of equal rank cannot agree, as its index, or `-1` when they agree.
 * Tail recursive so that long shapes stay cheap.
 */
export type firstDisagreement<a extends Shape, b extends Shape, i extends unknown[] = []> = a extends readonly [
  infer x,
  ...infer ar extends Shape,
]
  ? b extends readonly [infer y, ...infer br extends Shape]
    ? DimsAgree<x, y> extends true
      ? firstDisagreement<ar, br, [...i, unknown]>
      : i["length"]
    : -1
  : -1;
export const firstDisagreement = (a: Shape, b: Shape): number => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (!dimsAgree(a[i] ?? null, b[i] ?? null)) return i;
  return -1;
};

/**
 * The first size in a shape that is neither a positive integer nor `null`, wrapped as `[d]`, or `[]`
 * when every size is fine (checked before a shape enters a model). Non-literal `number`s pass.
 */
export type badDim<s extends readonly unknown[]> = s extends readonly [infer d, ...infer rest extends readonly unknown[]]
  ? [NotPositiveInts<Exclude<d, null>>] extends [never]
    ? badDim<rest>
    : [NotPositiveInts<Exclude<d, null>>]
  : [];
export const badDim = (s: readonly unknown[]): [unknown] | [] => {
  // A loop by index, not `find`: `find` answers `undefined` both for "none" and for a found `undefined`
  // (or a hole, `[, 3]`), which let such a size through.
  for (let i = 0; i < s.length; i++) {
    const d = s[i];
    if (d !== null && !(typeof d === "number" && Number.isSafeInteger(d) && d > 0)) return [d];
  }
  return [];
};

/** Turns a readonly tuple into the plain tuple users read in hovers: `readonly [3]` into `[3]`. */
export type Mutable<s extends Shape> = [...s];

/**
 * Resolves a possibly negative axis against a rank, as Python indexing does: `normalizeAxis<-1, 4>` is
 * 3. `never` (`undefined` at run time) when the axis is out of range or not an integer literal; callers
 * handle a non-literal `number` axis or rank first.
 */
export type normalizeAxis<axis, rank> = `${axis & number}` extends `-${infer n extends number}`
  ? IsPositiveInt<n> extends true ? (Lte<n, rank> extends true ? Sub<rank, n> : never) : never
  : IsNatural<axis> extends true ? (Lt<axis, rank> extends true ? axis : never) : never;
export const normalizeAxis = (axis: number, rank: number): number | undefined => {
  const a = axis < 0 ? axis + rank : axis;
  return Number.isInteger(a) && a >= 0 && a < rank ? a : undefined;
};
