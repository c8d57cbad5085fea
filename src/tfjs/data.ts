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
import { formatShape, type Dim, type Shape } from "../core/shape.js";

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

export type dataMissingName<call extends string, what extends string, name extends string, names extends string> =
  `${call}: the ${what} data has no entry for the model's ${what} "${name}" (its ${what}s are ${names}). Fix: key the data by the model's ${what} names, one entry each, or pass a list in the model's order.`;
export const dataMissingName = <call extends string, what extends string, name extends string, names extends string>(
  call: call,
  what: what,
  name: name,
  names: names,
): dataMissingName<call, what, name, names> =>
  `${call}: the ${what} data has no entry for the model's ${what} "${name}" (its ${what}s are ${names}). Fix: key the data by the model's ${what} names, one entry each, or pass a list in the model's order.`;

export type dataUnknownName<call extends string, what extends string, name extends string, names extends string> =
  `${call}: the ${what} data has an entry "${name}", but the model has no ${what} of that name (its ${what}s are ${names}). Fix: key the data by the model's ${what} names, or pass a list in the model's order.`;
export const dataUnknownName = <call extends string, what extends string, name extends string, names extends string>(
  call: call,
  what: what,
  name: name,
  names: names,
): dataUnknownName<call, what, name, names> =>
  `${call}: the ${what} data has an entry "${name}", but the model has no ${what} of that name (its ${what}s are ${names}). Fix: key the data by the model's ${what} names, or pass a list in the model's order.`;

export type raggedData<call extends string, what extends string, row extends string, axis extends string, got extends string, expected extends string> =
  `${call}: the ${what} data is ragged: row ${row} has ${got} on axis ${axis}, where the first row there has ${expected}. Fix: give every row of an axis the same length (pad the short ones), or pass a tensor.`;
export const raggedData = <call extends string, what extends string, row extends string, axis extends string, got extends string, expected extends string>(
  call: call,
  what: what,
  row: row,
  axis: axis,
  got: got,
  expected: expected,
): raggedData<call, what, row, axis, got, expected> =>
  `${call}: the ${what} data is ragged: row ${row} has ${got} on axis ${axis}, where the first row there has ${expected}. Fix: give every row of an axis the same length (pad the short ones), or pass a tensor.`;

export type noTensorFunction<call extends string> =
  `${call}: the data is nested arrays, but the TF.js namespace given as tf has no tensor() to make them tensors (@tensorflow/tfjs-layers alone has none). Fix: pass tensors (tensor(data) from @tensorflow/tfjs-core), or pass the @tensorflow/tfjs namespace as tf.`;
export const noTensorFunction = <call extends string>(call: call): noTensorFunction<call> =>
  `${call}: the data is nested arrays, but the TF.js namespace given as tf has no tensor() to make them tensors (@tensorflow/tfjs-layers alone has none). Fix: pass tensors (tensor(data) from @tensorflow/tfjs-core), or pass the @tensorflow/tfjs namespace as tf.`;

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

/**
 * The message for the data `x` of a model whose inputs (or outputs) have the shapes `ss`, or `"ok"`: one
 * shape takes one array or tensor; several take a list (its length and each entry checked) or a record
 * keyed by the model's input names (checked at run time: the compiler does not know the names).
 */
export type checkModelData<call extends string, what extends string, ss, x> = 0 extends 1 & x
  ? "ok"
  : [ss] extends [Shape]
    ? checkData<call, what, ss, x>
    : [ss] extends [readonly Shape[]]
      ? number extends ss["length"]
        ? "ok"
        : x extends readonly unknown[]
          ? number extends x["length"]
            ? "ok"
            : x["length"] extends ss["length"]
              ? firstMessage<{ [k in keyof ss]: k extends `${number}` ? checkData<call, `${what} ${k}`, ss[k], x[k & keyof x]> : "ok" }>
              : dataCount<call, what, `${x["length"]}`, `${ss["length"]}`>
          : x extends { readonly shape: unknown }
            ? dataCount<call, what, "1", `${ss["length"]}`>
            : "ok"
      : "ok";
/** The first entry of a list of messages that is not `"ok"`, else `"ok"`. */
type firstMessage<ms> = ms extends readonly [infer m, ...infer rest] ? ([m] extends ["ok"] ? firstMessage<rest> : m) : "ok";

/** The parameter type of data: the data itself when it fits, else the message. */
export type CheckedData<call extends string, what extends string, s, x> =
  checkModelData<call, what, s, x> extends "ok" ? x : checkModelData<call, what, s, x>;

/**
 * The batch size of data as the compiler knows it: a tuple's length, or the first entry of a tensor's
 * shape type; `number` where it does not know (`number[][]`, `Tensor2D`, `any`). A list of several
 * inputs' data gives its first entry's.
 */
export type batchOf<x, several extends boolean = false> = 0 extends 1 & x
  ? number
  : several extends true
    ? x extends readonly [infer first, ...unknown[]] ? batchOf<first> : number
    : x extends readonly unknown[]
      ? number extends x["length"] ? number : x["length"]
      : x extends { readonly shape: readonly [infer b extends number, ...unknown[]] }
        ? b
        : number;

