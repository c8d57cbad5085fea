/**
 * Checks the data given to fit, predict and evaluate against the model's input and output shapes,
 * before TensorFlow.js sees it: at compile time the rank (the nesting of a `number[][]`, or a TF.js
 * `Tensor2D`'s rank), at run time the rank and every size the model knows.
 *
 * ```ts
 * net.predict([1, 2, 3]);     // compile error: the batch axis is missing: wrap one sample as [[...]] or use tensor2d
 * net.predict([[1, 2, 3]]);   // ok
 * ```
 */
import { fail } from "../core/errors.js";
import { formatShape, type Shape } from "../core/shape.js";

// --- messages --------------------------------------------------------------------------------------

export type batchAxisMissing<call extends string, what extends string, got extends string, expected extends string, rank extends string> =
  `${call}: the ${what} data has rank ${got}, but the model's ${what} is ${expected}, of rank ${rank}: the batch axis is missing. Fix: wrap one sample as [[...]] or use tensor${rank}d.`;
export const batchAxisMissing = <call extends string, what extends string, got extends string, expected extends string, rank extends string>(
  call: call,
  what: what,
  got: got,
  expected: expected,
  rank: rank,
): batchAxisMissing<call, what, got, expected, rank> =>
  `${call}: the ${what} data has rank ${got}, but the model's ${what} is ${expected}, of rank ${rank}: the batch axis is missing. Fix: wrap one sample as [[...]] or use tensor${rank}d.`;

export type dataRank<call extends string, what extends string, got extends string, expected extends string, rank extends string> =
  `${call}: the ${what} data has rank ${got}, but the model's ${what} is ${expected}, of rank ${rank}. Fix: give the data ${rank} axes, the batch axis first, as ${expected}.`;
export const dataRank = <call extends string, what extends string, got extends string, expected extends string, rank extends string>(
  call: call,
  what: what,
  got: got,
  expected: expected,
  rank: rank,
): dataRank<call, what, got, expected, rank> =>
  `${call}: the ${what} data has rank ${got}, but the model's ${what} is ${expected}, of rank ${rank}. Fix: give the data ${rank} axes, the batch axis first, as ${expected}.`;

export type dataSize<call extends string, what extends string, shape extends string, axis extends string, got extends string, expected extends string, modelShape extends string> =
  `${call}: the ${what} data has shape ${shape}, whose axis ${axis} is ${got}, but the model's ${what} ${modelShape} takes ${expected} there. Fix: give the data ${expected} on axis ${axis}, or change the model's ${what} shape.`;
export const dataSize = <call extends string, what extends string, shape extends string, axis extends string, got extends string, expected extends string, modelShape extends string>(
  call: call,
  what: what,
  shape: shape,
  axis: axis,
  got: got,
  expected: expected,
  modelShape: modelShape,
): dataSize<call, what, shape, axis, got, expected, modelShape> =>
  `${call}: the ${what} data has shape ${shape}, whose axis ${axis} is ${got}, but the model's ${what} ${modelShape} takes ${expected} there. Fix: give the data ${expected} on axis ${axis}, or change the model's ${what} shape.`;

export type dataCount<call extends string, what extends string, got extends string, expected extends string> =
  `${call}: the model has ${expected} ${what}s, but got ${got} ${what} arrays. Fix: pass one tensor or array per ${what}, in a list in the model's order.`;
export const dataCount = <call extends string, what extends string, got extends string, expected extends string>(
  call: call,
  what: what,
  got: got,
  expected: expected,
): dataCount<call, what, got, expected> =>
  `${call}: the model has ${expected} ${what}s, but got ${got} ${what} arrays. Fix: pass one tensor or array per ${what}, in a list in the model's order.`;

// --- type level --------------------------------------------------------------------------------------

/**
 * The rank of data as the compiler knows it: the nesting of arrays of numbers (`number[][]` is 2), or a
 * TF.js tensor's rank type (`Tensor2D` is 2); `number` when it does not know (a `Tensor`, `any`).
 */
export type dataRankOf<x, acc extends unknown[] = []> = 0 extends 1 & x
  ? number
  : x extends number
    ? acc["length"]
    : x extends readonly (infer e)[]
      ? dataRankOf<e, [...acc, 0]>
      : x extends { readonly rankType: infer r }
        ? r extends `R${infer n extends number}` ? n : number
        : number;

/** The message for data `x` given where shape `s` is expected, or `"ok"`; unknown ranks pass (checked at run time). */
export type checkData<call extends string, what extends string, s, x> = s extends Shape
  ? number extends s["length"]
    ? "ok"
    : dataRankOf<x> extends infer r extends number
      ? number extends r
        ? "ok"
        : s["length"] extends r
          ? "ok"
          : [r] extends [dropOne<s["length"]>]
            ? batchAxisMissing<call, what, `${r}`, formatShape<s>, `${s["length"]}`>
            : dataRank<call, what, `${r}`, formatShape<s>, `${s["length"]}`>
      : "ok"
  : "ok";
type dropOne<n> = n extends 1 ? 0 : n extends 2 ? 1 : n extends 3 ? 2 : n extends 4 ? 3 : n extends 5 ? 4 : n extends 6 ? 5 : never;

/** The parameter type of data: the data itself when it fits, else the message. */
export type CheckedData<call extends string, what extends string, s, x> = checkData<call, what, s, x> extends "ok" ? x : checkData<call, what, s, x>;

// --- run time ----------------------------------------------------------------------------------------

/** The shape of data: a TF.js tensor's, or a nested array's (read along the first elements). */
export const shapeOfData = (x: unknown): number[] | undefined => {
  const t = x as { readonly shape?: unknown };
  if (typeof x === "object" && x !== null && !Array.isArray(x) && Array.isArray(t.shape)) return [...(t.shape as number[])];
  if (typeof x === "number") return [];
  if (Array.isArray(x)) {
    const inner = x.length > 0 ? shapeOfData(x[0]) : [];
    return inner === undefined ? undefined : [x.length, ...inner];
  }
  return undefined;
};

/** Throws the message for data `x` given where shape `s` is expected, if it does not fit. */
export const checkDataShape = (call: string, what: string, s: Shape, x: unknown): void => {
  const got = shapeOfData(x);
  if (got === undefined) return; // not data shapeflow can read: TF.js reports it
  const expected = formatShape(s);
  if (got.length !== s.length)
    fail((got.length === s.length - 1 ? batchAxisMissing : dataRank)(call, what, String(got.length), expected, String(s.length)));
  s.forEach((d, i) => {
    if (d !== null && got[i] !== d) fail(dataSize(call, what, formatShape(got), String(i), String(got[i]), String(d), expected));
  });
};

/** Checks a model's data, one array or tensor per input (or output); a list for several. */
export const checkAll = (call: string, what: string, shapes: readonly Shape[], x: unknown): void => {
  if (shapes.length === 1) return checkDataShape(call, what, shapes[0]!, x);
  if (!Array.isArray(x) || x.length !== shapes.length) return fail(dataCount(call, what, Array.isArray(x) ? String(x.length) : "1", String(shapes.length)));
  shapes.forEach((s, k) => checkDataShape(call, `${what} ${k}`, s, x[k]));
};
