// Positive type tests for the layers: exact output types (expect-type's toEqualTypeOf is exact
// equality), including unknown (`null`) and non-literal (`number`) sizes, which must flow through
// without a false error. Their negative twins, with the error text, are in ./errors/.
import { expectTypeOf } from "expect-type";
import type { FoldParams } from "../src/core/layer.js";
import {
  activation,
  add,
  concatenate,
  dense,
  dropout,
  flatten,
  input,
  type Activation,
  type Add,
  type Apply,
  type Concatenate,
  type Dense,
  type Dim,
  type Dropout,
  type Flatten,
  type Fold,
  type ParamCount,
  type ShapeErr,
  type SymbolicTensor,
  type WeightShapes,
} from "../src/index.js";

declare const n: number;

// --- input: the batch axis --------------------------------------------------------------------------
expectTypeOf(input({ shape: [3] })).toEqualTypeOf<SymbolicTensor<[null, 3]>>();
expectTypeOf(input({ shape: [50, 50, 3] })).toEqualTypeOf<SymbolicTensor<[null, 50, 50, 3]>>();
expectTypeOf(input({ shape: [50, 50, 3], batchSize: 30 })).toEqualTypeOf<SymbolicTensor<[30, 50, 50, 3]>>();
expectTypeOf(input({ batchShape: [30, 50, 50, 3] })).toEqualTypeOf<SymbolicTensor<[30, 50, 50, 3]>>();
expectTypeOf(input({ shape: [null, 3] })).toEqualTypeOf<SymbolicTensor<[null, null, 3]>>();
expectTypeOf(input({ shape: [] })).toEqualTypeOf<SymbolicTensor<[null]>>();
expectTypeOf(input({ shape: [n, 3] })).toEqualTypeOf<SymbolicTensor<[null, number, 3]>>();
expectTypeOf(input({ shape: [3], batchSize: n })).toEqualTypeOf<SymbolicTensor<[number, 3]>>();
expectTypeOf(input({ shape: [3] }).shape).toEqualTypeOf<[null, 3]>();

