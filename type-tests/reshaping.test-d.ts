// Positive type tests for the reshaping layers (Flatten's dataFormat and declared inputs, Reshape,
// Permute, RepeatVector): exact output types, including unknown (`null`) and non-literal (`number`)
// sizes, which must flow through without a false error. Their negative twins are in
// ./errors/reshaping.ts.
import { expectTypeOf } from "expect-type";
import {
  dense,
  flatten,
  input,
  permute,
  repeatVector,
  reshape,
  sequential,
  type Apply,
  type Dim,
  type Flatten,
  type Fold,
  type ParamCount,
  type Permute,
  type RepeatVector,
  type Reshape,
  type ShapeErr,
  type SymbolicTensor,
  type WeightShapes,
} from "../src/index.js";

declare const n: number;
declare const list: number[];

// --- flatten: dataFormat and a declared input ---------------------------------------------------------
// dataFormat does not change shapes, so the type stays plain Flatten.
expectTypeOf(flatten({ dataFormat: "channelsFirst" })).toEqualTypeOf<Flatten>();
expectTypeOf(flatten({ dataFormat: "channelsLast", name: "f" })).toEqualTypeOf<Flatten>();
expectTypeOf(flatten({ dataFormat: "channelsFirst" })(input({ shape: [3, 50, 50] }))).toEqualTypeOf<SymbolicTensor<[null, 7500]>>();
expectTypeOf(flatten({ dataFormat: "channelsLast" })(input({ shape: [50, 50, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 7500]>>();
expectTypeOf(flatten({ dataFormat: "channelsFirst" })(input({ shape: [3, null, 50] }))).toEqualTypeOf<SymbolicTensor<[null, null]>>();
expectTypeOf(flatten({ dataFormat: "channelsFirst" })(input({ shape: [3, n, 50] }))).toEqualTypeOf<SymbolicTensor<[null, number]>>();
expectTypeOf(flatten({ dataFormat: "channelsFirst" })(input({ batchShape: [8, 512, 7, 7] }))).toEqualTypeOf<SymbolicTensor<[8, 25088]>>();
// A declared input is kept, so that Flatten can start a Sequential.
expectTypeOf(flatten({ inputShape: [28, 28] })).toEqualTypeOf<Flatten<{ batchInputShape: [null, 28, 28] }>>();
expectTypeOf(flatten({ inputShape: [28, 28], dataFormat: "channelsFirst", name: "f" })).toEqualTypeOf<Flatten<{ batchInputShape: [null, 28, 28] }>>();
expectTypeOf(flatten({ batchShape: [4, 28, 28] })).toEqualTypeOf<Flatten<{ batchInputShape: [4, 28, 28] }>>();
expectTypeOf(flatten({ inputShape: [28, 28] }).batchInputShape).toEqualTypeOf<[null, 28, 28]>();
expectTypeOf(flatten({ batchInputShape: [4, 28, 28] }).batchInputShape).toEqualTypeOf<[4, 28, 28]>();
expectTypeOf(flatten({ inputShape: [28, 28], batchSize: 4 }).batchInputShape).toEqualTypeOf<[4, 28, 28]>();
expectTypeOf(flatten().batchInputShape).toEqualTypeOf<undefined>();
expectTypeOf(flatten({ inputShape: [28, 28] })(input({ shape: [28, 28] }))).toEqualTypeOf<SymbolicTensor<[null, 784]>>();
expectTypeOf(flatten({ inputShape: [null, 28] })(input({ shape: [5, 28] }))).toEqualTypeOf<SymbolicTensor<[null, 140]>>();
expectTypeOf(sequential({ layers: [flatten({ inputShape: [28, 28] }), dense({ units: 10 })] }).outputShape).toEqualTypeOf<[null, 10]>();

// --- reshape: fixed sizes, one -1 inferred from the element count -------------------------------------
expectTypeOf(reshape({ targetShape: [3, 4] })).toEqualTypeOf<Reshape<{ targetShape: [3, 4] }>>();
expectTypeOf(reshape({ targetShape: [-1, 512] })).toEqualTypeOf<Reshape<{ targetShape: [-1, 512] }>>();
expectTypeOf(reshape({ targetShape: [3, 4], inputShape: [12] })).toEqualTypeOf<Reshape<{ targetShape: [3, 4]; batchInputShape: [null, 12] }>>();
expectTypeOf(reshape({ targetShape: [3, 4] })(input({ shape: [12] }))).toEqualTypeOf<SymbolicTensor<[null, 3, 4]>>();
expectTypeOf(reshape({ targetShape: [3, 4] }).apply(input({ shape: [2, 6] }))).toEqualTypeOf<SymbolicTensor<[null, 3, 4]>>();
expectTypeOf(reshape({ targetShape: [-1, 2, 2] })(input({ shape: [12] }))).toEqualTypeOf<SymbolicTensor<[null, 3, 2, 2]>>();
expectTypeOf(reshape({ targetShape: [-1, 512] })(input({ shape: [7, 7, 512] }))).toEqualTypeOf<SymbolicTensor<[null, 49, 512]>>();
expectTypeOf(reshape({ targetShape: [512, -1] })(input({ shape: [7, 7, 512] }))).toEqualTypeOf<SymbolicTensor<[null, 512, 49]>>();
expectTypeOf(reshape({ targetShape: [-1] })(input({ shape: [224, 224, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 150528]>>();
expectTypeOf(reshape({ targetShape: [-1] })(input({ batchShape: [30, 7, 7, 512] }))).toEqualTypeOf<SymbolicTensor<[30, 25088]>>();
expectTypeOf(reshape({ targetShape: [28, 28, 1] })(input({ shape: [784] }))).toEqualTypeOf<SymbolicTensor<[null, 28, 28, 1]>>();
expectTypeOf(reshape({ targetShape: [] })(input({ shape: [1] }))).toEqualTypeOf<SymbolicTensor<[null]>>();
// A large count: 2 * 10^12 elements, exact at the type level.
expectTypeOf(reshape({ targetShape: [-1, 1000] })(input({ shape: [2000000, 1000000] }))).toEqualTypeOf<SymbolicTensor<[null, 2000000000, 1000]>>();
// An unknown input axis (not the batch axis): the -1 stays unknown and the count is not checked (Keras 3).
expectTypeOf(reshape({ targetShape: [-1, 4] })(input({ shape: [null, 4] }))).toEqualTypeOf<SymbolicTensor<[null, null, 4]>>();
expectTypeOf(reshape({ targetShape: [5, 4] })(input({ shape: [null] }))).toEqualTypeOf<SymbolicTensor<[null, 5, 4]>>();
expectTypeOf(reshape({ targetShape: [7, 4] })(input({ shape: [null, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 7, 4]>>();
// Non-literal sizes: `number` flows through, no count check.
expectTypeOf(reshape({ targetShape: [-1, 4] })(input({ shape: [n, 4] }))).toEqualTypeOf<SymbolicTensor<[null, number, 4]>>();
expectTypeOf(reshape({ targetShape: [5, 4] })(input({ shape: [n] }))).toEqualTypeOf<SymbolicTensor<[null, 5, 4]>>();
expectTypeOf(reshape({ targetShape: [n, -1] })(input({ shape: [12] }))).toEqualTypeOf<SymbolicTensor<[null, number, number]>>();
// A non-literal size may be -1 at run time, inferred then: `number`, or `number | null` on an unknown input.
expectTypeOf(reshape({ targetShape: [n, 4] })(input({ shape: [12] }))).toEqualTypeOf<SymbolicTensor<[null, number, 4]>>();
expectTypeOf(reshape({ targetShape: [n, 4] })(input({ shape: [null] }))).toEqualTypeOf<SymbolicTensor<[null, number | null, 4]>>();
// A list of unknown length: the rank is unknown after the batch axis.
expectTypeOf(reshape({ targetShape: list })(input({ shape: [12] }))).toEqualTypeOf<SymbolicTensor<[null, ...Dim[]]>>();
// A declared input, checked against the data, and a Sequential started from it.
expectTypeOf(reshape({ targetShape: [3, 4], inputShape: [12] })(input({ batchShape: [2, 12] }))).toEqualTypeOf<SymbolicTensor<[2, 3, 4]>>();
expectTypeOf(sequential({ layers: [reshape({ targetShape: [28, 28, 1], inputShape: [784] }), flatten()] }).outputShape).toEqualTypeOf<[null, 784]>();
expectTypeOf(sequential().add(reshape({ targetShape: [-1, 4], inputShape: [8] })).outputShape).toEqualTypeOf<[null, 2, 4]>();
// Rules without values.
expectTypeOf<Apply<Reshape<{ targetShape: [-1, 3] }>, [null, 6, 2]>>().toEqualTypeOf<[null, 4, 3]>();
expectTypeOf<Fold<[Reshape<{ targetShape: [-1, 64] }>, Flatten], [null, 8, 8, 8]>>().toEqualTypeOf<[null, 512]>();
expectTypeOf<ParamCount<Reshape<{ targetShape: [-1] }>, [null, 4, 4]>>().toEqualTypeOf<0>();
expectTypeOf<WeightShapes<Reshape<{ targetShape: [-1] }>, [null, 4, 4]>>().toEqualTypeOf<{}>();
expectTypeOf<Apply<Reshape<{ targetShape: [5] }>, [null, 4]>>().toEqualTypeOf<
  ShapeErr<"Reshape cannot keep the element count: the input (None, 4) has 4 elements a sample, but targetShape [5] holds 5. Fix: choose sizes whose product is 4, or write -1 for one of them to have it inferred.">
>();
expectTypeOf<Apply<Reshape<{ targetShape: [5] }>, []>>().toEqualTypeOf<
  ShapeErr<"Reshape needs a batch axis to keep, but got a shape of rank 0, (). Fix: pass a tensor from input() or a layer; it always has a batch axis.">
>();

// --- permute: 1-based axes after the batch axis --------------------------------------------------------
expectTypeOf(permute({ dims: [2, 1] })).toEqualTypeOf<Permute<{ dims: [2, 1] }>>();
expectTypeOf(permute({ dims: [2, 1], inputShape: [10, 64] })).toEqualTypeOf<Permute<{ dims: [2, 1]; batchInputShape: [null, 10, 64] }>>();
expectTypeOf(permute({ dims: [2, 1] })(input({ shape: [10, 64] }))).toEqualTypeOf<SymbolicTensor<[null, 64, 10]>>();
expectTypeOf(permute({ dims: [3, 1, 2] })(input({ shape: [28, 28, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 3, 28, 28]>>();
expectTypeOf(permute({ dims: [2, 3, 1] })(input({ batchShape: [5, 3, 28, 28] }))).toEqualTypeOf<SymbolicTensor<[5, 28, 28, 3]>>();
expectTypeOf(permute({ dims: [1, 2, 3] })(input({ shape: [4, 5, 6] }))).toEqualTypeOf<SymbolicTensor<[null, 4, 5, 6]>>();
expectTypeOf(permute({ dims: [1] })(input({ shape: [4] }))).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(permute({ dims: [] })(input({ shape: [] }))).toEqualTypeOf<SymbolicTensor<[null]>>();
// Unknown and non-literal sizes move with their axes.
expectTypeOf(permute({ dims: [2, 1] })(input({ shape: [null, 8] }))).toEqualTypeOf<SymbolicTensor<[null, 8, null]>>();
expectTypeOf(permute({ dims: [2, 1] })(input({ shape: [n, 8] }))).toEqualTypeOf<SymbolicTensor<[null, 8, number]>>();
// A non-literal entry of dims may pick any axis: the union of them.
expectTypeOf(permute({ dims: [n, 1] })(input({ shape: [10, 64] }))).toEqualTypeOf<SymbolicTensor<[null, 10 | 64, 10]>>();
expectTypeOf(permute({ dims: list })(input({ shape: [10, 64] }))).toEqualTypeOf<SymbolicTensor<[null, ...Dim[]]>>();
expectTypeOf(sequential({ layers: [permute({ dims: [2, 1], inputShape: [10, 64] }), flatten()] }).outputShape).toEqualTypeOf<[null, 640]>();
expectTypeOf<Apply<Permute<{ dims: [2, 1] }>, [null, 3, 4]>>().toEqualTypeOf<[null, 4, 3]>();
expectTypeOf<ParamCount<Permute<{ dims: [2, 1] }>, [null, 3, 4]>>().toEqualTypeOf<0>();

// --- repeatVector: (batch, features) becomes (batch, n, features) --------------------------------------
expectTypeOf(repeatVector({ n: 3 })).toEqualTypeOf<RepeatVector<{ n: 3 }>>();
expectTypeOf(repeatVector({ n: 3, inputDim: 8 })).toEqualTypeOf<RepeatVector<{ n: 3; batchInputShape: [null, 8] }>>();
expectTypeOf(repeatVector({ n: 3, inputDim: 8, batchSize: 2 }).batchInputShape).toEqualTypeOf<[2, 8]>();
expectTypeOf(repeatVector({ n: 3 })(input({ shape: [32] }))).toEqualTypeOf<SymbolicTensor<[null, 3, 32]>>();
expectTypeOf(repeatVector({ n: 3 })(input({ shape: [null] }))).toEqualTypeOf<SymbolicTensor<[null, 3, null]>>();
expectTypeOf(repeatVector({ n: 1 })(input({ batchShape: [16, 5] }))).toEqualTypeOf<SymbolicTensor<[16, 1, 5]>>();
expectTypeOf(repeatVector({ n })(input({ shape: [32] }))).toEqualTypeOf<SymbolicTensor<[null, number, 32]>>();
expectTypeOf(repeatVector({ n: 3 })(input({ shape: [n] }))).toEqualTypeOf<SymbolicTensor<[null, 3, number]>>();
expectTypeOf(repeatVector({ n: 10 })(flatten()(input({ shape: [4, 4] })))).toEqualTypeOf<SymbolicTensor<[null, 10, 16]>>();
expectTypeOf(sequential({ layers: [repeatVector({ n: 4, inputDim: 8 }), flatten()] }).outputShape).toEqualTypeOf<[null, 32]>();
expectTypeOf<Apply<RepeatVector<{ n: 2 }>, [null, 7]>>().toEqualTypeOf<[null, 2, 7]>();
expectTypeOf<ParamCount<RepeatVector<{ n: 2 }>, [null, 7]>>().toEqualTypeOf<0>();

// --- the options a layer keeps, readable at run time ------------------------------------------------------
expectTypeOf(reshape({ targetShape: [-1, 4] }).targetShape).toEqualTypeOf<readonly [-1, 4]>();
expectTypeOf(permute({ dims: [2, 1] }).dims).toEqualTypeOf<readonly [2, 1]>();
expectTypeOf(repeatVector({ n: 3 }).n).toEqualTypeOf<3>();
expectTypeOf(repeatVector({ n }).n).toEqualTypeOf<number>();
expectTypeOf(flatten({ dataFormat: "channelsFirst" }).dataFormat).toEqualTypeOf<"channelsLast" | "channelsFirst">();

// --- a union of inputs: each member is reshaped -------------------------------------------------------------
declare const either: SymbolicTensor<[null, 12]> | SymbolicTensor<[null, 3, 4]>;
expectTypeOf(reshape({ targetShape: [-1, 6] })(either)).toEqualTypeOf<SymbolicTensor<[null, 2, 6]>>();
