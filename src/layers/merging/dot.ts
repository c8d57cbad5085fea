/**
 * Dot: the dot product of two tensors along one axis of each (`axes`), sample by sample. The output is
 * input 0 without its dot axis, then input 1 without its batch and dot axes; a result of rank 1 becomes
 * `(batch, 1)`, as in Keras 3.
 *
 * ```ts
 * dot({ axes: -1 })([a, b]);   // (None, 5, 3) and (None, 7, 3)  ->  SymbolicTensor<[null, 5, 7]>
 * ```
 */
import type { IsNatural } from "../../core/arith.js";
import { fail, type CheckedOptions, type ShapeErr } from "../../core/errors.js";
import type { BaseLayerOptions, MergeLayer, Rule } from "../../core/layer.js";
import { baseKeys, checkKeys, formatOption, type checkKeys as checkKeysT } from "../../core/options.js";
import { formatDim, formatShape, normalizeAxis, type Dim, type IsKnown, type Shape } from "../../core/shape.js";
import { checkBoolean, missingOption, readOptions } from "../../core/read-options.js";
import { batchMismatch, MergeBase, type exactlyTwo } from "./merge.js";
import type { at, dropAt } from "./concatenate.js";

export interface DotOptions extends BaseLayerOptions {
  /** The axis of both inputs to multiply along, or `[axis of input 0, axis of input 1]`; negative counts from the end. */
  readonly axes: number | readonly [number, number];
  /** Whether to L2-normalize both inputs along their dot axes first (the output is then their cosine similarity). */
  readonly normalize?: boolean;
}
const dotKeys = ["axes", "normalize", ...baseKeys] as const;

// --- messages ----------------------------------------------------------------------------------------

type dotFix = "dot two tensors, dot({ axes: -1 })([a, b]); for more, chain dot layers";
const dotFix: dotFix = "dot two tensors, dot({ axes: -1 })([a, b]); for more, chain dot layers";

export type dotRank<k extends string, got extends string, rank extends string> =
  `Dot needs inputs of rank 2 or more, (batch, ..., features), but input ${k} is ${got} of rank ${rank}. Fix: give the input a feature axis: input({ shape: [3] }) makes (None, 3).`;
export const dotRank = <k extends string, got extends string, rank extends string>(k: k, got: got, rank: rank): dotRank<k, got, rank> =>
  `Dot needs inputs of rank 2 or more, (batch, ..., features), but input ${k} is ${got} of rank ${rank}. Fix: give the input a feature axis: input({ shape: [3] }) makes (None, 3).`;

export type dotAxis<axis extends string, k extends string, got extends string, rank extends string> =
  `Dot: axis ${axis} does not exist in input ${k}, ${got}, which has rank ${rank}. Fix: use an axis of that input from 1 on, or from -1 for the last.`;
export const dotAxis = <axis extends string, k extends string, got extends string, rank extends string>(axis: axis, k: k, got: got, rank: rank): dotAxis<axis, k, got, rank> =>
  `Dot: axis ${axis} does not exist in input ${k}, ${got}, which has rank ${rank}. Fix: use an axis of that input from 1 on, or from -1 for the last.`;

export type dotBatchAxis<axis extends string, k extends string, got extends string> =
  `Dot: axis ${axis} of input ${k}, ${got}, is its batch axis, which a dot product cannot run along (Keras's batch_dot). Fix: use an axis from 1 on, or from -1 for the last.`;
export const dotBatchAxis = <axis extends string, k extends string, got extends string>(axis: axis, k: k, got: got): dotBatchAxis<axis, k, got> =>
  `Dot: axis ${axis} of input ${k}, ${got}, is its batch axis, which a dot product cannot run along (Keras's batch_dot). Fix: use an axis from 1 on, or from -1 for the last.`;

export type dotSizes<a1 extends string, a2 extends string, s1 extends string, s2 extends string, d1 extends string, d2 extends string> =
  `Dot multiplies axis ${a1} of input 0 with axis ${a2} of input 1, which must have the same size, but input 0 is ${s1} and input 1 is ${s2}: axis ${a1} is ${d1} vs axis ${a2} is ${d2}. Fix: choose axes of equal (known) sizes, e.g. dot({ axes: [1, 2] }), or make those sizes equal.`;
