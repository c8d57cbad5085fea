// Positive type tests for the pooling layers: exact output types, both data formats, unknown (`null`)
// and non-literal (`number`) sizes flowing through, and the options their types keep. Their negative
// twins, with the error text, are in ./errors/pooling.ts.
import { expectTypeOf } from "expect-type";
import {
  averagePooling1d,
  averagePooling2d,
  averagePooling3d,
  conv2d,
  dense,
  flatten,
  globalAveragePooling1d,
  globalAveragePooling2d,
  globalAveragePooling3d,
  globalMaxPooling1d,
  globalMaxPooling2d,
  globalMaxPooling3d,
  input,
  maxPooling1d,
  maxPooling2d,
  maxPooling3d,
  sequential,
  type Apply,
  type AveragePooling2D,
  type DataFormat,
  type Dim,
  type Fold,
  type GlobalAveragePooling2D,
  type GlobalMaxPooling1D,
  type MaxPooling2D,
  type ParamCount,
  type Shape,
  type SymbolicTensor,
  type WeightShapes,
} from "../src/index.js";

declare const n: number;
declare const format: DataFormat;
declare const keep: boolean;
declare const padding: "valid" | "same";

const image = input({ shape: [28, 28, 1] });
const planar = input({ shape: [3, 32, 32] });
const seq = input({ shape: [100, 8] });
const volume = input({ shape: [16, 28, 28, 1] });

