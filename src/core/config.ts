/**
 * A layer type's parameter: the part of its options that decides its shapes and weights, resolved to
 * a plain object so that hovers read `MaxPooling2D<{ poolSize: 3 }>` rather than the whole options
 * type, and the look-ups the type-level rules make in it.
 *
 * Two forms, one a family: `config` keeps a declared input as written (`{ inputShape: [4] }`: the
 * pooling, padding and normalization layers), `declaredConfig` resolves it to the one batch shape
 * (`{ batchInputShape: [null, 4] }`, as Dense, the convolutions and Flatten/Reshape/Permute/RepeatVector
 * keep it).
 */
import type { declaredInput } from "./input-spec.js";
import type { inputKeys } from "./options.js";
import type { Shape } from "./shape.js";

/** The options that declare a layer's input, in any spelling. */
export type InputKey = (typeof inputKeys)[number];

/**
 * Option `k` of config `c`, or `d` when it is not given. An `any` value (from `JSON.parse`, an untyped
 * config) is read as unknown (`unknownOption<k>`, or `number` in a list), never as the literal a rule
 * tests for: `[any] extends [1]` holds, so a rule reading `strides: any` raw would take the stride-1
 * branch.
 */
export type opt<c, k extends string, d> = c extends { readonly [p in k]: infer v } ? (undefined extends v ? given<v, k, d> : read<v, unknownOption<k>>) : d;
/**
 * A value that is or may be `undefined` (`strides: undefined`, or `strides: opts.strides` of `2 | undefined`):
 * the runtime reads `undefined` as the option left out (`o.strides ?? 1`), so the default `d` stands in for
 * that member (`2 | undefined` reads `2 | d`); it was read as a window of `undefined`, and the output was a
 * silent `SymbolicTensor<never>`. A required option (`d` the unknown `number`, as checks read `units` or
 * `inputDim`) keeps its `undefined`, which its check refuses with the runtime's sentence.
 */
type given<v, k extends string, d> = 0 extends 1 & v
  ? unknownOption<k>
  : number extends d
    ? read<v, unknownOption<k>>
    : read<Exclude<v, undefined>, unknownOption<k>> | d;
/** An option's value with `any` read as `u`, and an `any` inside a list (`[cfg.n, -1]`) as `number`. */
type read<v, u> = 0 extends 1 & v ? u : v extends readonly unknown[] ? { [i in keyof v]: read<v[i], number> } : v;

/**
 * Switch `k` of config `c` (`useBias`, `center`, `keepdims`, ...): `true` or `false` when the compiler
 * knows it, `boolean` when it cannot tell (a non-literal `boolean`, an `any`, or a key that may be
 * absent, as from `...(c ? { useBias: false } : {})`, counting the default `d` in), `d` when absent.
 * Rules branch on it with a distributive conditional (`weightIf`), so `boolean` gives both outcomes.
 */
export type flag<c, k extends string, d extends boolean> = k extends keyof c
  ? switchValue<c[k], d> | ({} extends Pick<c, k> ? d : never)
  : d;
/** A value that is no boolean (`"true"`, refused at the call by `checkSwitches`) is unknown too, not the default. */
type switchValue<v, d> = 0 extends 1 & v ? boolean : v extends boolean ? v : v extends undefined ? d : boolean;
/** `[w]` when switch `b` is on, `[]` when off, both (a union) for `boolean`: a weight list spreads it. */
export type weightIf<b, w> = b extends true ? [w] : [];
/**
 * `on` when switch `b` is `true`, `off` when `false`, both (a union) for `boolean`: for the switches that
 * change the kind of result (`returnState`, `keepdims`). Not distributive, so that in a helper generic
 * over the switch the compiler's check of a call (see `Checked` in errors.ts), which puts a wildcard in
 * place of the parameter, meets a result and not an open type that might be an error: both, as for
 * `boolean` (the wildcard, like `any`, takes `boolean`), so that a call that could take only one kind
 * (a model of one output called as a layer) is not refused for the other.
 */
export type switchOn<b, on, off> = [boolean] extends [b] ? on | off : [b] extends [true] ? on : off;

/** `v`, or `u` when `v` is `any`. */
export type known<v, u> = 0 extends 1 & v ? u : v;
/** True for `any` only. */
export type IsAny<v> = 0 extends 1 & v ? true : false;

/**
 * What an option the compiler cannot see (`any`) may hold, as the rules read it: `boolean` for a
 * switch, `number` for a size (one or per axis: a rule that meets `number` where it expects a list
 * reads each axis as `number`), `Dim[]` for a list of sizes. `dataFormat` is read by `formatOf`.
 */
export type unknownOption<k> = k extends "useBias" | "center" | "scale" | "rmsScaling" | "keepdims"
  ? boolean
  : k extends "targetShape" | "dims"
    ? number[]
    : number;

/**
 * A value with its list made a plain (not readonly) tuple, for short hovers: `[2, 2]`. Only the outer
 * list: its items stay as given, so that a helper's own type parameter inside a list hovers as itself,
 * `targetShape: [1, 1, f]` (a conditional type on a type parameter stays unresolved: `plain<f>`).
 */
