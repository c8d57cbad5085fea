/**
 * What BatchNormalization and LayerNormalization share: the axes they normalize, resolved against the
 * input's rank (negative counts from the end, as in Python), and the sizes their weights take from
 * those axes, at the type level and at run time side by side under the same name.
 *
 * Checked for each axis in the order written: that it exists, that it was not already named, and
 * (when the layer has weights) that its size is known.
 */
import type { IsNatural } from "../../core/arith.js";
import { fail, type OptionErr, type ShapeErr } from "../../core/errors.js";
import { formatOption } from "../../core/options.js";
import { formatShape, normalizeAxis, type Dim, type IsKnown, type Shape } from "../../core/shape.js";

// --- messages ----------------------------------------------------------------------------------------

export type notAnAxis<layer extends string, expected extends string, got extends string> =
  `${layer}: axis must be ${expected} (an axis counted from 0, or from -1 for the last), but got ${got}. Fix: use e.g. axis: -1, the last axis (the default).`;
export const notAnAxis = <layer extends string, expected extends string, got extends string>(
  layer: layer,
  expected: expected,
  got: got,
): notAnAxis<layer, expected, got> =>
  `${layer}: axis must be ${expected} (an axis counted from 0, or from -1 for the last), but got ${got}. Fix: use e.g. axis: -1, the last axis (the default).`;

export type axisOutOfRange<layer extends string, axis extends string, got extends string, rank extends string> =
  `${layer}: axis ${axis} does not exist in ${got}, which has rank ${rank}. Fix: use an axis of the input, counted from 0, or from -1 for the last (the default).`;
export const axisOutOfRange = <layer extends string, axis extends string, got extends string, rank extends string>(
  layer: layer,
  axis: axis,
  got: got,
  rank: rank,
): axisOutOfRange<layer, axis, got, rank> =>
  `${layer}: axis ${axis} does not exist in ${got}, which has rank ${rank}. Fix: use an axis of the input, counted from 0, or from -1 for the last (the default).`;

export type repeatedAxis<layer extends string, axes extends string, got extends string, axis extends string> =
  `${layer}: axis ${axes} names axis ${axis} of ${got} twice. Fix: list each axis once.`;
export const repeatedAxis = <layer extends string, axes extends string, got extends string, axis extends string>(
  layer: layer,
  axes: axes,
  got: got,
  axis: axis,
): repeatedAxis<layer, axes, got, axis> => `${layer}: axis ${axes} names axis ${axis} of ${got} twice. Fix: list each axis once.`;

export type unknownAxis<layer extends string, axis extends string, got extends string> =
  `${layer} needs axis ${axis} of its input defined, since its weights are sized by it, but got ${got}. Fix: give that axis a size in the input shape; only other axes may be None.`;
export const unknownAxis = <layer extends string, axis extends string, got extends string>(
  layer: layer,
  axis: axis,
  got: got,
): unknownAxis<layer, axis, got> =>
  `${layer} needs axis ${axis} of its input defined, since its weights are sized by it, but got ${got}. Fix: give that axis a size in the input shape; only other axes may be None.`;

// Plain JavaScript callers only: the compiler stops these at the option's type.
export type notANumber<layer extends string, option extends string, got extends string, meaning extends string, example extends string> =
  `${layer}: ${option} must be a number (${meaning}), but got ${got}. Fix: use e.g. ${option}: ${example}.`;
export const notANumber = <layer extends string, option extends string, got extends string, meaning extends string, example extends string>(
  layer: layer,
  option: option,
  got: got,
  meaning: meaning,
  example: example,
): notANumber<layer, option, got, meaning, example> =>
  `${layer}: ${option} must be a number (${meaning}), but got ${got}. Fix: use e.g. ${option}: ${example}.`;

// --- options -----------------------------------------------------------------------------------------

/** False only for a literal that is not an integer; a non-literal `number` or a union passes (the runtime checks it). */
type isInteger<a> = `${a & number}` extends `-${infer n extends number}` ? IsNatural<n> : IsNatural<a>;
type allIntegers<as extends readonly unknown[]> = as extends readonly [infer a, ...infer rest]
  ? isInteger<a> extends false ? false : allIntegers<rest>
  : true;

