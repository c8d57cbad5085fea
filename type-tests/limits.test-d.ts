// The compiler's limits (issue 11): nested blocks, long repeats. Up to the limit every type is exact;
// past it, see type-tests/errors/limits.ts for the sentence and the unknown (never `any`) type after it.
import { expectTypeOf } from "expect-type";
import { dense, input, parallel, repeat, residual, sequential, zeroPadding1d, type Dim, type Params, type Sequential, type SymbolicTensor, type UnknownBlock } from "../src/index.js";

// residual(sequential(...)) nested 7 deep is 14 blocks, the limit: exact (it was TS2589 and `any` at 7).
const r0 = dense({ units: 4 });
const r1 = residual(sequential({ layers: [r0, dense({ units: 4 })] }));
const r2 = residual(sequential({ layers: [r1, dense({ units: 4 })] }));
const r3 = residual(sequential({ layers: [r2, dense({ units: 4 })] }));
const r4 = residual(sequential({ layers: [r3, dense({ units: 4 })] }));
const r5 = residual(sequential({ layers: [r4, dense({ units: 4 })] }));
const r6 = residual(sequential({ layers: [r5, dense({ units: 4 })] }));
const r7 = residual(sequential({ layers: [r6, dense({ units: 4 })] }));
const m7 = sequential({ layers: [input({ shape: [4] }), r7] });
// 8 Dense layers of 4 -> 4: 8 x 20.
expectTypeOf(m7).toEqualTypeOf<Sequential<[null, 4], [null, 4], Params<160>>>();
expectTypeOf(m7.countParams()).toEqualTypeOf<160>();
expectTypeOf(r7(input({ shape: [4] }))).toEqualTypeOf<SymbolicTensor<[null, 4]>>();

// parallel nested 14 deep: each level concatenates 4 more features (it was 0 parameters and (None, 4) at 13 to 18).
const p1 = parallel([dense({ units: 4 }), dense({ units: 4 })]);
const p2 = parallel([p1, dense({ units: 4 })]);
const p3 = parallel([p2, dense({ units: 4 })]);
const p4 = parallel([p3, dense({ units: 4 })]);
const p5 = parallel([p4, dense({ units: 4 })]);
const p6 = parallel([p5, dense({ units: 4 })]);
const p7 = parallel([p6, dense({ units: 4 })]);
const p8 = parallel([p7, dense({ units: 4 })]);
const p9 = parallel([p8, dense({ units: 4 })]);
const p10 = parallel([p9, dense({ units: 4 })]);
const p11 = parallel([p10, dense({ units: 4 })]);
const p12 = parallel([p11, dense({ units: 4 })]);
const p13 = parallel([p12, dense({ units: 4 })]);
const p14 = parallel([p13, dense({ units: 4 })]);
// 15 Dense layers on (None, 4): 15 x 20 = 300 parameters; 15 x 4 = 60 features.
expectTypeOf(sequential({ layers: [input({ shape: [4] }), p14] })).toEqualTypeOf<Sequential<[null, 4], [null, 60], Params<300>>>();
expectTypeOf(p14(input({ shape: [4] }))).toEqualTypeOf<SymbolicTensor<[null, 60]>>();

// repeat nested 14 deep: 2^14 copies of a Dense of 4 -> 4.
const q1 = repeat(2, () => dense({ units: 4 }));
const q2 = repeat(2, () => q1);
const q3 = repeat(2, () => q2);
const q4 = repeat(2, () => q3);
const q5 = repeat(2, () => q4);
const q6 = repeat(2, () => q5);
const q7 = repeat(2, () => q6);
const q8 = repeat(2, () => q7);
const q9 = repeat(2, () => q8);
const q10 = repeat(2, () => q9);
const q11 = repeat(2, () => q10);
const q12 = repeat(2, () => q11);
const q13 = repeat(2, () => q12);
const q14 = repeat(2, () => q13);
expectTypeOf(sequential({ layers: [input({ shape: [4] }), q14] }).countParams()).toEqualTypeOf<327680>();

// A built model inside a block costs no depth: its shapes were computed when it was built.
const built = sequential({ layers: [input({ shape: [4] }), p14] });
expectTypeOf(residual(dense({ units: 60 }), built)(input({ shape: [4] }))).toEqualTypeOf<SymbolicTensor<[null, 60]>>();

// repeat to a few thousand: a copy that gives back its input shape ends the fold (3 -> 8, then 4,999 x 72).
expectTypeOf(repeat(5000, () => dense({ units: 8 }))(input({ shape: [3] }))).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
expectTypeOf(sequential({ layers: [input({ shape: [3] }), repeat(5000, () => dense({ units: 8 }))] }).countParams()).toEqualTypeOf<359960>();
expectTypeOf(sequential({ layers: [input({ shape: [8] }), repeat(10000, () => dense({ units: 8 }))] }).countParams()).toEqualTypeOf<720000>();
// Shapes that change at every copy are followed for 100 copies: 3 + 2 x 100.
expectTypeOf(repeat(100, () => zeroPadding1d({ padding: 1 }))(input({ shape: [3, 2] }))).toEqualTypeOf<SymbolicTensor<[null, 203, 2]>>();
// A count the compiler does not know: unknown shapes and count, never a wrong literal.
declare const n: number;
expectTypeOf(sequential({ layers: [input({ shape: [3] }), repeat(n, () => dense({ units: 8 }))] })).toEqualTypeOf<Sequential<[null, 3], Dim[], Params<number>>>();
expectTypeOf(repeat(3 as 3 | 4, () => dense({ units: 8 }))(input({ shape: [3] }))).toEqualTypeOf<SymbolicTensor<Dim[]>>();

// A block refused past the limit is typed as a layer of unknown shapes (the error is in errors/limits.ts).
expectTypeOf<import("../src/index.js").Apply<UnknownBlock<"Parallel">, [null, 4]>>().toEqualTypeOf<Dim[]>();
expectTypeOf<import("../src/index.js").ParamCount<UnknownBlock<"Parallel">, [null, 4]>>().toEqualTypeOf<number>();
