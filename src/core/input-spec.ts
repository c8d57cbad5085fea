/**
 * The ways to tell a model the shape of its data, and the one batch shape they all come down to.
 *
 * - `inputShape: [50, 50, 3]`: the batch axis is left out and shows as `None`: `(None, 50, 50, 3)`.
 * - `inputShape` plus `batchSize: 30`: a fixed batch, `(30, 50, 50, 3)`.
 * - `batchInputShape: [30, 50, 50, 3]` (or its Keras 3 spelling `batchShape`): the batch axis included.
 * - `inputDim: 3`: for one-axis inputs only, the same as `inputShape: [3]`.
 */
import type { NotPositiveInts } from "./arith.js";
import type { known } from "./config.js";
import { fail, ShapeError, type OptionErr, type ShapeErr } from "./errors.js";
import { formatOption, type has } from "./options.js";
import { badDim, type Dim, type Shape } from "./shape.js";

/**
 * Options every layer takes to declare its input when it is the first layer of a Sequential. `null` is
 * left out, as Keras 3 reads `input_shape=None` and `input_dim=None` (their defaults: layers/layer.py
 * pops them and declares nothing) and TF.js reads each of these: `dense({ units: 4, inputShape: null })`
 * declares no input, in the types as at run time.
 */
export interface InputSpecOptions {
  /** The shape of one sample, the batch axis left out: `[50, 50, 3]`. Shown with `None` in front. */
  readonly inputShape?: Shape | null;
  /** For one-axis inputs: `inputDim: 3` is `inputShape: [3]`. */
  readonly inputDim?: number | null;
  /** The whole shape, batch axis included: `[30, 50, 50, 3]`. */
  readonly batchInputShape?: Shape | null;
  /** Keras 3's name for `batchInputShape`. */
  readonly batchShape?: Shape | null;
  /** A fixed batch size to put in front of `inputShape` or `inputDim`. */
  readonly batchSize?: number | null;
}

const spellings = ["inputShape", "inputDim", "batchInputShape", "batchShape"] as const;
type Spelling = (typeof spellings)[number];

export type twoSpellings<layer extends string, a extends string, b extends string> =
  `${layer}: the input shape is given twice, as ${a} and as ${b}. Fix: keep one: ${spellingHelp<layer>}.`;
export const twoSpellings = <layer extends string, a extends string, b extends string>(
  layer: layer,
  a: a,
  b: b,
): twoSpellings<layer, a, b> =>
  `${layer}: the input shape is given twice, as ${a} and as ${b}. Fix: keep one: ${spellingHelp(layer)}.`;
/** What the spellings mean, in the option names the layer takes: input() takes shape and batchShape. */
type spellingHelp<layer extends string> = layer extends "Input"
  ? "shape leaves the batch axis out (it shows as None), batchShape includes it"
  : "inputShape leaves the batch axis out (it shows as None), batchInputShape includes it";
const spellingHelp = <layer extends string>(layer: layer): spellingHelp<layer> =>
  (layer === "Input"
    ? "shape leaves the batch axis out (it shows as None), batchShape includes it"
    : "inputShape leaves the batch axis out (it shows as None), batchInputShape includes it") as spellingHelp<layer>;

export type batchSizeAlone<layer extends string, with_ extends string> =
  `${layer}: batchSize goes with inputShape or inputDim, but got it ${with_}. Fix: write inputShape: [...] beside batchSize, or put the batch size first in batchInputShape.`;
export const batchSizeAlone = <layer extends string, with_ extends string>(
  layer: layer,
  with_: with_,
): batchSizeAlone<layer, with_> =>
  `${layer}: batchSize goes with inputShape or inputDim, but got it ${with_}. Fix: write inputShape: [...] beside batchSize, or put the batch size first in batchInputShape.`;

export type badSize<layer extends string, option extends string, got extends string> =
  `${layer}: every size in ${option} must be a positive integer or null, but got ${got}. Fix: give each axis its number of elements, or null where it is only known at run time.`;
export const badSize = <layer extends string, option extends string, got extends string>(
  layer: layer,
  option: option,
  got: got,
): badSize<layer, option, got> =>
  `${layer}: every size in ${option} must be a positive integer or null, but got ${got}. Fix: give each axis its number of elements, or null where it is only known at run time.`;

