// Positive type tests for the padding layers (ZeroPadding, Cropping, UpSampling, 1D to 3D): exact
// output types for every form of the options and both data formats, including unknown (`null`) and
// non-literal (`number`) sizes, which must flow through without a false error. Their negative twins
// are in ./errors/padding.ts.
import { expectTypeOf } from "expect-type";
import {
  conv2d,
  cropping1d,
  cropping2d,
  cropping3d,
  input,
  maxPooling2d,
  sequential,
  upSampling1d,
  upSampling2d,
  upSampling3d,
  zeroPadding1d,
  zeroPadding2d,
  zeroPadding3d,
  type Apply,
  type Cropping1D,
  type Cropping2D,
  type Fold,
  type ParamCount,
  type ShapeErr,
  type SymbolicTensor,
  type UpSampling1D,
  type UpSampling2D,
  type WeightShapes,
  type ZeroPadding2D,
  type ZeroPadding3D,
} from "../src/index.js";

declare const n: number;
declare const list: number[];
declare const oneOrTwo: 1 | 2;

const img = input({ shape: [28, 28, 1] });
const imgFirst = input({ shape: [1, 28, 28] });
const seq = input({ shape: [10, 8] });
const seqFirst = input({ shape: [8, 10] });
const vol = input({ shape: [16, 28, 28, 1] });
const volFirst = input({ shape: [1, 16, 28, 28] });

// --- ZeroPadding: each axis grows by before + after -------------------------------------------------
expectTypeOf(zeroPadding1d()(seq)).toEqualTypeOf<SymbolicTensor<[null, 12, 8]>>();
expectTypeOf(zeroPadding1d({ padding: 3 })(seq)).toEqualTypeOf<SymbolicTensor<[null, 16, 8]>>();
expectTypeOf(zeroPadding1d({ padding: [1, 4] })(seq)).toEqualTypeOf<SymbolicTensor<[null, 15, 8]>>();
expectTypeOf(zeroPadding1d({ padding: [1, 4], dataFormat: "channelsFirst" })(seqFirst)).toEqualTypeOf<SymbolicTensor<[null, 8, 15]>>();
expectTypeOf(zeroPadding2d()(img)).toEqualTypeOf<SymbolicTensor<[null, 30, 30, 1]>>();
expectTypeOf(zeroPadding2d({ padding: 2 })(img)).toEqualTypeOf<SymbolicTensor<[null, 32, 32, 1]>>();
expectTypeOf(zeroPadding2d({ padding: [2, 3] })(img)).toEqualTypeOf<SymbolicTensor<[null, 32, 34, 1]>>();
expectTypeOf(zeroPadding2d({ padding: [[1, 2], [3, 4]] })(img)).toEqualTypeOf<SymbolicTensor<[null, 31, 35, 1]>>();
expectTypeOf(zeroPadding2d({ padding: [[1, 2], 3] })(img)).toEqualTypeOf<SymbolicTensor<[null, 31, 34, 1]>>();
expectTypeOf(zeroPadding2d({ padding: 0 })(img)).toEqualTypeOf<SymbolicTensor<[null, 28, 28, 1]>>();
expectTypeOf(zeroPadding2d({ padding: [[1, 2], [3, 4]], dataFormat: "channelsFirst" })(imgFirst)).toEqualTypeOf<SymbolicTensor<[null, 1, 31, 35]>>();
expectTypeOf(zeroPadding3d()(vol)).toEqualTypeOf<SymbolicTensor<[null, 18, 30, 30, 1]>>();
expectTypeOf(zeroPadding3d({ padding: [[1, 0], 0, [2, 3]] })(vol)).toEqualTypeOf<SymbolicTensor<[null, 17, 28, 33, 1]>>();
expectTypeOf(zeroPadding3d({ padding: [1, 2, 3], dataFormat: "channelsFirst" })(volFirst)).toEqualTypeOf<SymbolicTensor<[null, 1, 18, 32, 34]>>();
// Unknown and non-literal sizes flow through; so do non-literal paddings.
expectTypeOf(zeroPadding2d({ padding: 2 })(input({ shape: [null, n, 3] }))).toEqualTypeOf<SymbolicTensor<[null, null, number, 3]>>();
expectTypeOf(zeroPadding2d({ padding: 2 })(input({ shape: [5, 5, null] }))).toEqualTypeOf<SymbolicTensor<[null, 9, 9, null]>>();
expectTypeOf(zeroPadding2d({ padding: [n, 1] })(img)).toEqualTypeOf<SymbolicTensor<[null, number, 30, 1]>>();
expectTypeOf(zeroPadding2d({ padding: list })(img)).toEqualTypeOf<SymbolicTensor<[null, number, number, 1]>>();
// A union of paddings gives the union of the shapes.
expectTypeOf(zeroPadding1d({ padding: oneOrTwo })(seq)).toEqualTypeOf<SymbolicTensor<[null, 12, 8] | [null, 14, 8]>>();
expectTypeOf(zeroPadding2d({ padding: 1 })(input({ batchShape: [n, 4, 4, 3] }))).toEqualTypeOf<SymbolicTensor<[number, 6, 6, 3]>>();
// The layer type keeps the options that decide shapes, lists as plain tuples.
expectTypeOf(zeroPadding2d()).toEqualTypeOf<ZeroPadding2D<{}>>();
expectTypeOf(zeroPadding2d({ padding: [[1, 2], [3, 4]], name: "pad" })).toEqualTypeOf<ZeroPadding2D<{ padding: [[1, 2], [3, 4]] }>>();
expectTypeOf(zeroPadding3d({ padding: 2, dataFormat: "channelsFirst" })).toEqualTypeOf<ZeroPadding3D<{ padding: 2; dataFormat: "channelsFirst" }>>();
expectTypeOf(zeroPadding2d({ padding: 3, inputShape: [5, 5, 3] })).toEqualTypeOf<ZeroPadding2D<{ padding: 3; inputShape: [5, 5, 3] }>>();
expectTypeOf(zeroPadding2d({ padding: 3, inputShape: [5, 5, 3] }).batchInputShape).toEqualTypeOf<[null, 5, 5, 3]>();