export type plain<v> = v extends readonly unknown[] ? { -readonly [i in keyof v]: v[i] } : v;
/** `plain`, nested lists too, for the options that take lists of lists: `padding: [[1, 2], [3, 4]]`. */
export type plainNested<v> = v extends readonly unknown[] ? { -readonly [i in keyof v]: plain<v[i]> } : v;
/** Options that may be lists of lists. */
type nestedKey = "padding" | "cropping";

/** Options that are never lists: left as given, so that a helper's own `filters: F` hovers as `F`, not `plain<F>`. */
type scalarKey = "units" | "filters" | "rate" | "depthMultiplier" | "activation" | "useBias" | "epsilon" | "momentum" | "center" | "scale" | "groups" | "dataFormat" | "returnSequences" | "returnState" | "stateful" | "resetAfter" | "mergeMode";

/**
 * The options `k` of `o` as a plain object: `{ padding: [[1, 2], [3, 4]] }`. Lists become plain
 * tuples, unless `lists` is `"readonly"`: then they stay as the compiler inferred them
 * (`{ poolSize: readonly [2, 3] }`, the pooling layers' form).
 *
 * Equal options give one type (issue 17): a factory infers `const o`, a new object type at every call,
 * and everything keyed on it (the layer type `Conv2D<c>`, its call signature for the new `this`, its
 * rule on an input) would be evaluated anew even when an earlier call had the same options. So the
 * config is rebuilt from parts the compiler interns: the union of the given options' `[key, value]`
 * pairs (tuples of literals), on which `interned` (a type alias, whose instantiations are cached by
 * their arguments) builds the object once. Its keys come in one fixed order, not as written: `ordered`'s (the options
 * interfaces') on TS 5.3-6.0, by name on TS 7, which orders an intersection's properties so. Options
 * the pairs cannot stand for keep the object built from `o` (`fresh`): `any`, a key that may be absent
 * (`...(c ? { useBias: false } : {})`), a key `ordered` lacks. A union of option objects gives the union
 * of their configs.
 */
export type config<o, k, lists extends "plain" | "readonly" = "plain"> = 0 extends 1 & o
  ? fresh<o, k, lists>
  : [Exclude<k, orderedKey>] extends [never]
    ? orderedConfig<o, k, lists>
    : fresh<o, k, lists>;
/**
 * The options `k` that `o` gives, as a union of `[key, value]` pairs; `undefined` among them when one
 * may be absent. Through `infer`, so that the union is the plain one the compiler interns, not one
 * carrying this alias and `o` (a new type at every call).
 */
export type entries<o, k> = { [p in keyof o]: [p, o[p]] }[keyof o & k] extends infer e ? e : never;
/**
 * The config of the pairs `e`: one object type for equal pairs. Built as an intersection of one-key
 * objects in `ordered`'s order, flattened. (A mapped type over a key list with an `as` clause would
 * give the same object, but the compiler walks the whole list again at each `keyof` of it, which the
 * rules ask for at every look-up; a recursion over a list costs more a config than this fixed
 * intersection.) The flattened object is the branch itself, not `{ ... } extends infer c ? c : never`:
 * there the `infer c` was one of the object's type parameters, unbound, so the compiler took every
 * config for a type that could still hold type parameters and made a new copy of it at each call's
 * return type, whose rule (`ConvRule<..., copy>`) it then evaluated again on the same input: a second
 * rule run at every call on a new shape (issue 17: -13% on ResNet50's straight form).
 */
type interned<e, lists extends "plain" | "readonly"> = ordered<e, keyOf<e>, lists> extends infer i ? { [p in keyof i]: i[p] } : never;
type keyOf<e> = e extends readonly [infer p, unknown] ? p : never;
/** `{ [p]: value }` when the pairs `e` (of keys `g`) give `p`; else `unknown`, which an intersection drops. */
type at<e, g, p extends string, l extends "plain" | "readonly"> = p extends g ? { [q in p]: value<p, e extends readonly [p, infer v] ? v : never, l> } : unknown;
/**
 * Every option a layer type's config may keep, in the order its hover shows them (the options
 * interfaces' order, Keras's), in groups of seven that are skipped whole when `e` has none of their
 * keys (`g`); a `config` over a key missing here is built from `o` (see `config`).
 */
type ordered<e, g, l extends "plain" | "readonly"> = part0<e, g, l> & part1<e, g, l> & part2<e, g, l> & part3<e, g, l> & part4<e, g, l> & part5<e, g, l>;
type part0<e, g, l extends "plain" | "readonly"> = [g & ("units" | "filters" | "kernelSize" | "poolSize" | "size" | "height" | "width")] extends [never]
  ? unknown
  : at<e, g, "units", l> & at<e, g, "filters", l> & at<e, g, "kernelSize", l> & at<e, g, "poolSize", l> & at<e, g, "size", l> & at<e, g, "height", l> & at<e, g, "width", l>;
