/**
 * The shape arithmetic that convolution, pooling, padding, cropping and upsampling layers share, at the
 * type level and at run time side by side under the same name, as Keras 3 computes it
 * (keras/src/ops/operation_utils.py):
 *
 * - `valid`: `floor((n - dilated kernel) / stride) + 1`, where the dilated kernel is
 *   `dilation * (kernel - 1) + 1`; an input shorter than the dilated kernel is an error.
 * - `same` and `causal`: `ceil(n / stride)` (Keras writes it `floor((n - 1) / stride) + 1`).
 * - an unknown size (`null`) stays unknown; a non-literal `number` gives `number`.
 *
 * The spatial axes sit between the batch and channels axes (`channelsLast`) or after the channels
 * axis (`channelsFirst`); `split` and `join` take a shape apart and put it back together that way.
 */
import type { Add, CeilDiv, FloorDiv, Lt, Max, Mul, NegativeDifference, NotPositiveInts, Sub } from "./arith.js";
import { fail, type OptionErr, type ShapeErr } from "./errors.js";
import { formatOption } from "./options.js";
import { formatDim, formatShape, type Dim, type IsKnown, type Shape } from "./shape.js";
import type { PositiveSize } from "./positive-size.js";

/** Where the channels axis is: last (`(batch, rows, cols, channels)`, the default) or first after the batch. */
export type DataFormat = "channelsLast" | "channelsFirst";
/** How a window treats the borders: `valid` (no padding) or `same` (pad so that stride 1 keeps the size). */
export type Padding = "valid" | "same";
/** A size per spatial axis: one number for all of them, or a tuple of one per axis. */
export type Spatial<r extends number> = number | (r extends 1 ? readonly [number] : r extends 2 ? readonly [number, number] : readonly [number, number, number]);
/** A size per spatial axis that an options check's fast path lets through (`Defined` in options.ts): positive integers up to 1,024. */
export type PositiveSpatial<r extends number> = PositiveSize | (r extends 1 ? readonly [PositiveSize] : r extends 2 ? readonly [PositiveSize, PositiveSize] : readonly [PositiveSize, PositiveSize, PositiveSize]);
/** The number of spatial axes a layer works on: 1 (Conv1D), 2 (Conv2D) or 3 (Conv3D). */
export type SpatialRank = 1 | 2 | 3;
/** The rank of the whole input of a layer with `r` spatial axes: batch and channels axes included. */
export type fullRank = { 1: 3; 2: 4; 3: 5 };

// --- layouts and names -------------------------------------------------------------------------------

type axisNames = { 1: ["steps"]; 2: ["rows", "cols"]; 3: ["dim1", "dim2", "dim3"] };
const axisNames = { 1: ["steps"], 2: ["rows", "cols"], 3: ["dim1", "dim2", "dim3"] } as const;
type channelName<r> = r extends 1 ? "features" : "channels";
const channelName = (r: SpatialRank): string => (r === 1 ? "features" : "channels");
type joinNames<ns> = ns extends readonly [infer a extends string] ? a : ns extends readonly [infer a extends string, ...infer rest] ? `${a}, ${joinNames<rest>}` : "";

/** The layout a layer of `r` spatial axes reads, in words: `(batch, rows, cols, channels)`. */
export type layout<r extends SpatialRank, f> = [f] extends ["channelsFirst"]
  ? `(batch, ${channelName<r>}, ${joinNames<axisNames[r]>})`
  : `(batch, ${joinNames<axisNames[r]>}, ${channelName<r>})`;
export const layout = <r extends SpatialRank, f extends DataFormat>(r: r, f: f): layout<r, f> =>
  (f === "channelsFirst"
    ? `(batch, ${channelName(r)}, ${axisNames[r].join(", ")})`
    : `(batch, ${axisNames[r].join(", ")}, ${channelName(r)})`) as layout<r, f>;

/** Both layouts, for messages about the rank: "(batch, rows, cols, channels) with channelsLast, or ...". */
export type layouts<r extends SpatialRank> = `${layout<r, "channelsLast">} with channelsLast, or ${layout<r, "channelsFirst">} with channelsFirst`;
export const layouts = <r extends SpatialRank>(r: r): layouts<r> =>
  `${layout(r, "channelsLast")} with channelsLast, or ${layout(r, "channelsFirst")} with channelsFirst`;