export const dotSizes = <a1 extends string, a2 extends string, s1 extends string, s2 extends string, d1 extends string, d2 extends string>(
  a1: a1, a2: a2, s1: s1, s2: s2, d1: d1, d2: d2,
): dotSizes<a1, a2, s1, s2, d1, d2> =>
  `Dot multiplies axis ${a1} of input 0 with axis ${a2} of input 1, which must have the same size, but input 0 is ${s1} and input 1 is ${s2}: axis ${a1} is ${d1} vs axis ${a2} is ${d2}. Fix: choose axes of equal (known) sizes, e.g. dot({ axes: [1, 2] }), or make those sizes equal.`;

export type badAxes<got extends string> =
  `Dot: axes must be an integer axis or a pair [axis of input 0, axis of input 1], but got ${got}. Fix: use e.g. axes: -1, or axes: [1, 2].`;
export const badAxes = <got extends string>(got: got): badAxes<got> =>
  `Dot: axes must be an integer axis or a pair [axis of input 0, axis of input 1], but got ${got}. Fix: use e.g. axes: -1, or axes: [1, 2].`;

// --- type level --------------------------------------------------------------------------------------

/** The axis of input `k` (0 or 1) that `axes` names. */
type axisOf<axes, k extends 0 | 1> = axes extends readonly [infer a, infer b] ? (k extends 0 ? a : b) : axes;
/** Every size but the first `n` (1 or 2), each unknown: the part of an input the output keeps when the dot axis is not known. */
type unknownRest<s extends Shape, n extends 1 | 2> = s extends readonly [Dim, ...infer r extends Shape]
  ? n extends 2 ? (r extends readonly [Dim, ...infer rr extends Shape] ? { [i in keyof rr]: number | null } : []) : { [i in keyof r]: number | null }
  : [];
/** Keras's rule that a result of rank 1, `(batch,)`, becomes `(batch, 1)`. */
type atLeast2<s extends Shape> = s extends readonly [Dim] ? [...s, 1] : s;
/** Whether the two dot sizes cannot be equal: two different known sizes, or one unknown (None) and one known (Keras's build compares them as they are). */
type sizesClash<x, y> = IsKnown<x> extends true
  ? IsKnown<y> extends true ? ([x] extends [y] ? false : true) : [y] extends [null] ? true : false
  : [x] extends [null] ? IsKnown<y> : false;

type checkAxis<axis, k extends string, s extends Shape> = [normalizeAxis<axis, s["length"]>] extends [never]
  ? ShapeErr<dotAxis<formatOption<axis>, k, formatShape<s>, `${s["length"]}`>>
  : normalizeAxis<axis, s["length"]> extends 0
    ? ShapeErr<dotBatchAxis<formatOption<axis>, k, formatShape<s>>>
    : normalizeAxis<axis, s["length"]>;

/** Dot's shape rule on two shapes. */
export type dotShape<ts, axes> = ts extends readonly [infer s1 extends Shape, infer s2 extends Shape]
  ? s1["length"] extends 0 | 1
    ? ShapeErr<dotRank<"0", formatShape<s1>, `${s1["length"]}`>>
    : s2["length"] extends 0 | 1
      ? ShapeErr<dotRank<"1", formatShape<s2>, `${s2["length"]}`>>
      : [IsKnown<s1[0]>, IsKnown<s2[0]>] extends [true, true] ? ([s1[0]] extends [s2[0]] ? dotAxes<s1, s2, axes> : ShapeErr<batchMismatch<"Dot", "1", `${s2[0] & number}`, `${s1[0] & number}`>>)
      : dotAxes<s1, s2, axes>
  : ShapeErr<exactlyTwo<"Dot", `${ts extends readonly unknown[] ? ts["length"] : 0}`, dotFix>>;
type dotAxes<s1 extends Shape, s2 extends Shape, axes> = [IsKnown<axisOf<axes, 0>>, IsKnown<axisOf<axes, 1>>] extends [true, true]
  ? checkAxis<axisOf<axes, 0>, "0", s1> extends infer i1
    ? i1 extends ShapeErr<string>
      ? i1
      : checkAxis<axisOf<axes, 1>, "1", s2> extends infer i2
        ? i2 extends ShapeErr<string>
          ? i2
          : sizesClash<at<s1, i1>, at<s2, i2>> extends true
            ? ShapeErr<dotSizes<`${i1 & number}`, `${i2 & number}`, formatShape<s1>, formatShape<s2>, formatDim<at<s1, i1>>, formatDim<at<s2, i2>>>>
            : atLeast2<[...dropAt<s1, i1>, ...(dropAt<s2, i2> extends readonly [Dim, ...infer r extends Shape] ? r : [])]>
        : never
    : never
  : atLeast2<[s1[0], ...unknownRest<s1, 2>, ...unknownRest<s2, 2>]>;

