// Positive type tests of the merge layers beyond Add and Concatenate (those are in layers.test-d.ts):
// exact output types, with unknown (`null`), non-literal (`number`) and union sizes flowing on.
import { expectTypeOf } from "expect-type";
import {
  average,
  dense,
  dot,
  input,
  maximum,
  minimum,
  multiply,
  subtract,
  type Average,
  type Dim,
  type Dot,
  type Maximum,
  type Minimum,
  type Multiply,
  type Subtract,
  type SymbolicTensor,
} from "../src/index.js";

declare const n: number;
declare const four: 4 | 5;
declare const someList: SymbolicTensor<[null, 4]>[];
const x3 = input({ shape: [3] });
const a4 = input({ shape: [4] });

// --- the element-wise merges: Keras 3's broadcasting (right-aligned; 1 stretches; unknown gives unknown) ---
expectTypeOf(multiply()).toEqualTypeOf<Multiply>();
expectTypeOf(average()).toEqualTypeOf<Average>();
expectTypeOf(maximum()).toEqualTypeOf<Maximum>();
expectTypeOf(minimum()).toEqualTypeOf<Minimum>();
expectTypeOf(subtract()).toEqualTypeOf<Subtract>();
expectTypeOf(multiply()([a4, a4])).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(multiply()([input({ shape: [5, 1] }), input({ shape: [1, 3] })])).toEqualTypeOf<SymbolicTensor<[null, 5, 3]>>();
// a squeeze-and-excitation gate: (7, 7, 32) times (1, 1, 32)
expectTypeOf(multiply()([input({ shape: [7, 7, 32] }), input({ shape: [1, 1, 32] })])).toEqualTypeOf<SymbolicTensor<[null, 7, 7, 32]>>();
expectTypeOf(maximum()([input({ shape: [5, 3] }), input({ shape: [3] })])).toEqualTypeOf<SymbolicTensor<[null, 5, 3]>>();
expectTypeOf(minimum()([a4, a4, input({ shape: [1] })])).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(average()([a4, input({ shape: [null] })])).toEqualTypeOf<SymbolicTensor<[null, null]>>();
expectTypeOf(average()([a4, input({ shape: [n] })])).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(minimum()([a4, input({ batchShape: [8, 4] })])).toEqualTypeOf<SymbolicTensor<[8, 4]>>();
expectTypeOf(multiply()([dense({ units: four })(x3), a4])).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(maximum()(someList)).toEqualTypeOf<SymbolicTensor<Dim[]>>();

// --- subtract: exactly two ----------------------------------------------------------------------------
expectTypeOf(subtract()([a4, a4])).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(subtract()([a4, input({ shape: [1] })])).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(subtract()([input({ shape: [2, 1] }), input({ shape: [null] })])).toEqualTypeOf<SymbolicTensor<[null, 2, null]>>();
// a list whose length the compiler does not know: checked at run time
expectTypeOf(subtract()(someList)).toEqualTypeOf<SymbolicTensor<Dim[]>>();

// --- dot: input 0 without its axis, then input 1 without batch and axis; rank 1 becomes (batch, 1) ---
expectTypeOf(dot({ axes: -1 })).toEqualTypeOf<Dot<-1>>();
expectTypeOf(dot({ axes: [1, 2] })).toEqualTypeOf<Dot<readonly [1, 2]>>();
expectTypeOf(dot({ axes: -1 })([input({ shape: [5, 3] }), input({ shape: [7, 3] })])).toEqualTypeOf<SymbolicTensor<[null, 5, 7]>>();
expectTypeOf(dot({ axes: [1, 2] })([input({ shape: [3, 5] }), input({ shape: [7, 3] })])).toEqualTypeOf<SymbolicTensor<[null, 5, 7]>>();
expectTypeOf(dot({ axes: [-2, -1] })([input({ shape: [3, 5] }), input({ shape: [7, 3] })])).toEqualTypeOf<SymbolicTensor<[null, 5, 7]>>();
expectTypeOf(dot({ axes: 1 })([a4, a4])).toEqualTypeOf<SymbolicTensor<[null, 1]>>();
expectTypeOf(dot({ axes: 1, normalize: true })([a4, a4])).toEqualTypeOf<SymbolicTensor<[null, 1]>>();
expectTypeOf(dot({ axes: 2 })([input({ shape: [5, 3] }), input({ shape: [4, 3] })])).toEqualTypeOf<SymbolicTensor<[null, 5, 4]>>();
expectTypeOf(dot({ axes: 1 })([input({ shape: [4] }), input({ shape: [4, 6] })])).toEqualTypeOf<SymbolicTensor<[null, 6]>>();
// two unknown sizes may be equal; the other sizes flow on
expectTypeOf(dot({ axes: -1 })([input({ shape: [null, null] }), input({ shape: [2, null] })])).toEqualTypeOf<SymbolicTensor<[null, null, 2]>>();
// a non-literal size may be equal: unknown, the runtime checks it
expectTypeOf(dot({ axes: -1 })([input({ shape: [n] }), a4])).toEqualTypeOf<SymbolicTensor<[null, 1]>>();
expectTypeOf(dot({ axes: -1 })([dense({ units: four })(x3), a4])).toEqualTypeOf<SymbolicTensor<[null, 1]>>();
expectTypeOf(dot({ axes: 1 })([input({ batchShape: [8, 4] }), a4])).toEqualTypeOf<SymbolicTensor<[8, 1]>>();
// an axis the compiler does not know: the rank is known, the sizes are not
expectTypeOf(dot({ axes: n })([input({ shape: [5, 3] }), input({ shape: [7, 3] })])).toEqualTypeOf<SymbolicTensor<[null, number | null, number | null]>>();
expectTypeOf(dot({ axes: n })([a4, a4])).toEqualTypeOf<SymbolicTensor<[null, 1]>>();
expectTypeOf(dot({ axes: [1, n] })([input({ shape: [5, 3] }), input({ shape: [7, 3] })])).toEqualTypeOf<SymbolicTensor<[null, number | null, number | null]>>();
expectTypeOf(dot({ axes: -1 })(someList)).toEqualTypeOf<SymbolicTensor<Dim[]>>();