/** The name of spatial axis `i` (0-based): `rows`. */
export type axisName<r extends SpatialRank, i extends number> = axisNames[r][i & keyof axisNames[r]] & string;
export const axisName = (r: SpatialRank, i: number): string => axisNames[r][i] ?? `dim${i + 1}`;

/** The index of spatial axis `i` in the whole shape: 1 + i with channelsLast, 2 + i with channelsFirst. */
export type shapeAxis<i extends number, f> = [f] extends ["channelsFirst"] ? [2, 3, 4][i] : [1, 2, 3][i];
export const shapeAxis = (i: number, f: DataFormat): number => (f === "channelsFirst" ? 2 + i : 1 + i);

/** An example input shape (without batch) for a fix: `[28, 28, 1]`. */
export type exampleShape<r extends SpatialRank, f> = [f] extends ["channelsFirst"]
  ? { 1: "[8, 100]"; 2: "[1, 28, 28]"; 3: "[1, 16, 28, 28]" }[r]
  : { 1: "[100, 8]"; 2: "[28, 28, 1]"; 3: "[16, 28, 28, 1]" }[r];
export const exampleShape = (r: SpatialRank, f: DataFormat): string =>
  f === "channelsFirst" ? { 1: "[8, 100]", 2: "[1, 28, 28]", 3: "[1, 16, 28, 28]" }[r] : { 1: "[100, 8]", 2: "[28, 28, 1]", 3: "[16, 28, 28, 1]" }[r];

/**
 * The data format options give: `channelsLast` unless they say `channelsFirst`. A union stays a union,
 * and an `any` (which the compiler cannot see) is read as the union of both: neither says which axis
 * is the channels axis, so the shape rules give `unknownLayout` for it (`knownFormat`).
 */
export type formatOf<o> = o extends { readonly dataFormat: infer f }
  ? 0 extends 1 & f ? DataFormat : f extends DataFormat ? f : "channelsLast"
  : "channelsLast";
/** Whether a data format is known to be one of the two: a union (or `any`) is not. */
export type knownFormat<f> = [DataFormat] extends [f] ? false : true;
/** `number | null` per spatial axis, for a layout the compiler cannot tell. */
export type unknownAxes = { 1: [Dim]; 2: [Dim, Dim]; 3: [Dim, Dim, Dim] };
/**
 * The output of a spatial layer whose data format the compiler cannot tell: the batch axis kept, the
 * rank known, every other size unknown, and no error (the runtime checks the layout it gets).
 */
export type unknownLayout<r extends SpatialRank, s extends Shape> = [s[0], ...unknownAxes[r], Dim];
export const formatOf = (o: { readonly dataFormat?: DataFormat | undefined }): DataFormat => o.dataFormat ?? "channelsLast";

// --- taking a shape apart ----------------------------------------------------------------------------

/** The spatial axes of a shape. */
export type spatialOf<s extends Shape, f> = [f] extends ["channelsFirst"]
  ? s extends readonly [Dim, Dim, ...infer sp extends Dim[]] ? sp : []
  : s extends readonly [Dim, ...infer sp extends Dim[], Dim] ? sp : [];
/** The channels axis of a shape. */
export type channelsOf<s extends Shape, f> = [f] extends ["channelsFirst"]
  ? s[1]
  : [f] extends ["channelsLast"]
    ? s extends readonly [...Dim[], infer c] ? c : never
    : number; // a union or an unknown format: either axis
/** A shape from its batch, spatial and channels axes. */
export type joinShape<b, sp extends readonly unknown[], c, f> = [f] extends ["channelsFirst"] ? [b, c, ...sp] : [b, ...sp, c];

export interface Parts {
  readonly batch: Dim;
  readonly spatial: Dim[];
  readonly channels: Dim;
}
export const split = (s: Shape, f: DataFormat): Parts =>
  f === "channelsFirst"
    ? { batch: s[0] ?? null, channels: s[1] ?? null, spatial: s.slice(2) }
    : { batch: s[0] ?? null, channels: s[s.length - 1] ?? null, spatial: s.slice(1, -1) };
export const joinShape = (b: Dim, sp: readonly Dim[], c: Dim, f: DataFormat): Shape =>
  f === "channelsFirst" ? [b, c, ...sp] : [b, ...sp, c];

// --- spatial options ---------------------------------------------------------------------------------

