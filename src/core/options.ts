/** Checks of layer options shared by every layer: unknown option names, sizes that must be positive. */
import type { NotPositiveInts } from "./arith.js";
import { fail, type OptionErr } from "./errors.js";
import { describe } from "./layer.js";
import { checkOptionTypes, type checkSwitches, type SwitchKey } from "./read-options.js";

export type unknownOption<layer extends string, key extends string, allowed extends string> =
  `${layer} has no option "${key}". Fix: check the spelling; ${layer} takes ${allowed}.`;
export const unknownOption = <layer extends string, key extends string, allowed extends string>(
  layer: layer,
  key: key,
  allowed: allowed,
): unknownOption<layer, key, allowed> => `${layer} has no option "${key}". Fix: check the spelling; ${layer} takes ${allowed}.`;

/**
 * `unknownOption` when an option's name is close to the key given: the name first, since the list of
 * names that follows is often longer than the compiler shows of a message (about 320 characters).
 */
export type nearOption<layer extends string, key extends string, near extends string, allowed extends string> =
  `${layer} has no option "${key}". Fix: did you mean ${near}? ${layer} takes ${allowed}.`;
export const nearOption = <layer extends string, key extends string, near extends string, allowed extends string>(
  layer: layer,
  key: key,
  near: near,
  allowed: allowed,
): nearOption<layer, key, near, allowed> => `${layer} has no option "${key}". Fix: did you mean ${near}? ${layer} takes ${allowed}.`;

/**
 * The first of `keys` close to `key`, or `never`: written alike but for case and underscores
 * (`kernel_size`, kernelSize), or sharing a start of 4 letters or more after which each has at most 3
 * letters left (`momentun`, momentum; `returnSequence`, returnSequences). Only a wrong key computes it.
 */
type nearKey<key extends string, keys extends readonly string[]> = keys extends readonly [infer k extends string, ...infer rest extends readonly string[]]
  ? isNear<plain<key>, plain<k>> extends true ? k : nearKey<key, rest>
  : never;
type plain<s extends string> = s extends `${infer a}_${infer b}` ? plain<`${a}${b}`> : Lowercase<s>;
type isNear<a extends string, b extends string, start extends string = ""> = a extends `${infer c}${infer restA}`
  ? b extends `${c}${infer restB}`
    ? isNear<restA, restB, `${start}${c}`>
    : nearEnd<start, a, b>
  : nearEnd<start, a, b>;
type nearEnd<start extends string, a extends string, b extends string> = [fourOrMore<start>, fourOrMore<a>, fourOrMore<b>] extends [true, false, false] ? true : false;
/** Whether `s` has 4 letters or more (the last of 5 placeholders may match nothing). */
type fourOrMore<s extends string> = s extends `${infer _a}${infer _b}${infer _c}${infer _d}${infer _e}` ? true : false;
const plain = (s: string): string => s.replace(/_/g, "").toLowerCase();
const nearKey = (key: string, keys: readonly string[]): string | undefined =>
  keys.find((k) => {
    const a = plain(key);
    const b = plain(k);
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start]) start++;
    return start >= 4 && a.length - start <= 3 && b.length - start <= 3;
  });
/** `unknownOption`, or `nearOption` when a name in `keys` is close to `key` (one key: a union of wrong keys gets the list). */
type unknownOptionOf<layer extends string, key extends string, keys extends readonly string[]> = isUnion<key> extends true
  ? unknownOption<layer, key, joinKeys<keys>>
  : [nearKey<key, keys>] extends [never]
    ? unknownOption<layer, key, joinKeys<keys>>
    : nearOption<layer, key, nearKey<key, keys>, joinKeys<keys>>;
const unknownOptionOf = (layer: string, key: string, keys: readonly string[]): string => {
  const near = nearKey(key, keys);
  return near === undefined ? unknownOption(layer, key, keys.join(", ")) : nearOption(layer, key, near, keys.join(", "));
};

export type noInputOption<layer extends string, key extends string, allowed extends string> =
  `${layer} takes no ${key}: ${layer} cannot start a model with an input shape. Fix: start it with input({ shape: [...] }) instead; ${layer} takes ${allowed}.`;
export const noInputOption = <layer extends string, key extends string, allowed extends string>(
  layer: layer,
  key: key,
  allowed: allowed,
): noInputOption<layer, key, allowed> =>
  `${layer} takes no ${key}: ${layer} cannot start a model with an input shape. Fix: start it with input({ shape: [...] }) instead; ${layer} takes ${allowed}.`;