/**
 * The shape of the data the model gives for output shape `o` and batch size `b`: the batch axis is `b`,
 * and every axis the model leaves unknown (`null`) is `number`, since real data has a size there.
 * An output of unknown rank gives `number[]`.
 */
export type predictedShape<o, b> = o extends readonly Dim[]
  ? number extends o["length"]
    ? number[]
    : o extends readonly [unknown, ...infer rest]
      ? [b, ...{ [k in keyof rest]: rest[k] extends number ? rest[k] : number }]
      : number[]
  : number[];

/** A TF.js tensor `t` whose shape the compiler knows: `Predicted<[2, 1], Tensor>`. */
export type Predicted<s, t> = t & { readonly shape: s };

/**
 * What `predict` gives for data `x` on a model whose outputs have the shapes `o`, when TF.js's predict
 * gives `r`: one output, one tensor; several, a tuple in the model's order, or a record keyed by the
 * output names when the data was a record. Outputs the compiler does not know give TF.js's own type.
 */
export type predictResult<i, o, x, r> = [o] extends [Shape]
  ? Predicted<predictedShape<o, batchOf<x, severalShapes<i>>>, tensorOf<r>>
  : [o] extends [readonly Shape[]]
    ? number extends o["length"]
      ? r
      : x extends readonly unknown[] | { readonly shape: unknown }
        ? { [k in keyof o]: Predicted<predictedShape<o[k], batchOf<x, severalShapes<i>>>, tensorOf<r>> }
        : { readonly [name: string]: Predicted<predictedShape<o[number], number>, tensorOf<r>> }
    : r;
type severalShapes<i> = [i] extends [Shape] ? false : true;
/** The tensor type of TF.js's predict result (`Tensor | Tensor[]`): `Tensor`. */
type tensorOf<r> = unknown extends r ? unknown : Exclude<r, readonly unknown[]>;

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

/** How many entries a row holds, for a message: `3 entries`, `a number`. */
const entries = (x: unknown): string => (Array.isArray(x) ? `${x.length} ${x.length === 1 ? "entry" : "entries"}` : typeof x === "number" ? "a number" : typeof x);

/**
 * Throws unless every row of nested arrays `x` has the shape `shape` read along the first rows (TF.js
 * 4.22 reads it so too, and fills the rest with NaN or fails inside a kernel): a ragged row is named.
 */
const checkRows = (call: string, what: string, x: unknown, shape: readonly number[], axis = 0, row = ""): void => {
  if (axis === shape.length) return;
  const rows = x as readonly unknown[];
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    const at = `${row}[${k}]`;
    const inner = axis + 1 < shape.length;
    if (inner ? !Array.isArray(r) || r.length !== shape[axis + 1] : Array.isArray(r) || typeof r !== "number")
      fail(raggedData(call, what, at, String(axis + 1), entries(r), inner ? `${shape[axis + 1]} ${shape[axis + 1] === 1 ? "entry" : "entries"}` : "a number"));
    if (inner) checkRows(call, what, r, shape, axis + 1, at);
  }
};

/** Throws the message for data `x` given where shape `s` is expected, if it does not fit. */
export const checkDataShape = (call: string, what: string, s: Shape, x: unknown): void => {
  const got = shapeOfData(x);
  if (got === undefined) return; // not data shapeflow can read: TF.js reports it
  if (Array.isArray(x)) checkRows(call, what, x, got);
  const expected = formatShape(s);
  if (got.length !== s.length)
    fail((got.length === s.length - 1 ? batchAxisMissing : dataRank)(call, what, String(got.length), expected, String(s.length)));
  s.forEach((d, i) => {
    if (d !== null && got[i] !== d) fail(dataSize(call, what, formatShape(got), String(i), String(got[i]), String(d), expected));
  });
};

/** Whether `x` is a record of data keyed by name: an object that is neither a list nor a tensor. */
export const isRecord = (x: unknown): x is Readonly<Record<string, unknown>> =>
  typeof x === "object" && x !== null && !Array.isArray(x) && !Array.isArray((x as { readonly shape?: unknown }).shape);

/**
 * Checks a model's data, one array or tensor per input (or output): a list for several, or a record
 * keyed by the model's input (output) names `names`; returns the data as a list in the model's order.
 */
export const checkAll = (call: string, what: string, shapes: readonly Shape[], x: unknown, names: readonly string[]): unknown[] => {
  if (isRecord(x)) {
    const list = names.map((n) => (n in x ? x[n] : fail(dataMissingName(call, what, n, names.map((n) => `"${n}"`).join(", ")))));
    for (const k of Object.keys(x)) if (!names.includes(k)) fail(dataUnknownName(call, what, k, names.map((n) => `"${n}"`).join(", ")));
    shapes.forEach((s, k) => checkDataShape(call, `${what} "${names[k]}"`, s, list[k]));
    return list;
  }
  if (shapes.length === 1) return checkDataShape(call, what, shapes[0]!, x), [x];
  if (!Array.isArray(x) || x.length !== shapes.length) return fail(dataCount(call, what, Array.isArray(x) ? String(x.length) : "1", String(shapes.length)));
  shapes.forEach((s, k) => checkDataShape(call, `${what} ${k}`, s, x[k]));
  return x;
};
