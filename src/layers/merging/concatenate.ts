/**
 * Concatenate: joins a list of tensors along one axis (`axis`, default -1, the last). Every other axis
 * must agree; the joined axis is the sum of the inputs' sizes.
 *
 * ```ts
 * concatenate({ axis: -1 })([a, b]);   // (None, 4) and (None, 3)  ->  SymbolicTensor<[null, 7]>
 * ```
 */
import type { Add, Dim, Gte, IsNatural, Lte, Sub, Sum } from "../../core/arith.js";
import { fail, type CheckedOptions, type ShapeErr } from "../../core/errors.js";
import type { BaseLayerOptions, MergeLayer, Rule } from "../../core/layer.js";
import { baseKeys, checkKeys, type AnyKeys, type checkKnownKeys } from "../../core/options.js";
import { dimsAgree, firstDisagreement, formatShape, normalizeAxis, type DimsAgree, type IsKnown, type Shape } from "../../core/shape.js";
import { before, MergeBase, type noInputs } from "./merge.js";
import { readOptions } from "../../core/read-options.js";

export interface ConcatenateOptions extends BaseLayerOptions {
  /** The axis to join along; negative counts from the end. Default -1, the last axis. */
  readonly axis?: number;
}
const concatenateKeys = ["axis", ...baseKeys] as const;

// --- messages ----------------------------------------------------------------------------------------

export type concatAxis<axis extends string, got extends string, rank extends string> =
  `Concatenate: axis ${axis} does not exist in ${got}, which has rank ${rank}. Fix: use an axis of the input, counted from 0, or from -1 for the last (the default).`;
export const concatAxis = <axis extends string, got extends string, rank extends string>(axis: axis, got: got, rank: rank): concatAxis<axis, got, rank> =>
  `Concatenate: axis ${axis} does not exist in ${got}, which has rank ${rank}. Fix: use an axis of the input, counted from 0, or from -1 for the last (the default).`;

export type concatRank<k extends string, got extends string, first extends string> =
  `Concatenate needs inputs of the same rank, but input ${k} is ${got} while input 0 is ${first}. Fix: bring them to the same rank first, e.g. flatten() each one.`;
export const concatRank = <k extends string, got extends string, first extends string>(k: k, got: got, first: first): concatRank<k, got, first> =>
  `Concatenate needs inputs of the same rank, but input ${k} is ${got} while input 0 is ${first}. Fix: bring them to the same rank first, e.g. flatten() each one.`;

export type concatDims<axis extends string, k extends string, got extends string, before extends string, bad extends string> =
  `Concatenate joins along axis ${axis} and needs every other axis equal, but input ${k} is ${got} while ${before}: axis ${bad} differs. Fix: make axis ${bad} match, or join along axis ${bad} instead.`;
export const concatDims = <axis extends string, k extends string, got extends string, before extends string, bad extends string>(
  axis: axis, k: k, got: got, before: before, bad: bad,
): concatDims<axis, k, got, before, bad> =>
  `Concatenate joins along axis ${axis} and needs every other axis equal, but input ${k} is ${got} while ${before}: axis ${bad} differs. Fix: make axis ${bad} match, or join along axis ${bad} instead.`;

/** One other axis differs, and the joined one too: joining along the other would fail on the joined one. */
export type concatDimsBoth<axis extends string, k extends string, got extends string, before extends string, bad extends string> =
  `Concatenate joins along axis ${axis} and needs every other axis equal, but input ${k} is ${got} while ${before}: axis ${bad} differs. Fix: make axis ${bad} match (joining along axis ${bad} instead would not work, since axis ${axis} differs too).`;
export const concatDimsBoth = <axis extends string, k extends string, got extends string, before extends string, bad extends string>(
  axis: axis, k: k, got: got, before: before, bad: bad,
): concatDimsBoth<axis, k, got, before, bad> =>
  `Concatenate joins along axis ${axis} and needs every other axis equal, but input ${k} is ${got} while ${before}: axis ${bad} differs. Fix: make axis ${bad} match (joining along axis ${bad} instead would not work, since axis ${axis} differs too).`;