/**
 * A spatial option as one size per axis: `3` with rank 2 is `[3, 3]`; a tuple is kept. A string, or a
 * list with one (`kernelSize: "3"`, `[3, "3"]`, refused at the option by `checkSpatial`), is an unknown
 * size on every axis, `number` (a mapped type keeping the list's numbers did not compile in the library
 * on TypeScript 5.3, which does not read it as a list on a generic option), as a
 * string `filters` is (`filtersOf`): read as it was, it made the layer's output `never`, which every
 * later layer and `model()` accepted without a word.
 */
export type perAxis<v, r extends SpatialRank> = v extends readonly unknown[]
  ? [Extract<v[number], string>] extends [never] ? [...v] : perAxis<number, r>
  : v extends string
    ? perAxis<number, r>
    : r extends 1 ? [v] : r extends 2 ? [v, v] : [v, v, v];
export const perAxis = (v: number | readonly number[], r: SpatialRank): number[] => {
  if (typeof v !== "number") return [...v];
  // A loop: Array.from with a closure was a top cost of making a convolution.
  const out: number[] = [];
  for (let i = 0; i < r; i++) out.push(v);
  return out;
};

export type notSpatial<layer extends string, option extends string, rank extends string, got extends string, meaning extends string, example extends string> =
  `${layer}: ${option} must be a positive integer or a list of ${rank} positive integers (${meaning}), but got ${got}. Fix: use e.g. ${option}: ${example}.`;
export const notSpatial = <layer extends string, option extends string, rank extends string, got extends string, meaning extends string, example extends string>(
  layer: layer,
  option: option,
  rank: rank,
  got: got,
  meaning: meaning,
  example: example,
): notSpatial<layer, option, rank, got, meaning, example> =>
  `${layer}: ${option} must be a positive integer or a list of ${rank} positive integers (${meaning}), but got ${got}. Fix: use e.g. ${option}: ${example}.`;

/**
 * `"ok"`, or an error at option `k` unless `v` is a positive integer or a list of `r` of them.
 * A non-literal `number` passes (the runtime checks it); a union passes when every member does, and
 * the error names the members that do not.
 */
export type checkSpatial<layer extends string, k extends string, v, r extends SpatialRank, meaning extends string, example extends string> =
  [v] extends [undefined]
    ? "ok"
    : badSpatial<v, r> extends infer bad
      ? [bad] extends [never] ? "ok" : OptionErr<notSpatial<layer, k, `${r}`, formatOption<bad>, meaning, example>, k>
      : never;
/** The members of `v` that are not valid; an `undefined` member (a `null | [1, 2]` strides, where null means "the default") is no value to check. */
type badSpatial<v, r> = v extends undefined
  ? never
  : v extends unknown
  ? (v extends readonly unknown[] ? (v["length"] extends r ? allPositive<v> : false) : [NotPositiveInts<v>] extends [never] ? true : false) extends true
    ? never
    : v
  : never;
type allPositive<v extends readonly unknown[]> = v extends readonly [infer a, ...infer rest]
  ? [NotPositiveInts<a>] extends [never] ? allPositive<rest> : false
  : true;
export const checkSpatial = (layer: string, k: string, v: unknown, r: SpatialRank, meaning: string, example: string): void => {
  if (v === undefined) return;
  // Array.from: `every` skips the holes of `[3, , 3]`, which would pass as sizes.
  if (Array.isArray(v) ? !(v.length === r && Array.from(v).every(positiveSize)) : !positiveSize(v)) fail(notSpatial(layer, k, String(r), formatOption(v), meaning, example));
};
/** (A module function, not a closure made per call, whose compiled code went with it at each collection.) */
const positiveSize = (n: unknown): boolean => typeof n === "number" && Number.isSafeInteger(n) && n > 0;

export type badChoice<layer extends string, option extends string, got extends string, allowed extends string> =
  `${layer}: ${option} must be one of ${allowed}, but got ${got}. Fix: use one of ${allowed}.`;
export const badChoice = <layer extends string, option extends string, got extends string, allowed extends string>(
  layer: layer,
  option: option,
  got: got,
  allowed: allowed,
): badChoice<layer, option, got, allowed> => `${layer}: ${option} must be one of ${allowed}, but got ${got}. Fix: use one of ${allowed}.`;
/** Throws unless `v` is one of `allowed` (plain JavaScript callers are not checked by the compiler). */
export const checkChoice = (layer: string, option: string, v: unknown, allowed: readonly string[]): void => {
  if (v !== undefined && !allowed.includes(v as string))
    fail(badChoice(layer, option, formatOption(v), allowed.map((a) => `"${a}"`).join(", ")));
};

// --- lengths -----------------------------------------------------------------------------------------

