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
export type opt<c, k extends string, d> = c extends { readonly [p in k]: infer v } ? read<v, unknownOption<k>> : d;
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
type switchValue<v, d> = 0 extends 1 & v ? boolean : v extends boolean ? v : d;
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
type scalarKey = "units" | "filters" | "rate" | "depthMultiplier" | "activation" | "useBias" | "epsilon" | "momentum" | "center" | "scale" | "groups" | "dataFormat";

/**
 * The options `k` of `o` as a plain object: `{ padding: [[1, 2], [3, 4]] }`. Lists become plain
 * tuples, unless `lists` is `"readonly"`: then they stay as the compiler inferred them
 * (`{ poolSize: readonly [2, 3] }`, the pooling layers' form).
 */
export type config<o, k, lists extends "plain" | "readonly" = "plain"> = {
  -readonly [p in keyof o as p extends k ? p : never]: lists extends "plain" ? (p extends scalarKey ? o[p] : p extends nestedKey ? plainNested<o[p]> : plain<o[p]>) : o[p];
} extends infer c
  ? c
  : never;

/**
 * `config`, with a declared input (any spelling) as `batchInputShape`:
 * `{ filters: 8; kernelSize: 3; batchInputShape: [null, 28, 28, 1] }`.
 */
export type declaredConfig<o, k> = [keyof o & InputKey] extends [never]
  ? config<o, k> // the common case, no input declared: no declaredInput, no flattening
  : config<o, k> & (declaredInput<"", o> extends infer i extends Shape ? { batchInputShape: i } : {}) extends infer c
    ? { [p in keyof c]: c[p] }
    : never;

/**
 * The batch input shape a layer's config declares, or `undefined` (also when the declaration was
 * wrong, which its options already report).
 */
export type declaredOf<layer extends string, c> = declaredInput<layer, c> extends infer i extends Shape ? i : undefined;