export interface DotRule<axes> extends Rule {
  readonly layer: "Dot";
  readonly output: dotShape<this["input"], axes>;
  readonly weights: [];
}

/** A Dot layer type; `axes` are the axes it multiplies along. */
export interface Dot<axes extends number | readonly [number, number] = number | readonly [number, number]> extends MergeLayer<DotRule<axes>> {
  readonly className: "Dot";
  readonly axes: axes;
}

// --- run time ----------------------------------------------------------------------------------------

const isInt = (a: unknown): a is number => typeof a === "number" && Number.isSafeInteger(a);

class DotLayer extends MergeBase {
  readonly axes: number | readonly [number, number];
  readonly normalize: boolean;
  constructor(o: DotOptions) {
    checkKeys("Dot", o, dotKeys);
    if (o.axes === undefined) fail(missingOption("Dot", "axes", "the axis of each input to multiply along", "-1"));
    if (!(isInt(o.axes) || (Array.isArray(o.axes) && o.axes.length === 2 && o.axes.every(isInt)))) fail(badAxes(formatOption(o.axes)));
    checkBoolean("Dot", "normalize", o.normalize);
    super(o, "Dot");
    this.axes = Array.isArray(o.axes) ? ([o.axes[0], o.axes[1]] as const) : o.axes;
    this.normalize = o.normalize ?? false;
  }
  protected override get twoFix(): string {
    return dotFix;
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { axes: Array.isArray(this.axes) ? [...this.axes] : this.axes, normalize: this.normalize };
  }
  computeOutputShape(shapes: readonly Shape[]): Shape {
    const [s1, s2] = shapes as [Shape, Shape];
    [s1, s2].forEach((s, k) => s.length < 2 && fail(dotRank(String(k), formatShape(s), String(s.length)), this.name));
    const b1 = s1[0]!;
    const b2 = s2[0]!;
    if (b1 !== null && b2 !== null && b1 !== b2) fail(batchMismatch("Dot", "1", String(b2), String(b1)), this.name);
    const given = typeof this.axes === "number" ? [this.axes, this.axes] : this.axes;
    const [i1, i2] = [s1, s2].map((s, k) => {
      const i = normalizeAxis(given[k]!, s.length);
      if (i === undefined) return fail(dotAxis(String(given[k]), String(k), formatShape(s), String(s.length)), this.name);
      if (i === 0) fail(dotBatchAxis(String(given[k]), String(k), formatShape(s)), this.name);
      return i;
    }) as [number, number];
    const d1 = s1[i1]!;
    const d2 = s2[i2]!;
    if (d1 !== d2) fail(dotSizes(String(i1), String(i2), formatShape(s1), formatShape(s2), formatDim(d1), formatDim(d2)), this.name);
    const out = [...s1.filter((_, i) => i !== i1), ...s2.filter((_, i) => i !== i2 && i !== 0)];
    return out.length === 1 ? [...out, 1] : out;
  }
}

/**
 * The dot product of two tensors along `axes` (one axis for both, or `[a0, a1]`), sample by sample;
 * `normalize: true` gives the cosine similarity.
 *
 * @example
 * ```ts
 * dot({ axes: -1 })([input({ shape: [5, 3] }), input({ shape: [7, 3] })]);     // SymbolicTensor<[null, 5, 7]>
 * dot({ axes: [1, 2] })([input({ shape: [3, 5] }), input({ shape: [7, 3] })]); // SymbolicTensor<[null, 5, 7]>
 * dot({ axes: 1 })([input({ shape: [3] }), input({ shape: [3] })]);            // SymbolicTensor<[null, 1]>
 * ```
 */
export function dot<const o extends DotOptions>(options: CheckedOptions<checkKeysT<"Dot", o, typeof dotKeys>, o, DotOptions>): Dot<o["axes"]>;
export function dot(options: unknown): unknown {
  return new DotLayer(readOptions(options) as DotOptions);
}