/** The span of a kernel of `k` taps spread `d` apart: `d * (k - 1) + 1`. */
export type dilated<k, d> = [d] extends [1] ? k : Add<Mul<d, Sub<k, 1>>, 1>;
export const dilated = (k: number, d: number): number => d * (k - 1) + 1;

/** A window longer than the axis it slides on (with `valid` padding), carrying the window's span. */
export interface TooShort<span> {
  readonly tooShort: span;
}

/**
 * The output length of a window (kernel or pool) of `k` sliding with stride `s` and dilation `d`
 * over an axis of `n`, with padding `p`: `TooShort<span>` when a `valid` window does not fit.
 *
 * A `valid` window whose span is its stride (a pool of 2 with strides 2, a kernel of 1 with stride 1)
 * takes one division: `floor((n - s) / s) + 1` is `floor(n / s)`, and that is 0 exactly when `n < s`.
 * The two must be the same single literal (`[s] extends [span]` both ways), so a `number` or a union
 * takes the general formula. A `valid` window of stride 1 takes one subtraction: `n - (span - 1)`, too
 * short when that is 0 or negative, instead of a comparison, a subtraction and an addition (a 3x3
 * kernel on a new shape: about 1,100 instantiations to 500, issue 17); `span - 1` is the same for every
 * call of a kernel size. A `valid` window of span 1 with a larger stride (ResNet's strided 1x1
 * projections) takes one division: `floor((n - 1) / s) + 1` is `ceil(n / s)` for `n >= 1`, and 0 is too
 * short (about 670 instantiations a new size to 320). A `number` or a union gives `number` either way.
 */
export type convLength<n, k, s, d, p> = [n] extends [null]
  ? null
  : [p] extends ["same"] | ["causal"]
    ? [s] extends [1] ? n : CeilDiv<n, s>
    : [p] extends ["valid"]
      ? dilated<k, d> extends infer span
        ? [span, s] extends [s, span]
          ? FloorDiv<n, s> extends infer q ? ([q] extends [0] ? TooShort<span> : q) : never
          : [s] extends [1]
            ? Sub<n, Sub<span, 1>> extends infer q
              ? [q] extends [0] | [NegativeDifference<unknown, unknown>] ? TooShort<span> : q
              : never
            : [span] extends [1]
              ? [n] extends [0] ? TooShort<span> : CeilDiv<n, s>
            : Lt<n, span> extends true
              ? TooShort<span>
              : Add<FloorDiv<Sub<n, span>, s>, 1>
        : never
      : number;
export const convLength = (n: Dim, k: number, s: number, d: number, p: string): Dim | TooShort<number> => {
  if (n === null) return null;
  if (p !== "valid") return Math.ceil(n / s);
  const span = dilated(k, d);
  return n < span ? { tooShort: span } : Math.floor((n - span) / s) + 1;
};

export type windowTooLarge<layer extends string, what extends string, span extends string, axis extends string, name extends string, size extends string, got extends string> =
  `${layer}: the ${what} spans ${span} along axis ${axis} (${name}), but the input has only ${size} there: ${got}. Fix: use padding: "same", a smaller window, or a larger input.`;
export const windowTooLarge = <layer extends string, what extends string, span extends string, axis extends string, name extends string, size extends string, got extends string>(
  layer: layer,
  what: what,
  span: span,
  axis: axis,
  name: name,
  size: size,
  got: got,
): windowTooLarge<layer, what, span, axis, name, size, got> =>
  `${layer}: the ${what} spans ${span} along axis ${axis} (${name}), but the input has only ${size} there: ${got}. Fix: use padding: "same", a smaller window, or a larger input.`;

/**
 * `windowTooLarge` on the last axis with `channelsFirst`, where data laid out channels last has its
 * channels (`conv2d({ ..., dataFormat: "channelsFirst" })` on `(None, 28, 28, 3)`): the likelier fix first.
 */
export type windowOnChannels<layer extends string, what extends string, span extends string, axis extends string, name extends string, size extends string, got extends string> =
  `${layer}: the ${what} spans ${span} along axis ${axis} (${name}), but the input has only ${size} there: ${got}. With channelsFirst the channels come first. Fix: if your data has its channels last, leave dataFormat out; else use padding: "same", a smaller window, or a larger input.`;
