/**
 * What the noise and dropout layers share: fractions from 0 to 1 (`rate`, `stddev`), and a `noiseShape`
 * checked against the input it masks, at the type level and at run time under the same names.
 */
import { fail, type OptionErr, type ShapeErr } from "../../core/errors.js";
import { formatOption } from "../../core/options.js";
import { badDim, formatDim, formatShape, type Dim, type IsKnown, type Shape } from "../../core/shape.js";

export type notAFraction<layer extends string, option extends string, got extends string, meaning extends string, example extends string> =
  `${layer}: ${option} ${meaning} and must be between 0 and 1, but got ${got}. Fix: use e.g. ${option}: ${example}.`;
export const notAFraction = <layer extends string, option extends string, got extends string, meaning extends string, example extends string>(
  layer: layer, option: option, got: got, meaning: meaning, example: example,
): notAFraction<layer, option, got, meaning, example> =>
  `${layer}: ${option} ${meaning} and must be between 0 and 1, but got ${got}. Fix: use e.g. ${option}: ${example}.`;

/** The literals among `v` outside 0..1 (a non-literal `number` or `any` has none). */
type outside<v> = 0 extends 1 & v
  ? never
  : v extends number
    ? number extends v ? never : `${v}` extends "0" | "1" | `0.${string}` | `${number}e-${number}` ? (`${v}` extends `-${string}` ? v : never) : v
    : never;
/** `"ok"`, or an error at `option` when `v` is (or may be, for a union) a literal outside 0..1. */
export type checkFraction<layer extends string, option extends string, v, meaning extends string, example extends string> =
  [outside<v>] extends [never] ? "ok" : OptionErr<notAFraction<layer, option, `${outside<v> & number}`, meaning, example>, option>;
export const checkFraction = (layer: string, option: string, v: unknown, meaning: string, example: string): void => {
  if (!(typeof v === "number" && v >= 0 && v <= 1)) fail(notAFraction(layer, option, formatOption(v), meaning, example));
};

// --- noiseShape --------------------------------------------------------------------------------------

export type badNoiseSize<layer extends string, got extends string> =
  `${layer}: every size in noiseShape must be a positive integer or null, but got ${got}. Fix: use null for a size taken from the input, 1 for an axis the mask is shared along.`;
export const badNoiseSize = <layer extends string, got extends string>(layer: layer, got: got): badNoiseSize<layer, got> =>
  `${layer}: every size in noiseShape must be a positive integer or null, but got ${got}. Fix: use null for a size taken from the input, 1 for an axis the mask is shared along.`;

export type noiseRank<layer extends string, ns extends string, n extends string, got extends string, rank extends string> =
  `${layer}: noiseShape ${ns} has ${n} sizes, but the input ${got} has rank ${rank}. Fix: give one size for each axis of the input, the batch axis included: null to take the input's size, 1 to share the mask along that axis.`;
export const noiseRank = <layer extends string, ns extends string, n extends string, got extends string, rank extends string>(
  layer: layer, ns: ns, n: n, got: got, rank: rank,
): noiseRank<layer, ns, n, got, rank> =>
  `${layer}: noiseShape ${ns} has ${n} sizes, but the input ${got} has rank ${rank}. Fix: give one size for each axis of the input, the batch axis included: null to take the input's size, 1 to share the mask along that axis.`;

export type noiseSize<layer extends string, ns extends string, got extends string, axis extends string, n extends string, d extends string> =
  `${layer}: noiseShape ${ns} does not fit the input ${got}: axis ${axis} is ${n} where the input has ${d}. Fix: use 1 there to share the mask along that axis, null to take the input's size, or the input's size.`;
export const noiseSize = <layer extends string, ns extends string, got extends string, axis extends string, n extends string, d extends string>(
  layer: layer, ns: ns, got: got, axis: axis, n: n, d: d,
): noiseSize<layer, ns, got, axis, n, d> =>
  `${layer}: noiseShape ${ns} does not fit the input ${got}: axis ${axis} is ${n} where the input has ${d}. Fix: use 1 there to share the mask along that axis, null to take the input's size, or the input's size.`;

/** `"ok"`, or an error at noiseShape for a size that is neither a positive integer nor null. */
export type checkNoiseSizes<layer extends string, ns> = 0 extends 1 & ns
  ? "ok"
  : ns extends Shape
    ? badDim<ns> extends [infer d] ? OptionErr<badNoiseSize<layer, `${d & number}`>, "noiseShape"> : "ok"
    : "ok";
export const checkNoiseSizes = (layer: string, ns: unknown): void => {
  if (ns === undefined || ns === null) return;
  if (!Array.isArray(ns)) return fail(badNoiseSize(layer, formatOption(ns)));
  const bad = badDim(ns);
  if (bad.length > 0) fail(badNoiseSize(layer, formatOption(bad[0])));
};

/** The first axis where a noise size cannot fit the input's: `[axis, noise size, input size]`, or `[]`. */
type noiseMisfit<ns extends readonly unknown[], s extends Shape, i extends unknown[] = []> = ns extends readonly [infer n, ...infer nr]
  ? s extends readonly [infer d, ...infer sr extends Shape]
    ? [n] extends [null] ? noiseMisfit<nr, sr, [...i, unknown]>
      : IsKnown<n> extends false ? noiseMisfit<nr, sr, [...i, unknown]>
      : [n] extends [1] ? noiseMisfit<nr, sr, [...i, unknown]>
      : IsKnown<d> extends false ? noiseMisfit<nr, sr, [...i, unknown]>
      : [n] extends [d] ? noiseMisfit<nr, sr, [...i, unknown]>
      : [i["length"], n, d]
    : []
  : [];

/**
 * The input shape `s` when `noiseShape` `ns` fits it (same rank; each size null, 1, or the input's),
 * else the error. A `noiseShape` the compiler cannot read (`any`, `number[]`) and unknown sizes pass.
 */
export type noiseFits<layer extends string, ns, s extends Shape> = 0 extends 1 & ns
  ? s
  : [ns] extends [undefined | null]
    ? s
    : ns extends readonly unknown[]
      ? number extends ns["length"]
        ? s
        : ns["length"] extends s["length"]
          ? noiseMisfit<ns, s> extends [infer k extends number, infer n, infer d]
            ? ShapeErr<noiseSize<layer, formatOption<ns>, formatShape<s>, `${k}`, `${n & number}`, formatDim<d>>>
            : s
          : ShapeErr<noiseRank<layer, formatOption<ns>, `${ns["length"]}`, formatShape<s>, `${s["length"]}`>>
      : s;
export const noiseFits = (layer: string, name: string, ns: readonly Dim[] | null, s: Shape): Shape => {
  if (ns === null) return s;
  if (ns.length !== s.length) return fail(noiseRank(layer, formatOption(ns), String(ns.length), formatShape(s), String(s.length)), name);
  ns.forEach((n, k) => {
    const d = s[k]!;
    if (n !== null && n !== 1 && d !== null && n !== d) fail(noiseSize(layer, formatOption(ns), formatShape(s), String(k), String(n), formatDim(d)), name);
  });
  return s;
};