/**
 * `"ok"`, or an error at `axis` unless it is an integer (or, with `lists`, a non-empty list of
 * integers). `expected` says which, in the message.
 */
export type checkAxis<layer extends string, a, expected extends string, lists extends boolean> = [a] extends [undefined]
  ? "ok"
  : (a extends readonly unknown[]
        ? lists extends true ? (a extends readonly [] ? false : allIntegers<a>) : false
        : isInteger<a> extends false ? false : true) extends true
    ? "ok"
    : OptionErr<notAnAxis<layer, expected, formatOption<a>>, "axis">;
export const checkAxis = (layer: string, a: unknown, expected: string, lists: boolean): void => {
  if (a === undefined) return;
  const ok = Array.isArray(a) ? lists && a.length > 0 && Array.from(a).every((x) => Number.isInteger(x)) : Number.isInteger(a);
  if (!ok) fail(notAnAxis(layer, expected, formatOption(a)));
};

/** Throws unless `v` is a finite number or left out. */
export const checkNumber = (layer: string, option: string, v: unknown, meaning: string, example: string): void => {
  if (v !== undefined && !(typeof v === "number" && Number.isFinite(v)))
    fail(notANumber(layer, option, formatOption(v), meaning, example));
};

// --- shapes ------------------------------------------------------------------------------------------

/**
 * A list of axes with unions among its elements as the union of the lists they make (`[1, 2 | 3]` is
 * `[1, 2] | [1, 3]`), so that each is checked as its literal would be. An element typed `number` stays.
 */
export type axisLists<a extends readonly unknown[], acc extends readonly unknown[] = []> = number extends a["length"]
  ? a
  : a extends readonly [infer x, ...infer rest]
    ? x extends unknown ? axisLists<rest, [...acc, x]> : never
    : acc;

/**
 * The sizes of axes `axes` of shape `s`, in the order written (the shape of the layer's weights), or
 * the `ShapeErr` for the first axis that does not exist, is named twice, or (with `known`) has an
 * unknown size. `shown` is the axis option as the messages print it. An axis the compiler does not
 * know (a non-literal `number`, a union), or an input of unknown rank, gives a size of `number`; the
 * runtime checks it. Tail recursive.
 */
export type axesSizes<
  layer extends string, s extends Shape, axes extends readonly unknown[], known extends boolean, shown extends string,
  seen = never, acc extends Dim[] = [],
> = number extends s["length"] | axes["length"]
  ? { [k in keyof axes]: number }
  : axes extends readonly [infer a, ...infer rest]
    ? IsKnown<a> extends false
      ? axesSizes<layer, s, rest, known, shown, seen, [...acc, number]>
      : normalizeAxis<a, s["length"]> extends infer i
        ? [i] extends [never]
          ? ShapeErr<axisOutOfRange<layer, `${a & number}`, formatShape<s>, `${s["length"]}`>>
          : [i] extends [seen]
            ? ShapeErr<repeatedAxis<layer, shown, formatShape<s>, `${i & number}`>>
            : known extends true
              ? [s[i & keyof s]] extends [null]
                ? ShapeErr<unknownAxis<layer, `${a & number}`, formatShape<s>>>
                : axesSizes<layer, s, rest, known, shown, seen | i, [...acc, s[i & keyof s] & Dim]>
              : axesSizes<layer, s, rest, known, shown, seen | i, [...acc, s[i & keyof s] & Dim]>
        : never
    : acc;
export const axesSizes = (
  layer: string, name: string, s: Shape, axes: readonly number[], known: boolean, shown: string,
): Dim[] => {
  // A loop, and the axes seen so far searched in a list (there are one or a few): this runs twice for
  // every call of a BatchNormalization, where a set and a mapping closure were a measurable cost.
  const seen: number[] = [];
  const sizes: Dim[] = [];
  for (const a of axes) {
    const i = normalizeAxis(a, s.length);
    if (i === undefined) return fail(axisOutOfRange(layer, String(a), formatShape(s), String(s.length)), name);
    if (seen.includes(i)) fail(repeatedAxis(layer, shown, formatShape(s), String(i)), name);
    seen.push(i);
    const d = s[i] ?? null;
    if (known && d === null) fail(unknownAxis(layer, String(a), formatShape(s)), name);
    sizes.push(d);
  }
  return sizes;
};
