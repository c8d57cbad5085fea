/**
 * Options given as `undefined`, in a project without `exactOptionalPropertyTypes` (TypeScript's default,
 * where `strides: opts.strides` of `2 | undefined` is valid code): the types and the runtime agree on each
 * case of ./cases/undefined.ts, on every supported compiler. The parity suite (./parity.test.ts) compiles
 * with `exactOptionalPropertyTypes: true`, where these calls are TypeScript's own error.
 */
import { undefinedCases } from "./cases/undefined.js";
import { paritySuite } from "./parity-suite.js";

paritySuite(" (options given as undefined)", undefinedCases, ".tmp/undefined-options", { exactOptionalPropertyTypes: false });
