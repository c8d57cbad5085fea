// The compiler's limits (issue 11): past each, one sentence that says which limit and what to do, and
// after it unknown shapes and counts (never `any`, never a wrong literal, never the error again).
import { dense, input, parallel, repeat, residual, sequential, zeroPadding1d } from "../../src/index.js";

// residual(sequential(...)) nested 8 deep would be 16 blocks: the sequential at depth 15 is refused.
const r0 = dense({ units: 4 });
const r1 = residual(sequential({ layers: [r0, dense({ units: 4 })] }));
const r2 = residual(sequential({ layers: [r1, dense({ units: 4 })] }));
const r3 = residual(sequential({ layers: [r2, dense({ units: 4 })] }));
const r4 = residual(sequential({ layers: [r3, dense({ units: 4 })] }));
const r5 = residual(sequential({ layers: [r4, dense({ units: 4 })] }));
const r6 = residual(sequential({ layers: [r5, dense({ units: 4 })] }));
const r7 = residual(sequential({ layers: [r6, dense({ units: 4 })] }));
// error: Sequential layer 0: Sequential: blocks can nest at most 14 deep for the compiler to follow their shapes (a Sequential without an input shape is a block), and this one is deeper. Fix: give an inner block its input shape, sequential({ layers: [input({ shape: [...] }), block] }), or nest less.
const r8 = residual(sequential({ layers: [r7, dense({ units: 4 })] }));
// After it, the count is `number`: assigning it to a string is an error (with `any` it compiled).
// error: Type 'number' is not assignable to type 'string'.
export const p8: string = sequential({ layers: [input({ shape: [4] }), r8] }).countParams();

// The same through .add, and for parallel and repeat.
const deep = r7;
// error: Sequential: blocks can nest at most 14 deep
sequential().add(deep);
// error: parallel: blocks can nest at most 14 deep for the compiler to follow their shapes
export const pd = parallel([deep, dense({ units: 4 })]);
// error: residual: blocks can nest at most 14 deep
export const rd = residual(deep);
// error: repeat: blocks can nest at most 14 deep
export const qd = repeat(2, () => deep);
// The refused block is a layer of unknown shapes: calling it is no error, and its output is `Dim[]`.
export const pdOut: readonly (number | null)[] = pd(input({ shape: [4] })).shape;
// error: Type 'Dim[]' is not assignable to type '[null, 8]'.
export const pdWrong: [null, 8] = pd(input({ shape: [4] })).shape;
// A part typed AnyLayer (any depth, read as none) beside a deep block: the deep block's depth still counts (hover4).
declare const opaque: import("../../src/index.js").AnyLayer;
// error: parallel: blocks can nest at most 14 deep for the compiler to follow their shapes
export const pdOpaque = parallel([opaque, deep]);
// error: residual: blocks can nest at most 14 deep
export const rdOpaque = residual(deep, opaque);

// repeat's count: a positive integer of at most 10,000, as at run time.
// error: Argument of type '0' is not assignable to parameter of type '"repeat: n must be a positive integer (how many copies to stack), but got 0. Fix: use e.g. n: 3."'.
repeat(0, () => dense({ units: 8 }));
// error: repeat: n must be a positive integer (how many copies to stack), but got -1.
repeat(-1, () => dense({ units: 8 }));
// error: repeat: n must be a positive integer (how many copies to stack), but got 1.5.
repeat(1.5, () => dense({ units: 8 }));
// Each member of a union must be valid.
// error: repeat: n must be a positive integer (how many copies to stack), but got 0.
repeat(2 as 2 | 0, () => dense({ units: 8 }));
// error: repeat: n is 9007199254740991, more than the 10000 copies repeat builds (a larger count is almost surely a mistake, and would take minutes and gigabytes to build). Fix: use a count of at most 10000.
repeat(9007199254740991, () => dense({ units: 8 }));
// error: repeat: n is 10001, more than the 10000 copies repeat builds
repeat(10001, () => dense({ units: 8 }));

// Shapes that change at every copy are followed for 100 copies.
// error: Repeat: the compiler follows at most 100 copies whose shapes keep changing, and this block's shapes change at every copy. Fix: split it into repeat blocks of at most 100 copies, applied one after the other.
repeat(101, () => zeroPadding1d({ padding: 1 }))(input({ shape: [3, 2] }));

// A layers list longer than 1,000 entries: one error at layers, not TS2589 and a second, nonsense one.
type D = import("../../src/index.js").Dense<8>;
type T10 = [D, D, D, D, D, D, D, D, D, D];
type T100 = [...T10, ...T10, ...T10, ...T10, ...T10, ...T10, ...T10, ...T10, ...T10, ...T10];
type T1000 = [...T100, ...T100, ...T100, ...T100, ...T100, ...T100, ...T100, ...T100, ...T100, ...T100];
declare const many: [import("../../src/index.js").SymbolicTensor<[null, 8]>, ...T1000];
// error: Sequential: a layers list of 1001 entries is longer than the 1000 the compiler follows (its time and memory grow faster than the length, and it gives up near 2,000). Fix: add the layers in .add(...) statements of at most 100 calls each, or group them into nested sequential({ layers: [...] }) blocks.
const tooLong = sequential({ layers: many });
// After it, the model's shapes and count are unknown, not `any`.
// error: Type 'number' is not assignable to type 'string'.
export const tooLongCount: string = tooLong.countParams();

// A block's list with a block too deep after its first entry names that entry (hover2).
// error: Sequential layer 1: Sequential: blocks can nest at most 14 deep for the compiler to follow their shapes
export const deepSecond = sequential({ layers: [dense({ units: 4 }), r7] });
