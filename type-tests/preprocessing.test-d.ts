// Positive type tests of Rescaling, Normalization (its non-trainable weights counted as Keras 3 does) and Identity.
import { expectTypeOf } from "expect-type";
import {
  identity,
  input,
  normalization,
  rescaling,
  sequential,
  type Identity,
  type Normalization,
  type ParamCount,
  type Rescaling,
  type SymbolicTensor,
  type WeightShapes,
} from "../src/index.js";

declare const n: number;
declare const anyValue: any;
declare const scales: number[];
const img = input({ shape: [224, 224, 3] });

expectTypeOf(rescaling({ scale: 1 / 255 })).toEqualTypeOf<Rescaling<{ scale: number }>>();
expectTypeOf(rescaling({ scale: 0.5 })(img)).toEqualTypeOf<SymbolicTensor<[null, 224, 224, 3]>>();
expectTypeOf(rescaling({ scale: [1, 2, 3], offset: -1 })(img)).toEqualTypeOf<SymbolicTensor<[null, 224, 224, 3]>>();
expectTypeOf(rescaling({ scale: [2] })(img)).toEqualTypeOf<SymbolicTensor<[null, 224, 224, 3]>>();
expectTypeOf(rescaling({ scale: [1, 2, 3] })(input({ shape: [8, null] }))).toEqualTypeOf<SymbolicTensor<[null, 8, null]>>();
expectTypeOf(rescaling({ scale: scales, offset: anyValue })(img)).toEqualTypeOf<SymbolicTensor<[null, 224, 224, 3]>>();
expectTypeOf(sequential({ layers: [rescaling({ scale: 0.5, inputShape: [4] })] }).outputShape).toEqualTypeOf<[null, 4]>();
expectTypeOf<ParamCount<Rescaling, [null, 4]>>().toEqualTypeOf<0>();

// --- normalization: mean [kept], variance [kept], count [] ----------------------------------------------
expectTypeOf(normalization()).toEqualTypeOf<Normalization<{}>>();
expectTypeOf(normalization()(img)).toEqualTypeOf<SymbolicTensor<[null, 224, 224, 3]>>();
expectTypeOf<WeightShapes<Normalization, [null, 224, 224, 3]>>().toEqualTypeOf<{ mean: [3]; variance: [3]; count: [] }>();
expectTypeOf<ParamCount<Normalization, [null, 224, 224, 3]>>().toEqualTypeOf<7>();
expectTypeOf<WeightShapes<Normalization<{ axis: [2, 1] }>, [null, 5, 4, 3]>>().toEqualTypeOf<{ mean: [5, 4]; variance: [5, 4]; count: [] }>();
expectTypeOf<ParamCount<Normalization<{ axis: [-1, 1] }>, [null, 5, 4, 3]>>().toEqualTypeOf<31>();
expectTypeOf<ParamCount<Normalization<{ axis: null }>, [null, 5, 4, 3]>>().toEqualTypeOf<3>();
expectTypeOf<ParamCount<Normalization<{ mean: 0.5; variance: 0.1 }>, [null, 5]>>().toEqualTypeOf<0>();
expectTypeOf(normalization({ mean: [0.485, 0.456, 0.406], variance: [0.052, 0.05, 0.051] })(img)).toEqualTypeOf<SymbolicTensor<[null, 224, 224, 3]>>();
expectTypeOf(normalization({ axis: 1 })(input({ shape: [5, null] }))).toEqualTypeOf<SymbolicTensor<[null, 5, null]>>();
expectTypeOf(sequential({ layers: [normalization({ inputShape: [4] })] }).countParams()).toEqualTypeOf<9>();
// an axis the compiler does not know: sizes unknown, the count a number
expectTypeOf<ParamCount<Normalization<{ axis: number }>, [null, 5, 4]>>().toEqualTypeOf<number>();
expectTypeOf(normalization({ axis: n })(input({ shape: [5, 4] }))).toEqualTypeOf<SymbolicTensor<[null, 5, 4]>>();

expectTypeOf(identity()).toEqualTypeOf<Identity>();
expectTypeOf(identity()(img)).toEqualTypeOf<SymbolicTensor<[null, 224, 224, 3]>>();

// --- resizing and centerCrop: rows and columns become height and width ---------------------------------------
import { centerCrop, resizing, type Resizing } from "../src/index.js";
expectTypeOf(resizing({ height: 224, width: 200 })).toEqualTypeOf<Resizing<{ height: 224; width: 200 }>>();
expectTypeOf(resizing({ height: 224, width: 200 })(input({ shape: [null, null, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 224, 200, 3]>>();
expectTypeOf(resizing({ height: 64, width: 64, dataFormat: "channelsFirst" })(input({ shape: [3, 32, 32] }))).toEqualTypeOf<SymbolicTensor<[null, 3, 64, 64]>>();
// One of cropToAspectRatio and padToAspectRatio (both true is an error: errors/preprocessing.ts); a boolean may be false, so it passes.
expectTypeOf(resizing({ height: 64, width: 64, cropToAspectRatio: true, padToAspectRatio: false })(input({ shape: [32, 48, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 64, 64, 3]>>();
expectTypeOf(resizing({ height: 64, width: 64, cropToAspectRatio: n > 0, padToAspectRatio: true })(input({ shape: [32, 48, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 64, 64, 3]>>();
expectTypeOf(resizing({ height: n, width: 64 })(input({ shape: [32, 32, 3], batchSize: 2 }))).toEqualTypeOf<SymbolicTensor<[2, number, 64, 3]>>();
expectTypeOf(centerCrop({ height: 224, width: 224 })(input({ shape: [256, 256, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 224, 224, 3]>>();
expectTypeOf(centerCrop({ height: 224, width: 224, dataFormat: anyValue })(input({ shape: [256, 256, 3] }))).toEqualTypeOf<SymbolicTensor<[null, number | null, number | null, number | null]>>();