export const windowOnChannels = <layer extends string, what extends string, span extends string, axis extends string, name extends string, size extends string, got extends string>(
  layer: layer,
  what: what,
  span: span,
  axis: axis,
  name: name,
  size: size,
  got: got,
): windowOnChannels<layer, what, span, axis, name, size, got> =>
  `${layer}: the ${what} spans ${span} along axis ${axis} (${name}), but the input has only ${size} there: ${got}. With channelsFirst the channels come first. Fix: if your data has its channels last, leave dataFormat out; else use padding: "same", a smaller window, or a larger input.`;

/**
 * The output lengths of the spatial axes `sp` under windows `k`, strides `s` and dilations `d` (one
 * each per axis), or the `ShapeErr` for the first axis the window does not fit. `what` names the
 * window in the message ("kernel (after dilation)", "pool window"); `input` is the whole input shape,
 * printed only in that message (formatting it for every call cost about 190 instantiations a new
 * shape, issue 17). `same` or `causal` padding with every stride 1 keeps the sizes as they are, with
 * no step per axis, and so does a window of 1 with every stride 1 (ResNet's 1x1 convolutions: a call
 * on a new shape 271 -> 202 instantiations, issue 17) unless an axis may be 0, which a `valid` window
 * does not fit. Tail recursive.
 */
export type convSpatial<
  layer extends string, what extends string, r extends SpatialRank, f, input extends Shape,
  sp extends readonly unknown[], k extends readonly unknown[], s extends readonly unknown[], d extends readonly unknown[], p,
> = [s] extends [readonly 1[]]
  ? [p] extends ["same"] | ["causal"]
    ? sp
    : [k] extends [readonly 1[]]
      ? 0 extends sp[number] ? slide<layer, what, r, f, input, sp, k, s, d, p> : sp
      : slide<layer, what, r, f, input, sp, k, s, d, p>
  : slide<layer, what, r, f, input, sp, k, s, d, p>;
type slide<
  layer extends string, what extends string, r extends SpatialRank, f, input extends Shape,
  sp extends readonly unknown[], k extends readonly unknown[], s extends readonly unknown[], d extends readonly unknown[], p,
  acc extends unknown[] = [],
> = sp extends readonly [infer n, ...infer rest]
  ? convLength<n, k[acc["length"]], s[acc["length"]], d[acc["length"]], p> extends infer o
    ? o extends TooShort<infer span>
      ? [rest, f] extends [readonly [], "channelsFirst"]
        ? ShapeErr<windowOnChannels<layer, what, `${span & number}`, `${shapeAxis<acc["length"], f> & number}`, axisName<r, acc["length"]>, formatDim<n>, formatShape<input>>>
        : ShapeErr<windowTooLarge<layer, what, `${span & number}`, `${shapeAxis<acc["length"], f> & number}`, axisName<r, acc["length"]>, formatDim<n>, formatShape<input>>>
      : slide<layer, what, r, f, input, rest, k, s, d, p, [...acc, o]>
    : never
  : acc;
export const convSpatial = (
  layer: string, name: string | undefined, what: string, r: SpatialRank, f: DataFormat, input: Shape,
  sp: readonly Dim[], k: readonly number[], s: readonly number[], d: readonly number[], p: string,
): Dim[] => {
  // The input is formatted for the message only when an axis fails (formatting it at every call of every
  // convolution and pooling layer was a fiftieth of a ResNet50 build); a loop, not a closure made per call.
  const out: Dim[] = [];
  for (let i = 0; i < sp.length; i++) {
    const n = sp[i]!;
    const o = convLength(n, k[i]!, s[i]!, d[i]!, p);
    if (typeof o === "object" && o !== null)
      return fail((i === sp.length - 1 && f === "channelsFirst" ? windowOnChannels : windowTooLarge)(layer, what, String(o.tooShort), String(shapeAxis(i, f)), axisName(r, i), formatDim(n), formatShape(input)), name);
    out.push(o);
  }
  return out;
};

// --- rank --------------------------------------------------------------------------------------------

export type wrongRank<layer extends string, rank extends string, layouts extends string, got extends string, gotRank extends string, example extends string> =
  `${layer} needs an input of rank ${rank}, ${layouts}, but got ${got} of rank ${gotRank}. Fix: give the input that layout, e.g. input({ shape: ${example} }).`;
export const wrongRank = <layer extends string, rank extends string, layouts extends string, got extends string, gotRank extends string, example extends string>(
  layer: layer,
  rank: rank,
  layouts: layouts,
  got: got,
  gotRank: gotRank,
  example: example,
): wrongRank<layer, rank, layouts, got, gotRank, example> =>
  `${layer} needs an input of rank ${rank}, ${layouts}, but got ${got} of rank ${gotRank}. Fix: give the input that layout, e.g. input({ shape: ${example} }).`;