// --- dense: the last axis becomes units -------------------------------------------------------------
const x3 = input({ shape: [3] });
expectTypeOf(dense({ units: 4 })).toEqualTypeOf<Dense<4>>();
expectTypeOf(dense({ units: 4 })(x3)).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(dense({ units: 4 }).apply(x3)).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
// Training-only options (passed to TF.js by shapeflow/tfjs) change neither the type nor the shapes.
expectTypeOf(dense({ units: 4, kernelInitializer: "heNormal", biasRegularizer: "l1l2", dtype: "float32" })).toEqualTypeOf<Dense<4>>();
expectTypeOf(dense({ units: 4, kernelInitializer: {}, kernelConstraint: "maxNorm" })(x3)).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(dense({ units: 4 })(input({ shape: [10, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 10, 4]>>();
expectTypeOf(dense({ units: 4 })(input({ shape: [null, 3] }))).toEqualTypeOf<SymbolicTensor<[null, null, 4]>>();
expectTypeOf(dense({ units: 4 })(input({ batchShape: [30, 3] }))).toEqualTypeOf<SymbolicTensor<[30, 4]>>();
// Non-literal sizes: no error, the size flows through as `number`.
expectTypeOf(dense({ units: n })(x3)).toEqualTypeOf<SymbolicTensor<[null, number]>>();
expectTypeOf(dense({ units: 4 })(input({ shape: [n] }))).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
// Rank 2 is read in one match (issue 17): a readonly shape, a union of shapes, features known only at run time.
expectTypeOf<Apply<Dense<4>, readonly [7, 3]>>().toEqualTypeOf<[7, 4]>();
expectTypeOf<Apply<Dense<4>, [null, 3] | [2, 5]>>().toEqualTypeOf<[null, 4] | [2, 4]>();
// Options that declare an input are kept in the type, so a Sequential can start from them.
expectTypeOf(dense({ units: 4, inputShape: [3] })).toEqualTypeOf<Dense<{ units: 4; batchInputShape: [null, 3] }>>();
expectTypeOf(dense({ units: 4, inputDim: 3 })).toEqualTypeOf<Dense<{ units: 4; batchInputShape: [null, 3] }>>();
expectTypeOf(dense({ units: 4, inputShape: [3], batchSize: 30 })).toEqualTypeOf<Dense<{ units: 4; batchInputShape: [30, 3] }>>();
expectTypeOf(dense({ units: 4, batchInputShape: [30, 3] })).toEqualTypeOf<Dense<{ units: 4; batchInputShape: [30, 3] }>>();
expectTypeOf(dense({ units: 4, batchShape: [30, 3] })).toEqualTypeOf<Dense<{ units: 4; batchInputShape: [30, 3] }>>();
expectTypeOf(dense({ units: 4, useBias: false })).toEqualTypeOf<Dense<{ units: 4; useBias: false }>>();
expectTypeOf(dense({ units: 4, inputShape: [3] })(x3)).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
// A declared [null, 3] accepts data with a fixed batch, and a declared unknown axis accepts any size.
expectTypeOf(dense({ units: 4, inputShape: [3] })(input({ batchShape: [30, 3] }))).toEqualTypeOf<SymbolicTensor<[30, 4]>>();
expectTypeOf(dense({ units: 4, inputShape: [null, 3] })(input({ shape: [7, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 7, 4]>>();

// --- weights, parameter counts and rules without values ---------------------------------------------
expectTypeOf<Apply<Dense<4>, [null, 3]>>().toEqualTypeOf<[null, 4]>();
expectTypeOf<Fold<[Dense<4>, Dense<4>, Dense<1>], [null, 3]>>().toEqualTypeOf<[null, 1]>();
expectTypeOf<Fold<[Flatten, Dense<10>], [null, 28, 28]>>().toEqualTypeOf<[null, 10]>();
// Read by position (issue 17): no layers give the input; a union of lists is folded list by list; a list
// of unknown length, one layer after another of unknown kind, gives a shape of unknown rank, never an error.
expectTypeOf<Fold<[], [null, 3]>>().toEqualTypeOf<[null, 3]>();
expectTypeOf<Fold<[Dense<4>] | [Dense<2>, Flatten, Dense<3>], [null, 3]>>().toEqualTypeOf<[null, 4] | [null, 3]>();
expectTypeOf<Fold<Dense<4>[], [null, 3]>>().toEqualTypeOf<Dim[]>();
// A block's count, FoldParams, read by position as Fold is: each list of a union on its own, an array of layers an unknown count.
expectTypeOf<FoldParams<[Dense<4>, Dense<4>, Dense<1>], [null, 3]>>().toEqualTypeOf<41>();
expectTypeOf<FoldParams<[], [null, 3]>>().toEqualTypeOf<0>();
expectTypeOf<FoldParams<[Dense<4>] | [Dense<2>, Flatten, Dense<3>], [null, 3]>>().toEqualTypeOf<16 | 17>();
expectTypeOf<FoldParams<Dense<4>[], [null, 3]>>().toEqualTypeOf<number>();
expectTypeOf<Fold<[Flatten, ...Dense<2>[]], [null, 3, 3]>>().toEqualTypeOf<Dim[]>();
expectTypeOf<WeightShapes<Dense<4>, [null, 3]>>().toEqualTypeOf<{ kernel: [3, 4]; bias: [4] }>();
expectTypeOf<WeightShapes<Dense<{ units: 4; useBias: false }>, [null, 3]>>().toEqualTypeOf<{ kernel: [3, 4] }>();
expectTypeOf<ParamCount<Dense<4>, [null, 3]>>().toEqualTypeOf<16>();
expectTypeOf<ParamCount<Dense<4>, [null, 4]>>().toEqualTypeOf<20>();
expectTypeOf<ParamCount<Dense<1>, [null, 4]>>().toEqualTypeOf<5>();
expectTypeOf<ParamCount<Dense<4096>, [null, 25088]>>().toEqualTypeOf<102764544>();
// Ranks 2 and 3 are read in one match, 4 and more through the general path: each gives the same facts.
expectTypeOf<ParamCount<Dense<4>, [null, 7, 3]>>().toEqualTypeOf<16>();
expectTypeOf<ParamCount<Dense<4>, [null, 5, 7, 3]>>().toEqualTypeOf<16>();
expectTypeOf<ParamCount<Dense<4>, [null, null, number]>>().toEqualTypeOf<number>();
expectTypeOf<ParamCount<Dense<4>, [null, 7, 3] | [null, 7, 5]>>().toEqualTypeOf<16 | 24>();
expectTypeOf(dense({ units: 4 })(input({ shape: [5, 7, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 5, 7, 4]>>();
expectTypeOf(dense({ units: 4 })(input({ shape: [n, 3] }))).toEqualTypeOf<SymbolicTensor<[null, number, 4]>>();
expectTypeOf(dense({ units: 4 })(null as unknown as SymbolicTensor<[null, 7, 3] | [null, 2]>)).toEqualTypeOf<SymbolicTensor<[null, 7, 4] | [null, 4]>>();
// @ts-expect-error: the sequence axis is kept
expectTypeOf(dense({ units: 4 })(input({ shape: [10, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf<ParamCount<Dense<{ units: 4; useBias: false }>, [null, 3]>>().toEqualTypeOf<12>();
expectTypeOf<ParamCount<Flatten, [null, 5, 5]>>().toEqualTypeOf<0>();
expectTypeOf<ParamCount<Dense<number>, [null, 3]>>().toEqualTypeOf<number>();
// A rule that fails gives the message as a type, not `never`.
expectTypeOf<Apply<Dense<4>, [null]>>().toEqualTypeOf<
  ShapeErr<"Dense needs an input of rank 2 or more, (batch, ..., features), but got (None,) of rank 1. Fix: give the input a feature axis: input({ shape: [3] }) makes (None, 3).">
>();
expectTypeOf<Fold<[Dense<4>, Flatten], [null]>>().toEqualTypeOf<Apply<Dense<4>, [null]>>();

// --- flatten: product of the non-batch axes ----------------------------------------------------------
expectTypeOf(flatten()).toEqualTypeOf<Flatten>();
expectTypeOf(flatten()(input({ shape: [50, 50, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 7500]>>();
expectTypeOf(flatten()(input({ shape: [224, 224, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 150528]>>();
expectTypeOf(flatten()(input({ shape: [50, 50, 3], batchSize: 30 }))).toEqualTypeOf<SymbolicTensor<[30, 7500]>>();
expectTypeOf(flatten()(input({ shape: [null, 3] }))).toEqualTypeOf<SymbolicTensor<[null, null]>>();
expectTypeOf(flatten()(input({ shape: [n, 3] }))).toEqualTypeOf<SymbolicTensor<[null, number]>>();
expectTypeOf(flatten()(input({ shape: [] }))).toEqualTypeOf<SymbolicTensor<[null, 1]>>();
expectTypeOf<Apply<Flatten, []>>().toEqualTypeOf<
  ShapeErr<"Flatten needs a batch axis to keep, but got a shape of rank 0, (). Fix: pass a tensor from input() or a layer; it always has a batch axis.">
>();

// --- shape-keeping layers -----------------------------------------------------------------------------
expectTypeOf(activation({ activation: "relu" })).toEqualTypeOf<Activation<"relu">>();
expectTypeOf(activation({ activation: "relu" })(input({ shape: [5, 2] }))).toEqualTypeOf<SymbolicTensor<[null, 5, 2]>>();
expectTypeOf(dropout({ rate: 0.5 })).toEqualTypeOf<Dropout>();
expectTypeOf(dropout({ rate: 0.5 })(x3)).toEqualTypeOf<SymbolicTensor<[null, 3]>>();
expectTypeOf(dropout({ rate: n })(x3)).toEqualTypeOf<SymbolicTensor<[null, 3]>>();

// --- add: same shapes, or sizes of 1 that broadcast (Keras 3) ----------------------------------------
const a4 = dense({ units: 4 })(x3);
expectTypeOf(add()).toEqualTypeOf<Add>();
expectTypeOf(add()([a4, a4])).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(add()([a4])).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(add()([a4, a4, a4])).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(add()([a4, input({ shape: [1] })])).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(add()([input({ shape: [5, 1] }), input({ shape: [4] })])).toEqualTypeOf<SymbolicTensor<[null, 5, 4]>>();
expectTypeOf(add()([a4, input({ shape: [null] })])).toEqualTypeOf<SymbolicTensor<[null, null]>>();
expectTypeOf(add()([a4, input({ shape: [n] })])).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(add()([a4, input({ batchShape: [8, 4] })])).toEqualTypeOf<SymbolicTensor<[8, 4]>>();

// --- concatenate: join along one axis ----------------------------------------------------------------
expectTypeOf(concatenate()).toEqualTypeOf<Concatenate<-1>>();
expectTypeOf(concatenate({ axis: 1 })).toEqualTypeOf<Concatenate<1>>();
expectTypeOf(concatenate()([a4, x3])).toEqualTypeOf<SymbolicTensor<[null, 7]>>();
expectTypeOf(concatenate({ axis: -1 })([a4, x3, x3])).toEqualTypeOf<SymbolicTensor<[null, 10]>>();
expectTypeOf(concatenate({ axis: 1 })([input({ shape: [2, 3] }), input({ shape: [5, 3] })])).toEqualTypeOf<SymbolicTensor<[null, 7, 3]>>();
expectTypeOf(concatenate({ axis: -2 })([input({ shape: [2, 3] }), input({ shape: [5, 3] })])).toEqualTypeOf<SymbolicTensor<[null, 7, 3]>>();
expectTypeOf(concatenate()([a4, input({ shape: [null] })])).toEqualTypeOf<SymbolicTensor<[null, null]>>();
expectTypeOf(concatenate()([a4, input({ shape: [n] })])).toEqualTypeOf<SymbolicTensor<[null, number]>>();
expectTypeOf(concatenate()([input({ shape: [null, 3] }), input({ shape: [6, 2] })])).toEqualTypeOf<SymbolicTensor<[null, null, 5]>>();
expectTypeOf(concatenate({ axis: n })([a4, a4])).toEqualTypeOf<SymbolicTensor<[number | null, number | null]>>();

// --- what the compiler cannot know passes through, for the runtime to check -----------------------------
declare const either: SymbolicTensor<[null, 3]> | SymbolicTensor<[null, 4]>;
declare const anyRank: SymbolicTensor;
declare const someList: SymbolicTensor<[null, 4]>[];
declare const four: 4 | 5;
// A union of inputs gives the union of outputs.
expectTypeOf(dense({ units: 2 })(either)).toEqualTypeOf<SymbolicTensor<[null, 2]>>();
expectTypeOf(flatten()(either)).toEqualTypeOf<SymbolicTensor<[null, 3] | [null, 4]>>();
// An unknown rank gives an unknown rank, and no error.
expectTypeOf(dense({ units: 2 })(anyRank)).toEqualTypeOf<SymbolicTensor<import("../src/index.js").Dim[]>>();
expectTypeOf(add()([anyRank, a4])).toEqualTypeOf<SymbolicTensor<import("../src/index.js").Dim[]>>();
expectTypeOf(add()(someList)).toEqualTypeOf<SymbolicTensor<import("../src/index.js").Dim[]>>();
expectTypeOf(concatenate()(someList)).toEqualTypeOf<SymbolicTensor<import("../src/index.js").Dim[]>>();
// A size that is one of several literals is unknown, not a mismatch.
expectTypeOf(add()([dense({ units: four })(x3), a4])).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(concatenate()([dense({ units: four })(x3), a4])).toEqualTypeOf<SymbolicTensor<[null, number]>>();
expectTypeOf(dropout({ rate: 1e-7 })(x3)).toEqualTypeOf<SymbolicTensor<[null, 3]>>();
// A parameter count on an input the layer cannot take is the reason, not a number.
expectTypeOf<ParamCount<Dense<4>, [null]>>().toEqualTypeOf<Apply<Dense<4>, [null]>>();