// --- MaxPooling2D: poolSize 2 and strides = poolSize by default ---------------------------------------
expectTypeOf(maxPooling2d()).toEqualTypeOf<MaxPooling2D<{}>>();
expectTypeOf(maxPooling2d()(image)).toEqualTypeOf<SymbolicTensor<[null, 14, 14, 1]>>();
expectTypeOf(maxPooling2d().apply(image)).toEqualTypeOf<SymbolicTensor<[null, 14, 14, 1]>>();
expectTypeOf(maxPooling2d({})(image)).toEqualTypeOf<SymbolicTensor<[null, 14, 14, 1]>>();
// An odd size: the last row and column are dropped with "valid", kept with "same".
expectTypeOf(maxPooling2d()(input({ shape: [55, 55, 96] }))).toEqualTypeOf<SymbolicTensor<[null, 27, 27, 96]>>();
expectTypeOf(maxPooling2d({ padding: "same" })(input({ shape: [55, 55, 96] }))).toEqualTypeOf<SymbolicTensor<[null, 28, 28, 96]>>();
// Overlapping windows (AlexNet): floor((55 - 3) / 2) + 1.
expectTypeOf(maxPooling2d({ poolSize: 3, strides: 2 })(input({ shape: [55, 55, 96] }))).toEqualTypeOf<SymbolicTensor<[null, 27, 27, 96]>>();
expectTypeOf(maxPooling2d({ poolSize: 3 })(input({ shape: [55, 55, 96] }))).toEqualTypeOf<SymbolicTensor<[null, 18, 18, 96]>>();
expectTypeOf(maxPooling2d({ poolSize: 2, strides: 1 })(image)).toEqualTypeOf<SymbolicTensor<[null, 27, 27, 1]>>();
// A window of 1 with a larger stride: ceil(n / s), as floor((n - 1) / s) + 1 gives.
expectTypeOf(maxPooling2d({ poolSize: 1, strides: 3 })(input({ shape: [7, 1, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 3, 1, 3]>>();
expectTypeOf(maxPooling2d({ poolSize: 3, strides: 1, padding: "same" })(image)).toEqualTypeOf<SymbolicTensor<[null, 28, 28, 1]>>();
// strides: null means poolSize, as Keras's None does.
expectTypeOf(maxPooling2d({ poolSize: 3, strides: null })(input({ shape: [9, 9, 4] }))).toEqualTypeOf<SymbolicTensor<[null, 3, 3, 4]>>();
// One size per axis.
expectTypeOf(maxPooling2d({ poolSize: [2, 3] })(input({ shape: [10, 9, 4] }))).toEqualTypeOf<SymbolicTensor<[null, 5, 3, 4]>>();
expectTypeOf(maxPooling2d({ poolSize: [2, 3], strides: [1, 3] })(input({ shape: [10, 9, 4] }))).toEqualTypeOf<SymbolicTensor<[null, 9, 3, 4]>>();
expectTypeOf(maxPooling2d({ poolSize: [3, 3], strides: 2, padding: "same" })(input({ shape: [7, 8, 4] }))).toEqualTypeOf<SymbolicTensor<[null, 4, 4, 4]>>();
// A window as large as the input gives 1.
expectTypeOf(maxPooling2d({ poolSize: 28 })(image)).toEqualTypeOf<SymbolicTensor<[null, 1, 1, 1]>>();
// channelsFirst: the channels axis comes first and stays.
expectTypeOf(maxPooling2d({ dataFormat: "channelsFirst" })(planar)).toEqualTypeOf<SymbolicTensor<[null, 3, 16, 16]>>();
expectTypeOf(maxPooling2d({ dataFormat: "channelsFirst", poolSize: [4, 2] })(planar)).toEqualTypeOf<SymbolicTensor<[null, 3, 8, 16]>>();
expectTypeOf(maxPooling2d({ dataFormat: "channelsLast" })(image)).toEqualTypeOf<SymbolicTensor<[null, 14, 14, 1]>>();
// A fixed batch is kept.
expectTypeOf(maxPooling2d()(input({ shape: [28, 28, 1], batchSize: 32 }))).toEqualTypeOf<SymbolicTensor<[32, 14, 14, 1]>>();

// A window whose span is its stride takes floor(n / s) (issue 17's fast path): at n = s it gives 1.
expectTypeOf(maxPooling2d({ poolSize: 3 })(input({ shape: [3, 11, 4] }))).toEqualTypeOf<SymbolicTensor<[null, 1, 3, 4]>>();
expectTypeOf(maxPooling2d({ poolSize: [2, 5], strides: [2, 5] })(input({ shape: [9, 10, 4] }))).toEqualTypeOf<SymbolicTensor<[null, 4, 2, 4]>>();
expectTypeOf(maxPooling2d({ poolSize: 1 })(input({ shape: [9, null, 4] }))).toEqualTypeOf<SymbolicTensor<[null, 9, null, 4]>>();

// --- unknown and non-literal sizes flow through, never a false error ------------------------------
expectTypeOf(maxPooling2d()(input({ shape: [null, 28, 1] }))).toEqualTypeOf<SymbolicTensor<[null, null, 14, 1]>>();
expectTypeOf(maxPooling2d({ padding: "same" })(input({ shape: [null, 5, 1] }))).toEqualTypeOf<SymbolicTensor<[null, null, 3, 1]>>();
expectTypeOf(maxPooling2d()(input({ shape: [n, 28, 1] }))).toEqualTypeOf<SymbolicTensor<[null, number, 14, 1]>>();
// An unknown channels axis is fine: pooling has no weights sized by it (Keras 3 accepts it).
expectTypeOf(maxPooling2d()(input({ shape: [28, 28, null] }))).toEqualTypeOf<SymbolicTensor<[null, 14, 14, null]>>();
expectTypeOf(maxPooling2d({ dataFormat: "channelsFirst" })(input({ shape: [null, 8, 8] }))).toEqualTypeOf<SymbolicTensor<[null, null, 4, 4]>>();
expectTypeOf(maxPooling2d()(input({ shape: [28, 28, n] }))).toEqualTypeOf<SymbolicTensor<[null, 14, 14, number]>>();
// Options known only at run time.
expectTypeOf(maxPooling2d({ poolSize: n })(image)).toEqualTypeOf<SymbolicTensor<[null, number, number, 1]>>();
expectTypeOf(maxPooling2d({ strides: n })(image)).toEqualTypeOf<SymbolicTensor<[null, number, number, 1]>>();
expectTypeOf(maxPooling2d({ padding })(image)).toEqualTypeOf<SymbolicTensor<[null, number, number, 1]>>();
// A non-literal data format: which axis is the channels axis is unknown, so every axis but the batch is.
expectTypeOf(maxPooling2d({ dataFormat: format })(planar)).toEqualTypeOf<SymbolicTensor<[null, Dim, Dim, Dim]>>();
// A tensor of unknown rank: unknown rank out, checked at run time.
declare const anyRank: SymbolicTensor<Dim[]>;
expectTypeOf(maxPooling2d()(anyRank)).toEqualTypeOf<SymbolicTensor<Dim[]>>();

// --- the layer types keep what decides shapes ------------------------------------------------------
expectTypeOf(maxPooling2d({ poolSize: 3, strides: 2 })).toEqualTypeOf<MaxPooling2D<{ poolSize: 3; strides: 2 }>>();
expectTypeOf(maxPooling2d({ poolSize: [2, 3], padding: "same", name: "pool" })).toEqualTypeOf<MaxPooling2D<{ poolSize: readonly [2, 3]; padding: "same" }>>();
expectTypeOf(averagePooling2d({ poolSize: 2 })).toEqualTypeOf<AveragePooling2D<{ poolSize: 2 }>>();
expectTypeOf(globalAveragePooling2d()).toEqualTypeOf<GlobalAveragePooling2D<{}>>();
expectTypeOf(globalAveragePooling2d({ keepdims: true })).toEqualTypeOf<GlobalAveragePooling2D<{ keepdims: true }>>();
expectTypeOf(globalMaxPooling1d({ dataFormat: "channelsFirst", trainable: false })).toEqualTypeOf<GlobalMaxPooling1D<{ dataFormat: "channelsFirst" }>>();
// No weights.
expectTypeOf<WeightShapes<MaxPooling2D<{}>, [null, 28, 28, 1]>>().toEqualTypeOf<{}>();
expectTypeOf<ParamCount<MaxPooling2D<{}>, [null, 28, 28, 1]>>().toEqualTypeOf<0>();
expectTypeOf<ParamCount<GlobalAveragePooling2D<{}>, [null, 7, 7, 2048]>>().toEqualTypeOf<0>();
expectTypeOf<Apply<MaxPooling2D<{ poolSize: 3; strides: 2 }>, [null, 55, 55, 96]>>().toEqualTypeOf<[null, 27, 27, 96]>();
expectTypeOf<Fold<[MaxPooling2D<{}>, MaxPooling2D<{}>, GlobalAveragePooling2D<{}>], [null, 28, 28, 16]>>().toEqualTypeOf<[null, 16]>();

// --- the other ranks ---------------------------------------------------------------------------------
expectTypeOf(maxPooling1d()(seq)).toEqualTypeOf<SymbolicTensor<[null, 50, 8]>>();
expectTypeOf(maxPooling1d({ poolSize: 3, strides: 1, padding: "same" })(seq)).toEqualTypeOf<SymbolicTensor<[null, 100, 8]>>();
expectTypeOf(maxPooling1d({ poolSize: [5] })(seq)).toEqualTypeOf<SymbolicTensor<[null, 20, 8]>>();
expectTypeOf(maxPooling1d({ dataFormat: "channelsFirst" })(input({ shape: [8, 100] }))).toEqualTypeOf<SymbolicTensor<[null, 8, 50]>>();
expectTypeOf(maxPooling1d()(input({ shape: [null, 8] }))).toEqualTypeOf<SymbolicTensor<[null, null, 8]>>();
expectTypeOf(maxPooling3d()(volume)).toEqualTypeOf<SymbolicTensor<[null, 8, 14, 14, 1]>>();
expectTypeOf(maxPooling3d({ poolSize: [1, 2, 2] })(volume)).toEqualTypeOf<SymbolicTensor<[null, 16, 14, 14, 1]>>();
expectTypeOf(maxPooling3d({ dataFormat: "channelsFirst", padding: "same", poolSize: 3 })(input({ shape: [2, 16, 28, 29] }))).toEqualTypeOf<
  SymbolicTensor<[null, 2, 6, 10, 10]>
>();
expectTypeOf(maxPooling3d()(input({ shape: [null, 28, n, 1] }))).toEqualTypeOf<SymbolicTensor<[null, null, 14, number, 1]>>();

// --- AveragePooling: the same shapes, with poolSize required --------------------------------------
expectTypeOf(averagePooling1d({ poolSize: 4 })(seq)).toEqualTypeOf<SymbolicTensor<[null, 25, 8]>>();
expectTypeOf(averagePooling1d({ poolSize: 2, padding: "same" })(input({ shape: [5, 8] }))).toEqualTypeOf<SymbolicTensor<[null, 3, 8]>>();
expectTypeOf(averagePooling2d({ poolSize: 2 })(input({ shape: [28, 28, 6] }))).toEqualTypeOf<SymbolicTensor<[null, 14, 14, 6]>>();
expectTypeOf(averagePooling2d({ poolSize: 7 })(input({ shape: [7, 7, 2048] }))).toEqualTypeOf<SymbolicTensor<[null, 1, 1, 2048]>>();
expectTypeOf(averagePooling2d({ poolSize: [2, 3], strides: 1 })(input({ shape: [5, 5, 2] }))).toEqualTypeOf<SymbolicTensor<[null, 4, 3, 2]>>();
expectTypeOf(averagePooling2d({ poolSize: 2, dataFormat: "channelsFirst" })(input({ shape: [6, 28, null] }))).toEqualTypeOf<
  SymbolicTensor<[null, 6, 14, null]>
>();
expectTypeOf(averagePooling3d({ poolSize: 3 })(input({ shape: [30, 30, 30, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 10, 10, 10, 3]>>();

// --- global pooling: the spatial axes go, or stay as 1 with keepdims --------------------------------
expectTypeOf(globalAveragePooling2d()(input({ shape: [7, 7, 2048] }))).toEqualTypeOf<SymbolicTensor<[null, 2048]>>();
expectTypeOf(globalAveragePooling2d({ keepdims: true })(input({ shape: [7, 7, 2048] }))).toEqualTypeOf<SymbolicTensor<[null, 1, 1, 2048]>>();
expectTypeOf(globalAveragePooling2d({ keepdims: false })(input({ shape: [7, 7, 2048] }))).toEqualTypeOf<SymbolicTensor<[null, 2048]>>();
expectTypeOf(globalAveragePooling2d({ dataFormat: "channelsFirst" })(input({ shape: [64, 7, 7] }))).toEqualTypeOf<SymbolicTensor<[null, 64]>>();
expectTypeOf(globalAveragePooling2d({ dataFormat: "channelsFirst", keepdims: true })(input({ shape: [64, 7, 7] }))).toEqualTypeOf<
  SymbolicTensor<[null, 64, 1, 1]>
>();
expectTypeOf(globalMaxPooling2d()(input({ shape: [null, null, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 3]>>();
expectTypeOf(globalMaxPooling2d()(input({ shape: [7, 7, null] }))).toEqualTypeOf<SymbolicTensor<[null, null]>>();
expectTypeOf(globalMaxPooling2d()(input({ shape: [7, 7, n] }))).toEqualTypeOf<SymbolicTensor<[null, number]>>();
expectTypeOf(globalMaxPooling2d()(input({ shape: [7, 7, 3], batchSize: 4 }))).toEqualTypeOf<SymbolicTensor<[4, 3]>>();
expectTypeOf(globalAveragePooling1d()(seq)).toEqualTypeOf<SymbolicTensor<[null, 8]>>();
expectTypeOf(globalAveragePooling1d({ keepdims: true })(seq)).toEqualTypeOf<SymbolicTensor<[null, 1, 8]>>();
expectTypeOf(globalMaxPooling1d({ dataFormat: "channelsFirst", keepdims: true })(input({ shape: [8, 100] }))).toEqualTypeOf<SymbolicTensor<[null, 8, 1]>>();
expectTypeOf(globalAveragePooling3d()(volume)).toEqualTypeOf<SymbolicTensor<[null, 1]>>();
expectTypeOf(globalMaxPooling3d({ keepdims: true })(volume)).toEqualTypeOf<SymbolicTensor<[null, 1, 1, 1, 1]>>();
expectTypeOf(globalMaxPooling3d({ dataFormat: "channelsFirst", keepdims: true })(input({ shape: [4, 8, 8, 8] }))).toEqualTypeOf<
  SymbolicTensor<[null, 4, 1, 1, 1]>
>();
// A non-literal keepdims gives either shape; a non-literal data format, unknown sizes.
expectTypeOf(globalAveragePooling2d({ keepdims: keep })(input({ shape: [7, 7, 16] }))).toEqualTypeOf<
  SymbolicTensor<[null, 16] | [null, 1, 1, 16]>
>();
expectTypeOf(globalAveragePooling2d({ dataFormat: format })(input({ shape: [7, 7, 16] }))).toEqualTypeOf<SymbolicTensor<[null, Dim]>>();

// --- in models ---------------------------------------------------------------------------------------
// LeNet-style: conv, pool, conv, pool, flatten, dense.
{
  const x = input({ shape: [28, 28, 1] });
  const c1 = maxPooling2d()(conv2d({ filters: 6, kernelSize: 5, padding: "same" })(x));
  expectTypeOf(c1).toEqualTypeOf<SymbolicTensor<[null, 14, 14, 6]>>();
  const c2 = averagePooling2d({ poolSize: 2 })(conv2d({ filters: 16, kernelSize: 5 })(c1));
  expectTypeOf(c2).toEqualTypeOf<SymbolicTensor<[null, 5, 5, 16]>>();
  expectTypeOf(dense({ units: 10 })(flatten()(c2))).toEqualTypeOf<SymbolicTensor<[null, 10]>>();
  expectTypeOf(dense({ units: 10 })(globalAveragePooling2d()(c2))).toEqualTypeOf<SymbolicTensor<[null, 10]>>();
}
// A pooling layer may start a Sequential, like any Keras layer.
expectTypeOf(maxPooling2d({ inputShape: [28, 28, 1] })(image)).toEqualTypeOf<SymbolicTensor<[null, 14, 14, 1]>>();
expectTypeOf(sequential({ layers: [maxPooling2d({ inputShape: [28, 28, 1] }), flatten(), dense({ units: 10 })] }).outputShape).toEqualTypeOf<[null, 10]>();
expectTypeOf(sequential({ layers: [globalAveragePooling1d({ batchInputShape: [4, 10, 3] })] }).outputShape).toEqualTypeOf<[4, 3]>();

// --- inside helpers generic over their input's shape: the bodies compile, each call site is exact -----
function downsample<S extends Shape>(x: SymbolicTensor<S>) {
  return maxPooling2d()(conv2d({ filters: 8, kernelSize: 3, padding: "same" })(x));
}
function head<S extends Shape, P extends "valid" | "same">(x: SymbolicTensor<S>, padding: P) {
  return dense({ units: 10 })(globalAveragePooling2d()(averagePooling2d({ poolSize: 2, padding })(x)));
}
expectTypeOf(downsample(input({ shape: [32, 32, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 16, 16, 8]>>();
expectTypeOf(downsample(input({ shape: [null, 31, 3] }))).toEqualTypeOf<SymbolicTensor<[null, null, 15, 8]>>();
expectTypeOf(head(input({ shape: [7, 7, 64] }), "same")).toEqualTypeOf<SymbolicTensor<[null, 10]>>();
// An input the helper's layers cannot take gives a Failed shape with the layer's sentence (it was
// `never`); model() refuses it, and the runtime throws the layer's ShapeError.
expectTypeOf(downsample(input({ shape: [1, 1, 3] }))).toEqualTypeOf<SymbolicTensor<import("../src/index.js").Failed<"MaxPooling2D: the pool window spans 2 along axis 1 (rows), but the input has only 1 there: (None, 1, 1, 8). Fix: use padding: \"same\", a smaller window, or a larger input.">>>();