/** The rank message for a layer of `r` spatial axes, naming both layouts. */
export type spatialRank<layer extends string, r extends SpatialRank, f, got extends string, gotRank extends string> =
  wrongRank<layer, `${Add<r, 2> & number}`, layouts<r>, got, gotRank, exampleShape<r, f>>;
export const spatialRank = (layer: string, r: SpatialRank, f: DataFormat, got: string, gotRank: string): string =>
  wrongRank(layer, String(r + 2), layouts(r), got, gotRank, exampleShape(r, f));

export type unknownChannels<layer extends string, axis extends string, layout extends string, got extends string> =
  `${layer} needs the channels axis (axis ${axis} of ${layout}) of its input defined, since its weights are sized by it, but got ${got}. Fix: give the channels axis a size in the input shape; only other axes may be None.`;
export const unknownChannels = <layer extends string, axis extends string, layout extends string, got extends string>(
  layer: layer,
  axis: axis,
  layout: layout,
  got: got,
): unknownChannels<layer, axis, layout, got> =>
  `${layer} needs the channels axis (axis ${axis} of ${layout}) of its input defined, since its weights are sized by it, but got ${got}. Fix: give the channels axis a size in the input shape; only other axes may be None.`;

// --- transposed lengths ------------------------------------------------------------------------------

/** 1 for an odd size, 0 for an even one; `number` when the size is not a single literal. */
type oddness<n> = IsKnown<n> extends true ? (`${n & number}` extends `${string}${1 | 3 | 5 | 7 | 9}` ? 1 : 0) : number;

/**
 * The output length of a transposed convolution over an axis of `n`, as Keras 3 computes it
 * (keras/src/backend/common/backend_utils.py, `compute_conv_transpose_output_shape`), where the span
 * of the kernel is `d * (k - 1) + 1`:
 *
 * - without `outputPadding` (`op` undefined): `valid` gives `(n - 1) * s + max(span, s)`, `same` gives `n * s`;
 * - with it: `valid` gives `(n - 1) * s + span + op`, `same` gives `(n - 1) * s + span % 2 + op`.
 *
 * An unknown size (`null`) stays unknown; the result is never shorter than 1, so there is no error case.
 */
export type convTransposeLength<n, k, s, d, p, op> = [n] extends [null]
  ? null
  : [op] extends [undefined]
    ? [p] extends ["same"]
      ? Mul<n, s>
      : [p] extends ["valid"]
        ? [s] extends [1] ? Add<Sub<n, 1>, dilated<k, d>> : Add<Mul<Sub<n, 1>, s>, Max<dilated<k, d>, s>>
        : number
    : Add<Add<Mul<Sub<n, 1>, s>, [p] extends ["same"] ? oddness<dilated<k, d>> : [p] extends ["valid"] ? dilated<k, d> : number>, op>;
export const convTransposeLength = (n: Dim, k: number, s: number, d: number, p: string, op: number | undefined): Dim => {
  if (n === null) return null;
  const span = dilated(k, d);
  if (op === undefined) return p === "same" ? n * s : (n - 1) * s + Math.max(span, s);
  return (n - 1) * s + (p === "same" ? span % 2 : span) + op;
};

/**
 * The output lengths of the spatial axes `sp` of a transposed convolution, with kernels `k`, strides
 * `s`, dilations `d` and output paddings `op` (one each per axis; `op` entries undefined when the
 * option is not given). Tail recursive.
 */
export type convTransposeSpatial<
  sp extends readonly unknown[], k extends readonly unknown[], s extends readonly unknown[], d extends readonly unknown[], p, op extends readonly unknown[],
  acc extends unknown[] = [],
> = sp extends readonly [infer n, ...infer rest]
  ? convTransposeSpatial<rest, k, s, d, p, op, [...acc, convTransposeLength<n, k[acc["length"]], s[acc["length"]], d[acc["length"]], p, op[acc["length"]]>]>
  : acc;
export const convTransposeSpatial = (
  sp: readonly Dim[], k: readonly number[], s: readonly number[], d: readonly number[], p: string, op: readonly number[] | undefined,
): Dim[] => sp.map((n, i) => convTransposeLength(n, k[i]!, s[i]!, d[i]!, p, op?.[i]));