// --- Add and Concatenate where an input is matched as a whole (issue 17): the same types as the walk ---
import { add, concatenate } from "../src/index.js";
declare const f53: SymbolicTensor<[null, 5, 3]>;
declare const u53: SymbolicTensor<[null, 5, 3] | [null, 6, 3]>;
declare const v53: SymbolicTensor<[null, 5, 3] | [null, 5, 4]>;
declare const anyAt1: SymbolicTensor<[null, any, 3]>;
declare const anyAt1b: SymbolicTensor<[null, any, 2]>;
declare const noneAt1: SymbolicTensor<[null, null, 3]>;
declare const b5: SymbolicTensor<[5, 5, 3]>;
declare const anyShape: SymbolicTensor<any>;
declare const anyLast: SymbolicTensor<[null, any]>;
// equal inputs: one sum
expectTypeOf(concatenate()([f53, f53, f53])).toEqualTypeOf<SymbolicTensor<[null, 5, 9]>>();
// an input that fixes a size input 0 leaves open: the other sizes are input 0's, the rest is still checked
expectTypeOf(concatenate()([noneAt1, noneAt1, f53])).toEqualTypeOf<SymbolicTensor<[null, null, 9]>>();
expectTypeOf(concatenate()([f53, noneAt1, b5, noneAt1])).toEqualTypeOf<SymbolicTensor<[null, 5, 12]>>();
// an `any` size is a size not known (where matching would take it for any size)
expectTypeOf(concatenate()([noneAt1, anyAt1b, input({ shape: [6, 4] })])).toEqualTypeOf<SymbolicTensor<[null, null, 9]>>();
expectTypeOf(concatenate()([anyLast, a4])).toEqualTypeOf<SymbolicTensor<[null, number | null]>>();
expectTypeOf(add()([anyLast, a4])).toEqualTypeOf<SymbolicTensor<[null, null]>>();
expectTypeOf(add()([a4, anyLast])).toEqualTypeOf<SymbolicTensor<[null, null]>>();
expectTypeOf(add()([anyAt1, anyAt1])).toEqualTypeOf<SymbolicTensor<[null, null, 3]>>();
// a tensor typed SymbolicTensor<any>: unknown rank, no error (it was a false error, "not assignable to string")
expectTypeOf(concatenate()([anyShape, f53])).toEqualTypeOf<SymbolicTensor<Dim[]>>();
expectTypeOf(add()([f53, anyShape])).toEqualTypeOf<SymbolicTensor<Dim[]>>();
// a union of shapes: input 0's members each give their output (the one that cannot join is the runtime's
// to refuse); a later input's members each give their sum (it was `number`)
expectTypeOf(concatenate()([u53, f53])).toEqualTypeOf<SymbolicTensor<[null, 5, 6] | [null, 6, 6]>>();
expectTypeOf(concatenate()([f53, u53])).toEqualTypeOf<SymbolicTensor<[null, 5, 6]>>();
expectTypeOf(concatenate()([f53, v53])).toEqualTypeOf<SymbolicTensor<[null, 5, 6] | [null, 5, 7]>>();
expectTypeOf(concatenate()([v53, f53])).toEqualTypeOf<SymbolicTensor<[null, 5, number]>>();
expectTypeOf(add()([f53, u53])).toEqualTypeOf<SymbolicTensor<[null, 5, 3]>>();
expectTypeOf(add()([f53, f53, noneAt1, f53])).toEqualTypeOf<SymbolicTensor<[null, null, 3]>>();
expectTypeOf(add()([noneAt1, noneAt1])).toEqualTypeOf<SymbolicTensor<[null, null, 3]>>();