// --- ResNet50's stem ----------------------------------------------------------------------------------
const stem0 = zeroPadding2d({ padding: [3, 3] })(input({ shape: [224, 224, 3] }));
expectTypeOf(stem0).toEqualTypeOf<SymbolicTensor<[null, 230, 230, 3]>>();
const stem1 = conv2d({ filters: 64, kernelSize: 7, strides: 2 })(stem0);
expectTypeOf(stem1).toEqualTypeOf<SymbolicTensor<[null, 112, 112, 64]>>();
const stem2 = zeroPadding2d({ padding: 1 })(stem1);
expectTypeOf(stem2).toEqualTypeOf<SymbolicTensor<[null, 114, 114, 64]>>();
expectTypeOf(maxPooling2d({ poolSize: 3, strides: 2 })(stem2)).toEqualTypeOf<SymbolicTensor<[null, 56, 56, 64]>>();
const stem = sequential()
  .add(zeroPadding2d({ padding: [[3, 3], [3, 3]], inputShape: [224, 224, 3] }))
  .add(conv2d({ filters: 64, kernelSize: 7, strides: 2 }))
  .add(zeroPadding2d({ padding: [[1, 1], [1, 1]] }))
  .add(maxPooling2d({ poolSize: 3, strides: 2 }));
expectTypeOf(stem.outputShape).toEqualTypeOf<[null, 56, 56, 64]>();

