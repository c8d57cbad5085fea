/**
 * What ZeroPadding, Cropping and UpSampling (1D, 2D, 3D) share: the `[before, after]` margins that
 * padding and cropping take per spatial axis, and the rank message. The layouts, axis names and the
 * other spatial helpers are in src/core/conv.ts; the part of the options a layer type keeps is
 * `config` (src/core/config.ts).
 *
 * A margin option is, as in Keras 3 (keras/src/layers/reshaping/zero_padding2d.py):
 * - one number: the same on both sides of every spatial axis (`1` is `[[1, 1], [1, 1]]` in 2D);
 * - with one spatial axis, a `[before, after]` pair: `[1, 2]`;
 * - with 2 or 3 spatial axes, one entry an axis, each a number (both sides) or a `[before, after]`
 *   pair: `[3, 3]`, `[[1, 2], [3, 4]]`, `[[1, 2], 3]`.
 */
import type { Add, NotNaturals } from "../../core/arith.js";
import { exampleShape, layout, spatialRank, wrongRank, type perAxis, type SpatialRank } from "../../core/conv.js";
import { fail, type OptionErr } from "../../core/errors.js";
import { formatOption } from "../../core/options.js";
import type { PositiveSize } from "../../core/positive-size.js";

/** The margin of one axis: one number for both sides, or `[before, after]`. */
export type Margin = number | readonly [before: number, after: number];
/** A margin option for `r` spatial axes (see the file's comment). */
export type Margins<r extends SpatialRank> = r extends 1
  ? number | readonly [before: number, after: number]
  : r extends 2
    ? number | readonly [Margin, Margin]
    : number | readonly [Margin, Margin, Margin];

// --- margins -----------------------------------------------------------------------------------------

/**
 * A margin option as one `[before, after]` pair per spatial axis: `3` in 2D is `[[3, 3], [3, 3]]`.
 * A list of a length the compiler does not know (`number[]`) gives `number` margins.
 */
export type marginPairs<v, r extends SpatialRank> = v extends readonly unknown[]
  ? number extends v["length"]
    ? samePairs<number, r>
    : r extends 1
      ? [[v[0], v[1]]]
      : { -readonly [i in keyof v]: v[i] extends readonly [infer a, infer b] ? [a, b] : [v[i], v[i]] }
  : samePairs<v, r>;
type samePairs<v, r extends SpatialRank> = r extends 1 ? [[v, v]] : r extends 2 ? [[v, v], [v, v]] : [[v, v], [v, v], [v, v]];

/** A size option as one factor per spatial axis, like `perAxis`; `number[]` gives `number` factors. */
export type factors<v, r extends SpatialRank> = v extends readonly unknown[]
  ? number extends v["length"] ? perAxis<number, r> : [...v]
  : perAxis<v, r>;

/** The forms a margin option takes, in words, for messages. */
export type marginForms<r extends SpatialRank> = r extends 1
  ? "a number or a [before, after] pair"
  : r extends 2
    ? "a number, a list of 2 (one per axis: [rows, cols]), or a list of 2 [before, after] pairs"
    : "a number, a list of 3 (one per axis: [dim1, dim2, dim3]), or a list of 3 [before, after] pairs";
const marginForms = (r: SpatialRank): string =>
  r === 1
    ? "a number or a [before, after] pair"
    : `a number, a list of ${r} (one per axis: [${r === 2 ? "rows, cols" : "dim1, dim2, dim3"}]), or a list of ${r} [before, after] pairs`;

export type badMargins<layer extends string, option extends string, forms extends string, got extends string, example extends string> =
  `${layer}: ${option} must be ${forms}, all non-negative integers, but got ${got}. Fix: use e.g. ${option}: ${example}.`;
export const badMargins = <layer extends string, option extends string, forms extends string, got extends string, example extends string>(
  layer: layer,
  option: option,
  forms: forms,
  got: got,
  example: example,
): badMargins<layer, option, forms, got, example> =>
  `${layer}: ${option} must be ${forms}, all non-negative integers, but got ${got}. Fix: use e.g. ${option}: ${example}.`;

/** An example margin option for fixes: `[1, 2]`, `[[1, 1], [2, 2]]`, `[1, 2, 2]`. */
export type marginExample<r extends SpatialRank> = { 1: "[1, 2]"; 2: "[[1, 1], [2, 2]]"; 3: "[1, 2, 2]" }[r];
const marginExample = (r: SpatialRank): string => ({ 1: "[1, 2]", 2: "[[1, 1], [2, 2]]", 3: "[1, 2, 2]" })[r];

/**
 * What the factories accept for a margin option: looser than `Margins<r>`, so that a list of the wrong
 * length gets shapeflow's message (from `checkMargins`) rather than the compiler's.
 */