type part1<e, g, l extends "plain" | "readonly"> = [g & ("cropping" | "strides" | "padding" | "outputPadding" | "dataFormat" | "dilationRate" | "groups")] extends [never]
  ? unknown
  : at<e, g, "cropping", l> & at<e, g, "strides", l> & at<e, g, "padding", l> & at<e, g, "outputPadding", l> & at<e, g, "dataFormat", l> & at<e, g, "dilationRate", l> & at<e, g, "groups", l>;
type part2<e, g, l extends "plain" | "readonly"> = [g & ("depthMultiplier" | "axis" | "center" | "scale" | "rmsScaling" | "offset" | "mean")] extends [never]
  ? unknown
  : at<e, g, "depthMultiplier", l> & at<e, g, "axis", l> & at<e, g, "center", l> & at<e, g, "scale", l> & at<e, g, "rmsScaling", l> & at<e, g, "offset", l> & at<e, g, "mean", l>;
type part3<e, g, l extends "plain" | "readonly"> = [g & ("variance" | "keepdims" | "inputDim" | "outputDim" | "maskZero" | "useBias" | "cell")] extends [never]
  ? unknown
  : at<e, g, "variance", l> & at<e, g, "keepdims", l> & at<e, g, "inputDim", l> & at<e, g, "outputDim", l> & at<e, g, "maskZero", l> & at<e, g, "useBias", l> & at<e, g, "cell", l>;
type part4<e, g, l extends "plain" | "readonly"> = [g & ("layer" | "mergeMode" | "backwardLayer" | "returnSequences" | "returnState" | "stateful" | "resetAfter")] extends [never]
  ? unknown
  : at<e, g, "layer", l> & at<e, g, "mergeMode", l> & at<e, g, "backwardLayer", l> & at<e, g, "returnSequences", l> & at<e, g, "returnState", l> & at<e, g, "stateful", l> & at<e, g, "resetAfter", l>;
type part5<e, g, l extends "plain" | "readonly"> = [g & ("targetShape" | "dims" | "n" | "inputShape" | "batchInputShape" | "batchShape" | "batchSize")] extends [never]
  ? unknown
  : at<e, g, "targetShape", l> & at<e, g, "dims", l> & at<e, g, "n", l> & at<e, g, "inputShape", l> & at<e, g, "batchInputShape", l> & at<e, g, "batchShape", l> & at<e, g, "batchSize", l>;
/**
 * `config` for options `o` that are not `any`, of keys `k` that `ordered` all knows (`declaredConfig`,
 * whose options declare no input, so are not `any`, and whose keys are all known, tests neither): the
 * pairs read in the same conditional type that tests them (each level of conditional type over a call's new options is new at every call: a conv2d
 * factory call 141 -> 123 instantiations on ResNet50's, issue 17).
 */
type orderedConfig<o, k, lists extends "plain" | "readonly" = "plain"> = o extends unknown // a union of option objects, member by member: their pairs together would mix them
  ? { [p in keyof o]: [p, o[p]] }[keyof o & k] extends infer e // `entries`, written out
    ? undefined extends e
      ? fresh<o, k, lists>
      : interned<e, lists>
    : never
  : never;
/** The keys `ordered` knows. */
export type orderedKey = "units" | "filters" | "kernelSize" | "poolSize" | "size" | "height" | "width" | "cropping" | "strides" | "padding" | "outputPadding" | "dataFormat" | "dilationRate" | "groups" | "depthMultiplier" | "axis" | "center" | "scale" | "rmsScaling" | "offset" | "mean" | "variance" | "keepdims" | "inputDim" | "outputDim" | "maskZero" | "useBias" | "cell" | "layer" | "mergeMode" | "backwardLayer" | "returnSequences" | "returnState" | "stateful" | "resetAfter" | "targetShape" | "dims" | "n" | "inputShape" | "batchInputShape" | "batchShape" | "batchSize";
/** An option's value as a config keeps it. */
type value<p, v, lists extends "plain" | "readonly"> = lists extends "plain" ? (p extends scalarKey ? v : p extends nestedKey ? plainNested<v> : plain<v>) : v;
/** The config built from `o` itself: a new object type at every call. */
type fresh<o, k, lists extends "plain" | "readonly"> = {
  -readonly [p in keyof o as p extends k ? p : never]: value<p, o[p], lists>;
} extends infer c
  ? c
  : never;

/**
 * `config`, with a declared input (any spelling) as `batchInputShape`:
 * `{ filters: 8; kernelSize: 3; batchInputShape: [null, 28, 28, 1] }`.
 */
export type declaredConfig<o, k extends orderedKey> = [keyof o & InputKey] extends [never]
  ? orderedConfig<o, k, "plain"> // the common case, no input declared: no declaredInput, no flattening
  : config<o, k> & (declaredInput<"", o> extends infer i extends Shape ? { batchInputShape: i } : {}) extends infer c
    ? { [p in keyof c]: c[p] }
    : never;

/**
 * The batch input shape a layer's config declares, or `undefined` (also when the declaration was
 * wrong, which its options already report).
 */
export type declaredOf<layer extends string, c> = declaredInput<layer, c> extends infer i extends Shape ? i : undefined;