/** Several other axes differ: no other axis to join along would work. */
export type concatDimsMany<axis extends string, k extends string, got extends string, before extends string, bad extends string> =
  `Concatenate joins along axis ${axis} and needs every other axis equal, but input ${k} is ${got} while ${before}: axes ${bad} differ. Fix: make axes ${bad} match; only the axis joined along may differ.`;
export const concatDimsMany = <axis extends string, k extends string, got extends string, before extends string, bad extends string>(
  axis: axis, k: k, got: got, before: before, bad: bad,
): concatDimsMany<axis, k, got, before, bad> =>
  `Concatenate joins along axis ${axis} and needs every other axis equal, but input ${k} is ${got} while ${before}: axes ${bad} differ. Fix: make axes ${bad} match; only the axis joined along may differ.`;

// --- type level --------------------------------------------------------------------------------------

/** `axis` resolved against `rank` (negative counts from the end), or `never` when out of range or not an integer. */
type resolveAxis<axis, rank extends number> = `${axis & number}` extends `-${infer n extends number}`
  ? IsNatural<n> extends true ? (Lte<n, rank> extends true ? Sub<rank, n> : never) : never
  : IsNatural<axis> extends true ? (Gte<axis, rank> extends true ? never : axis) : never;

export type at<s extends Shape, i, n extends unknown[] = []> = s extends readonly [infer d, ...infer rest extends Shape]
  ? n["length"] extends i ? d : at<rest, i, [...n, unknown]>
  : never;
export type dropAt<s extends Shape, i, res extends Shape = []> = s extends readonly [infer d, ...infer rest extends Shape]
  ? res["length"] extends i ? [...res, ...rest] : dropAt<rest, i, [...res, d & Dim]>
  : res;
type setAt<s extends Shape, i, v, res extends Shape = []> = s extends readonly [infer d, ...infer rest extends Shape]
  ? res["length"] extends i ? [...res, v & Dim, ...rest] : setAt<rest, i, v, [...res, d & Dim]>
  : res;

/**
 * One pass over input `s` against `ref`, the sizes the inputs before it fix: `[ref', d]`, with `ref'`
 * each size of `ref` that is known, else the size of `s` there, and `d` the size of `s` on the joined
 * axis `ax`; or `false` when an axis other than `ax` cannot agree (the message is then built by the
 * slower types below, once). For a union of shapes, the union of those, which the caller splits. One
 * walk where there were five (dropping the joined axis from both shapes, comparing them, merging them,
 * reading the joined size): most of what an input cost a call.
 */
type concatStep<ref extends Shape, s extends Shape, ax, i extends unknown[] = [], res extends Shape = [], d = never> =
  ref extends readonly [infer r, ...infer rr extends Shape]
    ? s extends readonly [infer x, ...infer sr extends Shape]
      ? i["length"] extends ax
        ? concatStep<rr, sr, ax, [...i, unknown], [...res, knownOf<r, x>], x>
        : DimsAgree<r, x> extends true
          ? concatStep<rr, sr, ax, [...i, unknown], [...res, knownOf<r, x>], d>
          : false
      : [res, d]
    : [res, d];
/** `r` when it is a known size, else `x`. */
type knownOf<r, x> = (IsKnown<r> extends true ? r : x) & Dim;

/**
 * Checks each input after the first against `ref`, the sizes the inputs before it fix (so that two
 * different known sizes on an axis are caught even when input 0 has `None` there, as Keras 3's build
 * does), and sums the joined axis. The other sizes of the output are input 0's, as in Keras 3.
 */