export type LooseMargins = number | readonly (number | readonly number[])[];
/** Options `options` with option `k` widened to `v`: the factories' constraint. */
export type loosen<options, k extends keyof options, v> = Omit<options, k> & { readonly [p in k]?: v };


/** A non-negative integer up to 1,024, as an options check's fast path takes it (`Defined` in options.ts). */
type smallNatural = 0 | PositiveSize;
/** Margins `checkMargins` certainly accepts: one size for all, or one or a pair per axis (a pair for `r` of 1), each up to 1,024. */
export type fastMargins<r extends SpatialRank> = smallNatural | (r extends 1
  ? readonly [smallNatural, smallNatural]
  : r extends 2
    ? readonly [smallNatural | smallPair, smallNatural | smallPair]
    : readonly [smallNatural | smallPair, smallNatural | smallPair, smallNatural | smallPair]);
type smallPair = readonly [smallNatural, smallNatural];

/** A non-negative integer, or a non-literal `number` (checked at run time); for a union, every member. */
type natural<n> = [NotNaturals<n>] extends [never] ? true : false;
/** A list whose length the compiler does not know (`number[]`) is left to the runtime. */
type pairOk<v extends readonly unknown[]> = number extends v["length"]
  ? true
  : v extends readonly [infer a, infer b] ? (natural<a> extends true ? natural<b> : false) : false;
type entriesOk<v extends readonly unknown[]> = v extends readonly [infer h, ...infer t]
  ? (h extends readonly unknown[] ? pairOk<h> : natural<h>) extends true ? entriesOk<t> : false
  : true;
/** Whether margin option `v` has a right form for `r` axes, all its numbers non-negative integers. */
type marginOk<v, r extends SpatialRank> = v extends readonly unknown[]
  ? r extends 1
    ? pairOk<v>
    : number extends v["length"] ? true : v["length"] extends r ? entriesOk<v> : false
  : natural<v>;

/**
 * `"ok"`, or an error at option `k` unless margin option `v` has one of the forms for `r` spatial
 * axes, all its numbers non-negative integers; for a union, every member, and the error names the
 * members that do not.
 */
export type checkMargins<layer extends string, k extends string, v, r extends SpatialRank> = [v] extends [undefined]
  ? "ok"
  : badMargin<v, r> extends infer bad
    ? [bad] extends [never] ? "ok" : OptionErr<badMargins<layer, k, marginForms<r>, formatOption<bad>, marginExample<r>>, k>
    : never;
/** The members of a margin option that have no right form (a union passes only when every member does). */
type badMargin<v, r extends SpatialRank> = v extends unknown ? (marginOk<v, r> extends true ? never : v) : never;

/**
 * Runtime twin of `marginPairs` and `checkMargins`: the pairs of margin option `v` (`d` when it is not
 * given), or a ShapeError for a wrong form or number (plain JavaScript callers are not checked by the
 * compiler).
 */
export const marginPairs = (layer: string, k: string, v: unknown, d: number, r: SpatialRank): [number, number][] => {
  const natural = (n: unknown): n is number => typeof n === "number" && Number.isSafeInteger(n) && n >= 0;
  const pair = (p: unknown): p is [number, number] => Array.isArray(p) && p.length === 2 && Array.from(p).every(natural); // Array.from: every/map skip holes
  const bad = (): never => fail(badMargins(layer, k, marginForms(r), formatOption(v), marginExample(r)));
  const m = v === undefined ? d : v;
  if (natural(m)) return Array.from({ length: r }, () => [m, m]);
  if (r === 1) return pair(m) ? [[m[0], m[1]]] : bad();
  if (!Array.isArray(m) || m.length !== r) return bad();
  return Array.from(m, (e: unknown): [number, number] => (natural(e) ? [e, e] : pair(e) ? [e[0], e[1]] : bad()));
};

// --- rank --------------------------------------------------------------------------------------------

/**
 * The message for an input of the wrong rank: both layouts for a layer that takes `dataFormat`, the
 * channels-last one for a layer that does not (Cropping1D, UpSampling1D).
 */
export type rankMessage<layer extends string, r extends SpatialRank, f, formats extends boolean, got extends string, gotRank extends string> =
  formats extends true
    ? spatialRank<layer, r, f, got, gotRank>
    : wrongRank<layer, `${Add<r, 2> & number}`, layout<r, "channelsLast">, got, gotRank, exampleShape<r, "channelsLast">>;
export const rankMessage = (layer: string, r: SpatialRank, f: "channelsLast" | "channelsFirst", formats: boolean, got: string, gotRank: string): string =>
  formats
    ? spatialRank(layer, r, f, got, gotRank)
    : wrongRank(layer, String(r + 2), layout(r, "channelsLast"), got, gotRank, exampleShape(r, "channelsLast"));
