/**
 * Type tests for `firstErr` (src/core/errors.ts): the first failed check of a list of check results.
 * Exact expectations (`toEqualTypeOf`); each negative twin shows a wrong expectation is caught.
 */
import { expectTypeOf } from "expect-type";
import type { firstErr, OptionErr, ShapeErr } from "../src/core/errors.js";

type E1 = ShapeErr<"first">;
type E2 = OptionErr<"second", "units">;

// Every check passed (a check may also yield a shape or undefined, which is not a failure).
expectTypeOf<firstErr<[]>>().toEqualTypeOf<"ok">();
expectTypeOf<firstErr<["ok", undefined, [null, 3], "ok"]>>().toEqualTypeOf<"ok">();
// The first failure wins, wherever it is.
expectTypeOf<firstErr<[E1, E2]>>().toEqualTypeOf<E1>();
expectTypeOf<firstErr<["ok", "ok", E2, E1]>>().toEqualTypeOf<E2>();
// @ts-expect-error: the second failure is not the first
expectTypeOf<firstErr<["ok", "ok", E2, E1]>>().toEqualTypeOf<E1>();
// A result typed `any` (a check run on a helper's type parameter) is skipped, not taken for a failure.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
expectTypeOf<firstErr<[any, "ok", E1]>>().toEqualTypeOf<E1>();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
expectTypeOf<firstErr<[any, "ok"]>>().toEqualTypeOf<"ok">();
// `never` (a check with nothing to say) is skipped too.
expectTypeOf<firstErr<[never, E2]>>().toEqualTypeOf<E2>();
// Sixteen results, the most it reads (the longest list in src/ has 8), with the failure last.
type ok15 = ["ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"];
expectTypeOf<firstErr<[...ok15, E1]>>().toEqualTypeOf<E1>();
expectTypeOf<firstErr<[...ok15, "ok"]>>().toEqualTypeOf<"ok">();
// A list with a check still generic in a helper's parameter stays deferred: neither "ok" nor a
// confident failure until the helper is called.
export const generic = <m extends string>() => {
  expectTypeOf<firstErr<["ok", ShapeErr<m>]>>().not.toEqualTypeOf<"ok">();
  expectTypeOf<firstErr<["ok", ShapeErr<m>]>>().not.toEqualTypeOf<ShapeErr<string>>();
};