type concatFold<axis, s0 extends Shape, ax, ts extends readonly Shape[], ref extends Shape, dims extends Dim[], k extends unknown[]> =
  ts extends readonly [infer s extends Shape, ...infer rest extends readonly Shape[]]
    ? s["length"] extends s0["length"]
      ? concatStep<ref, s, ax> extends infer step
        ? step extends [infer next extends Shape, infer d]
          ? concatFold<axis, s0, ax, rest, next, [...dims, d & Dim], [...k, unknown]>
          : ShapeErr<concatDimsErr<`${axis & number}`, `${k["length"]}`, formatShape<s>, before<k["length"], formatShape<ref>>, disagreements<ref, s, ax>, DimsAgree<at<ref, ax>, at<s, ax>>>>
        : never
      : ShapeErr<concatRank<`${k["length"]}`, formatShape<s>, formatShape<s0>>>
    : setAt<s0, ax, Sum<dims>>;

/** Every axis other than `ax` where `a` and `b` cannot agree, as a list: `"1, 2"`. Tail recursive. */
type disagreements<a extends Shape, b extends Shape, ax, i extends unknown[] = [], acc extends string = ""> = a extends readonly [infer x, ...infer ar extends Shape]
  ? b extends readonly [infer y, ...infer br extends Shape]
    ? disagreements<ar, br, ax, [...i, unknown], i["length"] extends ax ? acc : DimsAgree<x, y> extends true ? acc : acc extends "" ? `${i["length"]}` : `${acc}, ${i["length"]}`>
    : acc
  : acc;
/** The message for the axes that differ: a fix that works (join along the one other axis only when nothing else differs). */
type concatDimsErr<axis extends string, k extends string, got extends string, before extends string, bad extends string, joinedAgrees> = bad extends `${string}, ${string}`
  ? concatDimsMany<axis, k, got, before, bad>
  : joinedAgrees extends true
    ? concatDims<axis, k, got, before, bad>
    : concatDimsBoth<axis, k, got, before, bad>;

/** Concatenate's shape rule over a tuple of shapes. */
export type concatShape<ts, axis> = ts extends readonly [infer s0 extends Shape, ...infer rest extends readonly Shape[]]
  ? IsKnown<axis> extends false
    ? { [k in keyof s0]: number | null }
    : [resolveAxis<axis, s0["length"]>] extends [never]
      ? ShapeErr<concatAxis<`${axis & number}`, formatShape<s0>, `${s0["length"]}`>>
      : resolveAxis<axis, s0["length"]> extends infer ax
        ? isUnion<s0> extends false
          ? s0 extends readonly [...infer init extends Shape, infer last]
            ? init["length"] extends ax
              ? [s0[number]] extends [null]
                ? concatFold<axis, s0, ax, rest, s0, [last & Dim], [unknown]>
                : concatLast<axis, s0, init, rest, init, last, [last & Dim], [unknown]>
              : concatFold<axis, s0, ax, rest, s0, [at<s0, ax> & Dim], [unknown]>
            : never
          : concatFold<axis, s0, ax, rest, s0, [at<s0, ax> & Dim], [unknown]>
        : never
  : ShapeErr<noInputs<"Concatenate", "concatenate">>;

/**
 * `concatFold` for the last axis (Keras's default, and DenseNet's and NASNet's), without walking the
 * shapes: an input whose other sizes are those the inputs before it fix (`refInit`, the same types)
 * changes nothing but the sum, and is matched as a whole; any other input goes through `concatStep`.
 * `refLast` is what the inputs so far fix on the joined axis (for the messages). Not used when input 0
 * has an `any` size (`any` matches every size, where the walk reads it as not known; the test is
 * `[s0[number]] extends [null]`, which `any` passes, and so does the compiler's stand-in for a helper's
 * type parameter, where `0 extends 1 & ...` would be a possible error in a helper generic over a layer
 * option), nor for a union of shapes (matched as a whole, it would be split into its members).
 */
