/**
 * One error vocabulary for both halves of shapeflow: a rule that fails at the type level returns
 * `ShapeErr<message>`, and its runtime twin throws `ShapeError` with the very same message.
 *
 * Each message is a pair under one name, as in arktype: a template literal type, and a function whose
 * declared return type is that type. The compiler checks the function's template against the type, so
 * the two cannot drift apart by a word (a changed word is a compile error), and test/parity.test.ts
 * checks that the sentence the runtime throws is the one the compiler shows.
 */

/** A failed type-level rule, carrying the sentence the user reads. */
export interface ShapeErr<m extends string> {
  readonly shapeError: m;
}

/** A failed check of one option, `k`: the compiler shows the message at that property. */
export interface OptionErr<m extends string, k extends string> extends ShapeErr<m> {
  readonly option: k;
}

/**
 * The parameter type a layer call uses: the argument's own type when the rule succeeds, or the
 * message itself when it fails, so the compiler reports "Argument of type 'SymbolicTensor<[null]>' is
 * not assignable to parameter of type '"Dense needs ..."'" at the argument that caused it.
 *
 * Its form lets a helper function generic over its input's shape compile. There the rule's result
 * stays an open conditional type, and the compiler accepts the argument if it fits every branch
 * the conditional could still take. It rules a branch out by trying the check with every type
 * parameter replaced by a wildcard (an `any`). The rules answer "unknown rank, no error" for a
 * wildcard shape (see `applyRule`), so the error branch is ruled out, and the compiler's rule only applies to a
 * conditional whose own test has no `infer`: hence `messageOf` is a separate type.
 */
export type Checked<o, t> = [o] extends [never] ? t : [o] extends [ShapeErr<string>] ? messageOf<o> : t;
/**
 * `Checked` for a call on one tensor (`Layer`'s call), with the result passed twice: `messageOf<e>` in
 * the error branch reads `e`, not `o`. A type parameter that the branch's own test narrows
 * (`[o] extends [ShapeErr<string>] ? ...o...`) is a "substitution" there, and every time the compiler
 * instantiates that branch with `o` still generic (a call's inference does, once for each new layer
 * type, with the call's own fresh type parameter) it checks the narrowing by evaluating the whole rule
 * on a generic shape: about a third of what a conv2d call cost (issue 17). `e` is the same type,
 * untested, so nothing is narrowed and nothing evaluated. For a merge's list, `CheckedList`.
 */
export type CheckedCall<o, t> = checkedCall<o, t, o>;
type checkedCall<o, t, e> = [o] extends [never] ? t : [o] extends [ShapeErr<string>] ? messageOf<e> : t;
/**
 * `CheckedCall` for a merge's list of tensors: the error branch reads the message without distributing
 * over `e` (`messagesOf`: the same sentence, or for a union of errors the union of their sentences).
 * With `messageOf<e>`, which distributes, the compiler read `[a, b]` inside a helper generic over its
 * shapes as an array instead of a tuple (type-tests/generic-helpers.test-d.ts, on 5.3 to 7). Not for a
 * call on one tensor: there `messageOf<e>` is what lets a block generic over a layer option compile
 * (`residual(dense({ units }))(x)` in test/consumer/helpers.ts).
 */
export type CheckedList<o, t> = checkedList<o, t, o>;
type checkedList<o, t, e> = [o] extends [never] ? t : [o] extends [ShapeErr<string>] ? messagesOf<e> : t;
type messagesOf<e> = [e] extends [ShapeErr<infer m>] ? m : never;
/** The sentence a `ShapeErr` carries. */
export type messageOf<e> = e extends ShapeErr<infer m> ? m : never;

declare const wildcard: unique symbol;
/**
 * What no real check result is, but `any` fits: `firstErr` skips a result that fits it. The
 * compiler's generic check (see `Checked`) runs the checks with `any` in place of a helper's type
 * parameter (`filters: F`), so this is how a helper passing its own parameters to a layer compiles.
 */
export interface Wildcard {
  readonly [wildcard]: true;
}

declare const error: unique symbol;

/**
 * The parameter type of a layer's options. When the check of one option fails, that option's type
 * becomes the message, so the compiler reports "Type '0' is not assignable to type '"Dense: units must
 * be ..."'" at that very property. A failure that no single option is to blame for (no shape given at
 * all) adds a required `[error]` property holding the message instead. Unlike `Checked`, it stays an
 * object type with the layer's options, so that the editor keeps offering the option names while the
 * user types them. The options given are typed by `o` alone: intersected with the declared type
 * (`readonly [...number[], 1] & Shape`), a list the compiler inferred as a tuple would be checked as a
 * plain array (`input({ shape: [...imageSize, 1] })` was TS2322).
 */