export type badBatchSize<layer extends string, got extends string> =
  `${layer}: batchSize must be a positive integer (the number of samples in each batch), but got ${got}. Fix: write e.g. batchSize: 32, or leave it out for batches of any size.`;
export const badBatchSize = <layer extends string, got extends string>(layer: layer, got: got): badBatchSize<layer, got> =>
  `${layer}: batchSize must be a positive integer (the number of samples in each batch), but got ${got}. Fix: write e.g. batchSize: 32, or leave it out for batches of any size.`;

export type badInputDim<layer extends string, got extends string> =
  `${layer}: inputDim must be a positive integer (the size of the input's one feature axis: inputDim: 3 is inputShape: [3]), but got ${got}. Fix: write e.g. inputDim: 3.`;
export const badInputDim = <layer extends string, got extends string>(layer: layer, got: got): badInputDim<layer, got> =>
  `${layer}: inputDim must be a positive integer (the size of the input's one feature axis: inputDim: 3 is inputShape: [3]), but got ${got}. Fix: write e.g. inputDim: 3.`;

/** The spellings `o` uses, in the order of `spellings`. */
type given<o, order = typeof spellings, acc extends Spelling[] = []> = order extends readonly [
  infer k extends Spelling,
  ...infer rest,
]
  ? given<o, rest, has<o, k> extends true ? ([o[k & keyof o]] extends [null] ? (0 extends 1 & o[k & keyof o] ? [...acc, k] : acc) : [...acc, k]) : acc>
  : acc;
/**
 * `null` is left out, as the runtime leaves it out (`!= null`): `given` skips an option whose value is
 * `null` (not one typed `any`), and `gives` is `has` with that test. A value that may be `null` (`[3] |
 * null`) counts as given, and declares a shape of unknown rank (read as `any`, which `checkShape` reads as
 * `Dim[]`): the model may declare that shape or none, so neither a size nor a rank of it is certain.
 */
type gives<o, k extends PropertyKey> = has<o, k> extends true ? ([o[k & keyof o]] extends [null] ? (0 extends 1 & o[k & keyof o] ? true : false) : true) : false;
/**
 * The declared sizes `s`, checked; a size typed `any` is `number | null`, a shape typed `any` of unknown
 * rank. A string (`inputShape: ["3"]`, let through by `OptionsCall`) is refused, quoted as the runtime
 * quotes it.
 */
type checkShape<layer extends string, option extends string, s extends readonly unknown[]> = 0 extends 1 & s
  ? Dim[]
  : badDim<s> extends [infer d]
    ? OptionErr<option extends "inputDim" ? badInputDim<layer, formatOption<d>> : badSize<layer, option, formatOption<d>>, option>
    : { -readonly [i in keyof s]: known<s[i], Dim> };
/** The batch size `o` declares (`null` when none); one that may be `null` (`30 | null`) is that union, both being right. */
type checkBatch<layer extends string, o> = gives<o, "batchSize"> extends true
  ? [NotPositiveInts<NonNullable<o["batchSize" & keyof o]>>] extends [never]
    ? known<o["batchSize" & keyof o], Dim>
    : OptionErr<badBatchSize<layer, formatOption<NotPositiveInts<NonNullable<o["batchSize" & keyof o]>>>>, "batchSize">
  : null;
type prepend<b, s> = [b] extends [ShapeErr<string>] ? b : s extends Shape ? [b, ...s] : s;

/**
 * The batch input shape that a layer's options declare, `undefined` when they declare none, or a
 * `ShapeErr` saying what is wrong with them. Options without any input key (most layers' options)
 * take the first branch: walking the spellings one `has` at a time cost every factory call and every
 * layer type about 40 instantiations (issue 17). `has` reads only keys of `keyof o`, so the answer is
 * the same.
 */
