/**
 * Reading options from plain JavaScript, where no compiler stands between the caller and the layer.
 *
 * An options object is read once: `readOptions` copies its own properties into a frozen snapshot, so
 * a getter (or a Proxy) cannot answer one value to the check and another to the layer, and every
 * later read sees the value that was checked. It also checks the runtime type of the options that
 * every layer reads the same way (booleans, `name`, `dtype`, `seed`), which the compiler checks for
 * TypeScript callers: `useBias: "false"` is a string, and a string is not `false`.
 */
import type { Dim } from "./arith.js";
import { fail, type OptionErr } from "./errors.js";
import { formatOption } from "./options.js";

export type notABoolean<layer extends string, option extends string, got extends string> =
  `${layer}: ${option} must be true or false, but got ${got}. Fix: write ${option}: true or ${option}: false, or leave it out for the default.`;
export const notABoolean = <layer extends string, option extends string, got extends string>(
  layer: layer,
  option: option,
  got: got,
): notABoolean<layer, option, got> =>
  `${layer}: ${option} must be true or false, but got ${got}. Fix: write ${option}: true or ${option}: false, or leave it out for the default.`;

/**
 * What a factory lets through to its checks: its options, with a string where a number goes (`units:
 * "4"`, `inputShape: ["3"]`, `kernelSize: "3"`, as from a form or a parsed file) and a string or number
 * where a switch goes (`returnSequences: "true"`), so that the layer's check says the sentence the
 * runtime throws for that value, at that option, instead of the compiler's "Type 'string' is not
 * assignable to type 'number'". Those options are optional here: a call whose options fail this
 * constraint is checked against the constraint itself, and a check that read `kernelSize: number |
 * string` there would report a string nobody wrote; a missing `units` is reported by `CheckedOptions`,
 * which types the options with the layer's own interface. Layer types read such a value as unknown
 * (`Units`, `filtersOf`, `flag`), or drop the declared input it spoils.
 *
 * `Omit` and a mapped type over the loose keys the options have, not one mapped type with an `as`
 * clause over all their keys: that form cost a valid program about 27 instantiations a call (each
 * call's inference instantiates its factory's constraint), this one none measurable (dense-concat, 150
 * Dense calls: +52 over main's `Omit<DenseOptions, "units"> & { units?: number | string }`).
 */
export type OptionsCall<options> = Omit<options, LooseKey> & { readonly [k in keyof options & LooseKey]?: options[k] | looseValue[k] };
/** The options `OptionsCall` lets wrong values through for, and what it lets through. */
interface looseValue extends Record<SwitchKey, string | number> {
  readonly units: string;
  readonly filters: string;
  readonly inputDim: string;
  readonly batchSize: string;
  readonly inputShape: readonly (Dim | string)[];
  readonly batchInputShape: readonly (Dim | string)[];
  readonly batchShape: readonly (Dim | string)[];
  readonly kernelSize: string | readonly (number | string)[];
  readonly strides: string | readonly (number | string)[];
  readonly poolSize: string | readonly (number | string)[];
  readonly dilationRate: string | readonly (number | string)[];
}
type LooseKey = keyof looseValue;

/**
 * The switches whose every reader checks them with `notABoolean` at run time, in the order
 * `checkSwitches` reports them: not `scale`, which is a number for Rescaling, nor keepdims, which has
 * its own sentence.
 */
type switchKeys = [
  "useBias", "returnSequences", "returnState", "goBackwards", "stateful", "unroll", "zeroOutputForMask", "unitForgetBias",
  "resetAfter", "maskZero", "useScale", "returnAttentionScores",
];
export type SwitchKey = switchKeys[number];
/**
 * `notABoolean` at the first switch of `o` whose value is no boolean (`returnSequences: "true"`, let
 * through by `OptionsCall`), or `"ok"`. A value the compiler cannot see (`any`, a helper's own
 * parameter) passes: the runtime checks it. Switches that are all booleans take the first branch, one
 * look-up (walking the keys given cost a call with `useBias: false` about 60 instantiations).
 */