export type CheckedOptions<e, o, options> = checkedOptions<e, o, options, e>;
/**
 * The error branch reads `e2`, an untested copy of `e`, for the reason `CheckedCall` does: a tested `e`
 * is narrowed there (`ShapeErr<string> & e`), and each time the compiler instantiated that branch with
 * `o` still generic (a factory's first call, a helper generic over an option) it related the whole open
 * check to `ShapeErr<string>`: about 2,000 instantiations the first conv2d call of a program (issue 17).
 */
type checkedOptions<e, o, options, e2> = [e] extends [ShapeErr<string>]
  ? optionsError<e2, options>
  : [keyof options] extends [keyof o] ? o : o & otherOptions<options, keyof o>;
/**
 * The options not given (keys `k`), for the editor to offer: `Omit<options, k>`, but as one mapped type
 * over the options (a given key's type is `unknown`, which the intersection with `o` drops), whose members
 * the compiler makes only when asked. `Omit` tested every key of the options against `k` at once
 * (`Exclude`), also for a factory's declaration with `o` still generic, and in the error branch for `k` the
 * `infer`red key and its constraint `string`: about 360 instantiations the first call of each layer kind
 * (24 keys for Conv2D), all for types that no call's check reads (issue 17).
 */
type otherOptions<options, k> = { readonly [p in keyof options]: p extends k ? unknown : options[p] };
/** The options with `k` typed as the message `m`: required, as `Omit<options, k> & { [p in k]: m }` made it, without the `Omit` (see `otherOptions`). */
type optionsError<e, options> = [e] extends [OptionErr<infer m, infer k>]
  ? { readonly [p in keyof options]: p extends k ? m : options[p] } & { readonly [p in k]: m }
  : options & { readonly [error]: messageOf<e> };

/**
 * What a failed rule yields downstream: a `Failed` shape carrying the sentence. Layers pass it on
 * without a word (so a mistake at a direct call is not reported again at every layer after it), and
 * model() refuses it, repeating the sentence: a helper generic over its input, whose layers fail only
 * at the helper's call site where the compiler reports nothing, is reported there.
 */
export type OkShape<o> = [o] extends [ShapeErr<string>] ? Failed<messageOf<o>> : o extends readonly (number | null)[] ? o : never;

/**
 * The shape of a tensor made by a layer that could not take its input: `SymbolicTensor<Failed<"Dense
 * needs ...">>`, which is what a hover shows. It is an array of unknown sizes, so nothing reads a
 * wrong size from it.
 */
export interface Failed<m extends string> extends ReadonlyArray<number | null> {
  readonly failedBecause: m;
}
export type fromFailed<m extends string> = `This tensor's layer could not take its input: ${m}`;
export const fromFailed = <m extends string>(m: m): fromFailed<m> => `This tensor's layer could not take its input: ${m}`;

/** Thrown by the runtime mirror; its message is the same sentence the compiler shows. */
export class ShapeError extends Error {
  override readonly name = "ShapeError";
  /** The name of the layer or model that rejected its input (`dense_1`), when there is one. */
  readonly layer: string | undefined;
  constructor(message: string, layer?: string) {
    super(message);
    this.layer = layer;
  }
}

/** Throws a `ShapeError`; typed `never` so the checks read as guards. */
export const fail = (message: string, layer?: string): never => {
  throw new ShapeError(message, layer);
};

/**
 * The first failed check of a tuple of check results (at most 16), or `"ok"`.
 *
 * It reads the results by index, not by `rs extends [infer r, ...infer rest]`: while the compiler
 * resolves a factory's declared parameter type, `rs` holds checks still generic in the options, and
 * matching such a tuple against an inferred one makes the compiler relate the two element by element
 * and measure the variance of every check alias on the way (checkAxis, declaredInput, ...), once per
 * program: up to 8,000 instantiations the first time a layer kind is called (batchNormalization with
 * options), about 1,000 now with `CheckedOptions`'s untested error branch. `[rs[i]]` of a generic check
 * is deferred instead.
 */
export type firstErr<rs extends readonly unknown[], i extends number = 0> = i extends rs["length"]
  ? "ok"
  : [rs[i]] extends [ShapeErr<string>]
    ? [rs[i]] extends [Wildcard]
      ? firstErr<rs, nextIndex[i]>
      : rs[i]
    : firstErr<rs, nextIndex[i]>;
type nextIndex = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];