export type declaredInput<layer extends string, o> = [keyof o & (Spelling | "batchSize")] extends [never] ? undefined : declaredIn<layer, o>;
type declaredIn<layer extends string, o> = given<o> extends [infer one, infer two, ...unknown[]]
  ? OptionErr<twoSpellings<layer, one & string, two & string>, two & string>
  : given<o> extends [infer one]
    ? one extends "batchInputShape" | "batchShape"
      ? gives<o, "batchSize"> extends true
        ? OptionErr<batchSizeAlone<layer, `with ${one}`>, "batchSize">
        : (null extends o[one & keyof o] ? any : o[one & keyof o]) extends infer s extends readonly unknown[] ? checkShape<layer, one, [...s]> : never
      : one extends "inputDim"
        ? prepend<checkBatch<layer, o>, null extends o["inputDim" & keyof o] ? (0 extends 1 & o["inputDim" & keyof o] ? [Dim] : Dim[]) : checkShape<layer, "inputDim", [o["inputDim" & keyof o]]>>
        : (null extends o["inputShape" & keyof o] ? any : o["inputShape" & keyof o]) extends infer s extends readonly unknown[]
          ? prepend<checkBatch<layer, o>, checkShape<layer, "inputShape", [...s]>>
          : never
    : gives<o, "batchSize"> extends true
      ? OptionErr<batchSizeAlone<layer, "alone">, "batchSize">
      : undefined;

export const declaredInput = (layer: string, o: InputSpecOptions): Shape | undefined => {
  // A loop, not a filter with a closure made per call: every layer made asks this, and a closure's
  // compiled code goes with it at each collection (so it was compiled again for every model).
  // null is left out, as Keras reads input_dim=None and input_shape=None (layers/layer.py) and TF.js
  // every one of these (`!= null`): inputDim: null is no [null] axis.
  let one: Spelling | undefined;
  for (const k of spellings)
    if (o[k] != null) {
      if (one !== undefined) throw new ShapeError(twoSpellings(layer, one, k));
      one = k;
    }
  if (one === undefined) {
    if (o.batchSize != null) throw new ShapeError(batchSizeAlone(layer, "alone"));
    return undefined;
  }
  if (one === "batchInputShape" || one === "batchShape") {
    if (o.batchSize != null) throw new ShapeError(batchSizeAlone(layer, `with ${one}`));
    return checkSizes(layer, one, asList(layer, one, o[one]));
  }
  const b = o.batchSize ?? null;
  if (b !== null && !(Number.isSafeInteger(b) && b > 0)) throw new ShapeError(badBatchSize(layer, formatOption(b)));
  const rest = one === "inputDim" ? [o.inputDim!] : asList(layer, one, o.inputShape);
  return [b, ...checkSizes(layer, one, rest)];
};

export type notASizeList<layer extends string, option extends string, got extends string, fix extends string> =
  `${layer}: ${option} must be a list of sizes such as [3], but got ${got}. Fix: ${fix}.`;
export const notASizeList = <layer extends string, option extends string, got extends string, fix extends string>(
  layer: layer,
  option: option,
  got: got,
  fix: fix,
): notASizeList<layer, option, got, fix> => `${layer}: ${option} must be a list of sizes such as [3], but got ${got}. Fix: ${fix}.`;
/**
 * The fix for a shape option that is no list: a size in brackets; anything else (`null`) is not to be
 * put in brackets, which would only lead to the next error, so say what the list holds, or (except
 * for input(), which needs a shape) to leave the option out.
 */
const sizeListFix = (layer: string, option: string, s: unknown): string =>
  typeof s === "number" && Number.isSafeInteger(s) && s > 0
    ? `write ${option}: [${s}]`
    : `${layer === "Input" ? "" : `leave ${option} out, or `}give the sizes of ${option.startsWith("batch") ? `the batch (or null) and of one sample, e.g. ${option}: [null, 3]` : `one sample, e.g. ${option}: [3]`}`;
/** A shape option as a list, or a ShapeError for plain JavaScript callers who passed something else. */
export const asList = (layer: string, option: string, s: unknown): Dim[] =>
  Array.isArray(s) ? [...s] : fail(notASizeList(layer, option, formatOption(s), sizeListFix(layer, option, s)));
/** Throws unless every size in `s` is a positive integer or null; returns `s`. */
export const checkSizes = (layer: string, option: string, s: Dim[]): Shape => {
  const d = badDim(s);
  if (d.length > 0)
    throw new ShapeError(
      option === "inputDim" ? badInputDim(layer, formatOption(d[0])) : option === "batchSize" ? badBatchSize(layer, formatOption(d[0])) : badSize(layer, option, formatOption(d[0])),
    );
  return s;
};