export type notPositive<layer extends string, option extends string, got extends string, meaning extends string, example extends string> =
  `${layer}: ${option} must be a positive integer (${meaning}), but got ${got}. Fix: use e.g. ${option}: ${example}.`;
export const notPositive = <layer extends string, option extends string, got extends string, meaning extends string, example extends string>(
  layer: layer,
  option: option,
  got: got,
  meaning: meaning,
  example: example,
): notPositive<layer, option, got, meaning, example> =>
  `${layer}: ${option} must be a positive integer (${meaning}), but got ${got}. Fix: use e.g. ${option}: ${example}.`;

/**
 * Prints an option's value for a message, as the user wrote it: `3`, `[3, 3]`, `[[1, 2], 3]`; a string
 * quoted (`"3"`), so that it is not taken for a number. A number the compiler does not know (`number`,
 * or a union inside a list) prints as `?`, as `formatDim` prints it; from plain JavaScript, a bigint prints as `1n` and an
 * object by its kind (`describe`).
 */
export type formatOption<v> = v extends readonly unknown[]
  ? `[${joinOptions<v, "">}]`
  : v extends string
    ? string extends v ? "?" : `"${v}"`
    : v extends number
      ? number extends v ? "?" : `${v}`
      : v extends boolean | bigint | null | undefined
        ? v extends bigint ? `${v}n` : `${v}`
        : "?";
type joinOptions<v extends readonly unknown[], acc extends string> = v extends readonly [infer a, ...infer rest]
  ? joinOptions<rest, acc extends "" ? formatItem<a> : `${acc}, ${formatItem<a>}`>
  : acc;
/** An item of a list: a union (`0 | 2`) prints as `?`, not known to be one value, so a message stays one sentence. */
type formatItem<a> = isUnion<a> extends true ? "?" : formatOption<a>;
type isUnion<u, all = u> = [u] extends [never] ? false : u extends unknown ? ([all] extends [u] ? false : true) : never;
export const formatOption = (v: unknown): string =>
  typeof v === "string" ? JSON.stringify(v)
  : typeof v === "bigint" ? `${v}n`
  : Array.isArray(v) ? `[${Array.from(v, formatOption).join(", ")}]`
  : (typeof v === "object" && v !== null) || typeof v === "function" ? describe(v)
  : String(v);

/** Joins a tuple of names with commas, as the messages list them. */
export type joinKeys<ks extends readonly string[], acc extends string = ""> = ks extends readonly [
  infer k extends string,
  ...infer rest extends readonly string[],
]
  ? joinKeys<rest, acc extends "" ? k : `${acc}, ${k}`>
  : acc;

/**
 * A `ShapeErr` for the first key of `o` that is not in `keys`, or for a switch given no boolean
 * (`checkSwitches`, as the runtime's `checkKeys` checks the option types next), or `"ok"`. Options
 * with only known keys and no switch pass the first test, one relation of two unions, which the
 * compiler decides by lookup (`Exclude` tests each key of `o` in turn, about 90 instantiations for a
 * kind's whole options type, which is what a factory's check is evaluated on once per program besides
 * the call's own options, issue 17); asking `checkSwitches` of every call cost about 10 instantiations
 * a call (1,500 on 150 Dense calls).
 */
export type checkKeys<layer extends string, o, keys extends readonly string[]> = [keyof o] extends [plainKeys<keys>]
  ? "ok"
  : [Exclude<keyof o, plainKeys<keys>>] extends [never]
  ? "ok"
  : [Exclude<keyof o, keys[number]>] extends [never]
    ? checkSwitches<layer, o>
  : [Exclude<keyof o, keys[number]>] extends [(typeof inputKeys)[number]]
    ? "trainable" extends keys[number] // a layer's options (baseKeys), not input()'s, sequential()'s or model()'s
      ? OptionErr<noInputOption<layer, Exclude<keyof o, keys[number]> & string, joinKeys<keys>>, Exclude<keyof o, keys[number]> & string>
      : OptionErr<unknownOptionOf<layer, Exclude<keyof o, keys[number]> & string, keys>, Exclude<keyof o, keys[number]> & string>
    : OptionErr<unknownOptionOf<layer, Exclude<keyof o, keys[number]> & string, keys>, Exclude<keyof o, keys[number]> & string>;