export type checkSwitches<layer extends string, o> = [o[keyof o & SwitchKey]] extends [boolean]
  ? "ok"
  : [notSwitch<o>] extends [never]
    ? "ok"
    : firstSwitch<layer, o, notSwitch<o>>;
/**
 * The switches of `o` whose value is no boolean. One that may be absent (`undefined` in its type) counts
 * as absent, as `has` reads it: a call whose options fail their constraint is checked against the
 * constraint itself, where `returnSequences?: boolean | string` is nothing anybody wrote.
 */
type notSwitch<o> = {
  [k in keyof o & SwitchKey]: 0 extends 1 & o[k] ? never : undefined extends o[k] ? never : [Exclude<o[k], boolean>] extends [never] ? never : k;
}[keyof o & SwitchKey];
type firstSwitch<layer extends string, o, bad, ks = switchKeys> = ks extends readonly [infer k extends string, ...infer rest]
  ? k extends bad
    ? OptionErr<notABoolean<layer, k, formatOption<Exclude<o[k & keyof o], boolean>>>, k>
    : firstSwitch<layer, o, bad, rest>
  : "ok";

export type badName<layer extends string, got extends string> =
  `${layer}: name must be a non-empty string without "/", but got ${got}. Fix: use a name such as "encoder_1"; Keras 3 keeps "/" for the paths of weights (dense/kernel).`;
export const badName = <layer extends string, got extends string>(layer: layer, got: got): badName<layer, got> =>
  `${layer}: name must be a non-empty string without "/", but got ${got}. Fix: use a name such as "encoder_1"; Keras 3 keeps "/" for the paths of weights (dense/kernel).`;

export type badSeed<layer extends string, got extends string> =
  `${layer}: seed must be an integer, but got ${got}. Fix: use e.g. seed: 42, or leave it out.`;
export const badSeed = <layer extends string, got extends string>(layer: layer, got: got): badSeed<layer, got> =>
  `${layer}: seed must be an integer, but got ${got}. Fix: use e.g. seed: 42, or leave it out.`;

export type missingOption<layer extends string, option extends string, meaning extends string, example extends string> =
  `${layer} needs the option ${option} (${meaning}), but it was not given. Fix: write e.g. ${option}: ${example}.`;
export const missingOption = <layer extends string, option extends string, meaning extends string, example extends string>(
  layer: layer,
  option: option,
  meaning: meaning,
  example: example,
): missingOption<layer, option, meaning, example> =>
  `${layer} needs the option ${option} (${meaning}), but it was not given. Fix: write e.g. ${option}: ${example}.`;

export type notAnOptionList<layer extends string, option extends string, got extends string, example extends string> =
  `${layer}: ${option} must be a list, but got ${got}. Fix: write e.g. ${option}: ${example}.`;
export const notAnOptionList = <layer extends string, option extends string, got extends string, example extends string>(
  layer: layer,
  option: option,
  got: got,
  example: example,
): notAnOptionList<layer, option, got, example> => `${layer}: ${option} must be a list, but got ${got}. Fix: write e.g. ${option}: ${example}.`;

export type badDtype<layer extends string, got extends string, allowed extends string> =
  `${layer}: dtype must be one of ${allowed}, but got ${got}. Fix: use one of ${allowed}, or leave it out.`;
export const badDtype = <layer extends string, got extends string, allowed extends string>(
  layer: layer,
  got: got,
  allowed: allowed,
): badDtype<layer, got, allowed> => `${layer}: dtype must be one of ${allowed}, but got ${got}. Fix: use one of ${allowed}, or leave it out.`;

/**
 * The options that are booleans wherever a layer, model or block takes them (`keepdims` is checked by
 * the global poolings themselves, with their own message).
 */
export const booleanOptions = ["useBias", "trainable", "center", "scale", "rmsScaling", "expandNested"] as const;
/** The element types Input and every layer's `dtype` accept: the ones TF.js has, but complex64 (no Keras layer computes in it). */
export const dtypes = ["float32", "int32", "bool", "string"] as const;
/**
 * The element types `input()` accepts: those, and `int64` as Keras spells integer ids (TF.js has no
 * int64: the bridge gives TF.js an int32 input, which holds every id an Embedding can have).
 */
export const inputDtypes = [...dtypes, "int64"] as const;