// --- Cropping: each axis shrinks by before + after ----------------------------------------------------
expectTypeOf(cropping1d()(seq)).toEqualTypeOf<SymbolicTensor<[null, 8, 8]>>();
expectTypeOf(cropping1d({ cropping: [1, 2] })(input({ batchShape: [3, 5, 7] }))).toEqualTypeOf<SymbolicTensor<[3, 2, 7]>>();
expectTypeOf(cropping1d({ cropping: 4 })(seq)).toEqualTypeOf<SymbolicTensor<[null, 2, 8]>>();
expectTypeOf(cropping2d()(img)).toEqualTypeOf<SymbolicTensor<[null, 28, 28, 1]>>();
expectTypeOf(cropping2d({ cropping: [[2, 2], [4, 4]] })(img)).toEqualTypeOf<SymbolicTensor<[null, 24, 20, 1]>>();
expectTypeOf(cropping2d({ cropping: [2, 4] })(img)).toEqualTypeOf<SymbolicTensor<[null, 24, 20, 1]>>();
expectTypeOf(cropping2d({ cropping: [[13, 14], 0] })(img)).toEqualTypeOf<SymbolicTensor<[null, 1, 28, 1]>>();
expectTypeOf(cropping2d({ cropping: 2, dataFormat: "channelsFirst" })(imgFirst)).toEqualTypeOf<SymbolicTensor<[null, 1, 24, 24]>>();
expectTypeOf(cropping3d()(vol)).toEqualTypeOf<SymbolicTensor<[null, 14, 26, 26, 1]>>();
expectTypeOf(cropping3d({ cropping: [2, 4, 2] })(input({ shape: [28, 28, 10, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 24, 20, 6, 3]>>();
expectTypeOf(cropping3d({ cropping: [[1, 0], 2, [0, 3]], dataFormat: "channelsFirst" })(input({ shape: [1, 8, 8, 8] }))).toEqualTypeOf<
  SymbolicTensor<[null, 1, 7, 4, 5]>
>();
// Unknown and non-literal sizes: no error, the runtime checks what the compiler cannot.
expectTypeOf(cropping1d({ cropping: [1, 2] })(input({ batchShape: [1, null, 7] }))).toEqualTypeOf<SymbolicTensor<[1, null, 7]>>();
expectTypeOf(cropping2d({ cropping: 30 })(input({ shape: [null, n, 3] }))).toEqualTypeOf<SymbolicTensor<[null, null, number, 3]>>();
expectTypeOf(cropping2d({ cropping: [n, 2] })(input({ shape: [10, 10, 3] }))).toEqualTypeOf<SymbolicTensor<[null, number, 6, 3]>>();
expectTypeOf(cropping1d({ cropping: list })(seq)).toEqualTypeOf<SymbolicTensor<[null, number, 8]>>();
expectTypeOf(cropping2d({ cropping: [[1, 1], [2, 2]] })).toEqualTypeOf<Cropping2D<{ cropping: [[1, 1], [2, 2]] }>>();
expectTypeOf(cropping1d()).toEqualTypeOf<Cropping1D<{}>>();

// --- UpSampling: each axis is multiplied by its factor ------------------------------------------------
expectTypeOf(upSampling1d()(seq)).toEqualTypeOf<SymbolicTensor<[null, 20, 8]>>();
expectTypeOf(upSampling1d({ size: 5 })(seq)).toEqualTypeOf<SymbolicTensor<[null, 50, 8]>>();
expectTypeOf(upSampling2d()(img)).toEqualTypeOf<SymbolicTensor<[null, 56, 56, 1]>>();
expectTypeOf(upSampling2d({ size: [1, 2] })(input({ batchShape: [2, 2, 1, 3] }))).toEqualTypeOf<SymbolicTensor<[2, 2, 2, 3]>>();
expectTypeOf(upSampling2d({ size: [2, 3], dataFormat: "channelsFirst", interpolation: "bilinear" })(imgFirst)).toEqualTypeOf<
  SymbolicTensor<[null, 1, 56, 84]>
>();
expectTypeOf(upSampling3d()(vol)).toEqualTypeOf<SymbolicTensor<[null, 32, 56, 56, 1]>>();
expectTypeOf(upSampling3d({ size: [1, 2, 3], dataFormat: "channelsFirst" })(volFirst)).toEqualTypeOf<SymbolicTensor<[null, 1, 16, 56, 84]>>();
// Unknown and non-literal sizes and factors.
expectTypeOf(upSampling1d()(input({ shape: [null, 3] }))).toEqualTypeOf<SymbolicTensor<[null, null, 3]>>();
expectTypeOf(upSampling2d({ size: n })(img)).toEqualTypeOf<SymbolicTensor<[null, number, number, 1]>>();
expectTypeOf(upSampling2d({ size: [2, n] })(input({ shape: [null, 4, 3] }))).toEqualTypeOf<SymbolicTensor<[null, null, number, 3]>>();
expectTypeOf(upSampling2d({ size: list })(img)).toEqualTypeOf<SymbolicTensor<[null, number, number, 1]>>();
// interpolation does not change shapes, so the type does not keep it.
expectTypeOf(upSampling2d({ size: 2, interpolation: "bicubic" })).toEqualTypeOf<UpSampling2D<{ size: 2 }>>();
expectTypeOf(upSampling1d({ size: 3 })).toEqualTypeOf<UpSampling1D<{ size: 3 }>>();

// --- rules without values -----------------------------------------------------------------------------
expectTypeOf<Apply<ZeroPadding2D<{ padding: [3, 3] }>, [null, 224, 224, 3]>>().toEqualTypeOf<[null, 230, 230, 3]>();
expectTypeOf<Fold<[ZeroPadding2D, Cropping2D<{ cropping: 1 }>, UpSampling2D], [null, 7, 7, 3]>>().toEqualTypeOf<[null, 14, 14, 3]>();
expectTypeOf<WeightShapes<ZeroPadding2D, [null, 7, 7, 3]>>().toEqualTypeOf<{}>();
expectTypeOf<ParamCount<Cropping2D<{ cropping: 1 }>, [null, 7, 7, 3]>>().toEqualTypeOf<0>();
expectTypeOf<ParamCount<UpSampling1D, [null, 7, 3]>>().toEqualTypeOf<0>();
// A rule that fails gives the message as a type.
expectTypeOf<Apply<Cropping2D<{ cropping: 30 }>, [null, 50, 50, 3]>>().toEqualTypeOf<
  ShapeErr<"Cropping2D: cropping 30 + 30 from axis 1 (rows) of size 50 leaves nothing: the input is (None, 50, 50, 3). Fix: crop less than 50 in total along rows, or use a larger input.">
>();