/** A layer's option names but its switches (one type for each layer kind, whose keys it is). */
type plainKeys<keys extends readonly string[]> = Exclude<keys[number], SwitchKey>;
export const checkKeys = (layer: string, o: object, keys: readonly string[]): void => {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    fail(`${layer} expects an options object, but got ${o === null ? "null" : Array.isArray(o) ? "an array" : typeof o}. Fix: pass options such as { ${keys[0]}: ... }.`);
  for (const k of Object.keys(o))
    if (!keys.includes(k))
      fail(
        // A layer's options (baseKeys), not input()'s, sequential()'s or model()'s, given an input-shape option.
        keys.includes("trainable") && (inputKeys as readonly string[]).includes(k) ? noInputOption(layer, k, keys.join(", ")) : unknownOptionOf(layer, k, keys),
      );
  checkOptionTypes(layer, o as Record<string, unknown>);
};

/**
 * Added to the constraint of a factory whose options are all optional. Such a type is "weak", and an
 * object sharing no property with it (`{ pool_size: 2 }`) fails inference, so the compiler would answer
 * with its own message (TS2353) instead of `checkKeys`'s; an index signature makes it not weak. Check
 * such options with `checkKnownKeys`.
 */
export interface AnyKeys {
  readonly [k: string]: unknown;
}
/**
 * `checkKeys` for options constrained with `AnyKeys`, except when the options failed inference (a
 * value of the wrong type, `dataFormat: "NHWC"`) and `o` fell back to the constraint: its index
 * signature is no misspelt key, and the compiler reports the wrong value itself.
 */
export type checkKnownKeys<layer extends string, o, keys extends readonly string[]> = string extends keyof o ? "ok" : checkKeys<layer, o, keys>;

/**
 * A `ShapeErr` unless `n` is a positive integer; non-literal `number`s pass (checked at run time). A
 * union passes only when every member does; the error names the member that does not (`units: 0 | 4`
 * says "got 0").
 */
export type checkPositive<layer extends string, option extends string, n, meaning extends string, example extends string> =
  NotPositiveInts<n> extends infer bad
    ? [bad] extends [never] ? "ok" : OptionErr<notPositive<layer, option, string extends bad ? "a string" : formatOption<bad>, meaning, example>, option>
    : never;
export const checkPositive = (layer: string, option: string, n: unknown, meaning: string, example: string): void => {
  if (!(typeof n === "number" && Number.isSafeInteger(n) && n > 0)) fail(notPositive(layer, option, formatOption(n), meaning, example));
};

/**
 * What a value of the options must be for a kind's fast path: anything but `undefined`.
 *
 * An options check starts with its fast path (written out in each check; `checkConv` for one): `[keyof
 * o, o, o[keyof o]] extends [keys, fast, Defined] ? "ok" : ...the full check`, i.e. "ok" when the
 * options' keys are among `keys` and they fit `fast`, an object type of values the full check certainly
 * accepts (sizes of `PositiveSize`, booleans for switches), with `?: never` for the keys only the full
 * check may read (a union of options has only its common keys in `keyof o`, so a key of one member is
 * caught there). One relation, which the compiler decides without instantiating anything, in place of
 * the full check, which read each call's options (a new object type at every call) through aliases of
 * its own (`opt`, `has`, `checkKeys`, ...), each a new instantiation: about 75 a conv2d call, and about
 * 950 more on a kind's first call, where the factory's open options were checked too (issue 17). A
 * value that may be `undefined`, a value the fast type does not take (`filters: 5000`, `number`, a
 * string), `any` and `never` (whose keys are every key) take the full check, which decides as before.
 */
export type Defined = {} | null;
/** The declared input's options, which a fast path leaves to the full check (`declaredInput`). */
export interface fastInput {
  readonly inputShape?: never;
  readonly inputDim?: never;
  readonly batchInputShape?: never;
  readonly batchShape?: never;
  readonly batchSize?: never;
}

/** The options every layer accepts. */
export const baseKeys = ["name", "trainable"] as const;
/** The options that declare a layer's input, for the first layer of a Sequential. */
export const inputKeys = ["inputShape", "inputDim", "batchInputShape", "batchShape", "batchSize"] as const;

/**
 * Whether options `o` really give key `k`. An optional key counts as absent: when a call's options do
 * not fit the constraint, the compiler checks the constraint itself, whose keys are all optional.
 */
export type has<o, k extends PropertyKey> = k extends keyof o ? ({} extends Pick<o, k> ? false : true) : false;