/**
 * A snapshot of options object `o`: its own enumerable properties, each read exactly once, in a frozen
 * plain object. Anything that is not an options object (`null`, an array, a number) is returned as it
 * is, for the layer's `checkKeys` to name it; `checkKeys` then checks the snapshot's option types
 * (`checkOptionTypes`), after the option names, so that a misspelt option is reported as such.
 */
export const readOptions = <o>(o: o): o => {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return o;
  const snapshot: Record<string, unknown> = {};
  let layout: Layout | undefined = layouts;
  for (const k of Object.keys(o)) {
    snapshot[k] = (o as Record<string, unknown>)[k];
    if (layout !== undefined) layout = nextLayout(layout, k);
  }
  Object.freeze(snapshot);
  if (layout !== undefined && layout.template === undefined) layout.template = templateOf(snapshot);
  return snapshot as o;
};

// --- Layouts kept alive ----------------------------------------------------------------------------
// V8 gives a snapshot the hidden class ("map") of its keys in their order, and forgets a map at a full
// collection when no object has it any more: after each collection the next snapshots got new maps, and
// the layer factories' optimized code, which checks the old ones (conv2d, batchNormalization and
// activation inline their constructors), was thrown away and compiled again (--trace-deopt: "weak
// objects", about once a build of ResNet50 after a collection, each a compilation of 1-2 ms on a
// background thread). One frozen template per layout of keys, holding no caller object, keeps its map.

/** The layouts of option names read so far, as a tree of names in order; a node keeps the template of the names on its path. */
interface Layout {
  readonly next: Map<string, Layout>;
  template: object | undefined;
}
const layouts: Layout = { next: new Map(), template: undefined };
/** How many layouts have a node (at most `MAX_LAYOUTS`: past that, a new layout is not kept, which only costs speed). */
let layoutCount = 0;
const MAX_LAYOUTS = 1000;
const nextLayout = (l: Layout, key: string): Layout | undefined => {
  const n = l.next.get(key);
  if (n !== undefined) return n;
  if (layoutCount >= MAX_LAYOUTS || key === "__proto__") return undefined;
  layoutCount++;
  const made: Layout = { next: new Map(), template: undefined };
  l.next.set(key, made);
  return made;
};
/**
 * A frozen object of the keys of `snapshot` in its order: its primitive values (so that each field keeps
 * the representation V8 chose for it: small integer, double, ...), `null` for an object or function (no
 * caller's array, layer or callback is kept alive).
 */
const templateOf = (snapshot: Readonly<Record<string, unknown>>): object => {
  const t: Record<string, unknown> = {};
  for (const k of Object.keys(snapshot)) {
    const v = snapshot[k];
    t[k] = (typeof v === "object" && v !== null) || typeof v === "function" ? null : v;
  }
  return Object.freeze(t);
};

/** Throws unless the options every layer reads alike have the right runtime type (`undefined` counts as left out). */
export const checkOptionTypes = (layer: string, o: Readonly<Record<string, unknown>>): void => {
  for (const k of booleanOptions) checkBoolean(layer, k, o[k]);
  checkName(layer, o["name"]);
  const seed = o["seed"];
  if (seed !== undefined && !(typeof seed === "number" && Number.isSafeInteger(seed))) fail(badSeed(layer, formatOption(seed)));
  const dtype = o["dtype"];
  const allowed: readonly string[] = layer === "Input" ? inputDtypes : dtypes;
  if (dtype !== undefined && !allowed.includes(dtype as string))
    fail(badDtype(layer, formatOption(dtype), allowed.map((d) => `"${d}"`).join(", ")));
};

/** Throws unless `v` is a boolean or left out. */
export const checkBoolean = (layer: string, option: string, v: unknown): void => {
  if (v !== undefined && typeof v !== "boolean") fail(notABoolean(layer, option, formatOption(v)));
};

/** Throws unless `v` is a usable layer or model name (a non-empty string without "/"), or left out. */
export const checkName = (layer: string, v: unknown): void => {
  if (v !== undefined && !(typeof v === "string" && v !== "" && !v.includes("/"))) fail(badName(layer, formatOption(v)));
};