type concatLast<axis, s0 extends Shape, init extends Shape, ts extends readonly Shape[], refInit extends Shape, refLast, dims extends Dim[], k extends unknown[]> =
  ts extends readonly [infer s extends Shape, ...infer rest extends readonly Shape[]]
    ? isUnion<s> extends false
      ? s extends readonly [...infer si extends Shape, infer x]
        ? [si, refInit] extends [refInit, si]
          ? concatLast<axis, s0, init, rest, refInit, knownOf<refLast, x>, [...dims, x & Dim], [...k, unknown]>
          : concatFold<axis, s0, init["length"], ts, [...refInit, refLast & Dim], dims, k>
        : ShapeErr<concatRank<`${k["length"]}`, formatShape<s>, formatShape<s0>>>
      : concatFold<axis, s0, init["length"], ts, [...refInit, refLast & Dim], dims, k>
    : [...init, Sum<dims>];
/** Whether `u` is a union (of shapes: `[null, 4] | [null, 5]`), which the general fold reads as it always did. */
type isUnion<u, all = u> = u extends unknown ? ([all] extends [u] ? false : true) : never;

export interface ConcatenateRule<axis> extends Rule {
  readonly layer: "Concatenate";
  readonly output: concatShape<this["input"], axis>;
  readonly weights: [];
}

/** A Concatenate layer type; `axis` is the axis it joins along. */
export interface Concatenate<axis extends number = -1> extends MergeLayer<ConcatenateRule<axis>> {
  readonly className: "Concatenate";
  readonly axis: axis;
}

// --- run time ----------------------------------------------------------------------------------------

class ConcatenateLayer extends MergeBase {
  readonly axis: number;
  constructor(o: ConcatenateOptions) {
    checkKeys("Concatenate", o, concatenateKeys);
    super(o, "Concatenate");
    this.axis = o.axis ?? -1;
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { axis: this.axis };
  }
  computeOutputShape(shapes: readonly Shape[]): Shape {
    const s0 = shapes[0]!;
    const ax = normalizeAxis(this.axis, s0.length);
    if (ax === undefined) return fail(concatAxis(String(this.axis), formatShape(s0), String(s0.length)), this.name);
    const drop = (s: Shape) => s.filter((_, i) => i !== ax);
    let sum: Dim = s0[ax]!;
    let ref: Shape = s0; // the sizes the inputs so far fix, axis by axis
    shapes.slice(1).forEach((s, j) => {
      const k = j + 1;
      if (s.length !== s0.length) fail(concatRank(String(k), formatShape(s), formatShape(s0)), this.name);
      if (firstDisagreement(drop(ref), drop(s)) !== -1) {
        const bad = s.flatMap((d, i) => (i !== ax && !dimsAgree(ref[i]!, d) ? [i] : [])).join(", ");
        const args = [String(this.axis), String(k), formatShape(s), before(k, formatShape(ref)), bad] as const;
        fail(bad.includes(",") ? concatDimsMany(...args) : dimsAgree(ref[ax]!, s[ax]!) ? concatDims(...args) : concatDimsBoth(...args), this.name);
      }
      ref = ref.map((r, i) => r ?? s[i]!);
      const d = s[ax]!;
      sum = sum === null || d === null ? null : sum + d;
    });
    return s0.map((d, i) => (i === ax ? sum : d));
  }
}

/**
 * Joins a list of tensors along `axis` (default -1, the last). Every other axis must agree.
 *
 * @example
 * ```ts
 * concatenate()([input({ shape: [4] }), input({ shape: [3] })]);                // SymbolicTensor<[null, 7]>
 * concatenate({ axis: 1 })([input({ shape: [2, 3] }), input({ shape: [5, 3] })]); // SymbolicTensor<[null, 7, 3]>
 * ```
 */
export function concatenate<const o extends ConcatenateOptions & AnyKeys = {}>(
  options?: CheckedOptions<checkKnownKeys<"Concatenate", o, typeof concatenateKeys>, o, ConcatenateOptions>,
): Concatenate<o extends { axis: infer a extends number } ? a : -1>;
export function concatenate(options: unknown = {}): unknown {
  return new ConcatenateLayer(readOptions(options) as ConcatenateOptions);
}
