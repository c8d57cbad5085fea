// Positive type tests of the noise and regularization layers, and of Dropout's noiseShape.
import { expectTypeOf } from "expect-type";
import {
  activityRegularization,
  alphaDropout,
  dropout,
  gaussianDropout,
  gaussianNoise,
  input,
  spatialDropout1d,
  spatialDropout2d,
  spatialDropout3d,
  type ActivityRegularization,
  type Dim,
  type GaussianNoise,
  type ParamCount,
  type SpatialDropout2D,
  type SymbolicTensor,
} from "../src/index.js";

declare const n: number;
declare const anyValue: any;
declare const someShape: (number | null)[];
const img = input({ shape: [7, 7, 32] });

expectTypeOf(spatialDropout1d({ rate: 0.2 })(input({ shape: [100, 16] }))).toEqualTypeOf<SymbolicTensor<[null, 100, 16]>>();
expectTypeOf(spatialDropout2d({ rate: 0.2 })).toEqualTypeOf<SpatialDropout2D<"channelsLast">>();
expectTypeOf(spatialDropout2d({ rate: 0.2 })(img)).toEqualTypeOf<SymbolicTensor<[null, 7, 7, 32]>>();
expectTypeOf(spatialDropout2d({ rate: 0.2, dataFormat: "channelsFirst" })(input({ shape: [32, null, null] }))).toEqualTypeOf<SymbolicTensor<[null, 32, null, null]>>();
expectTypeOf(spatialDropout3d({ rate: n })(input({ shape: [4, 7, 7, 32] }))).toEqualTypeOf<SymbolicTensor<[null, 4, 7, 7, 32]>>();
expectTypeOf(gaussianNoise({ stddev: 0.1 })).toEqualTypeOf<GaussianNoise>();
expectTypeOf(gaussianNoise({ stddev: 1, seed: 3 })(img)).toEqualTypeOf<SymbolicTensor<[null, 7, 7, 32]>>();
expectTypeOf(gaussianDropout({ rate: 0 })(img)).toEqualTypeOf<SymbolicTensor<[null, 7, 7, 32]>>();
expectTypeOf(alphaDropout({ rate: 0.1 })(img)).toEqualTypeOf<SymbolicTensor<[null, 7, 7, 32]>>();
expectTypeOf(activityRegularization()).toEqualTypeOf<ActivityRegularization>();
expectTypeOf(activityRegularization({ l1: 0.01, l2: anyValue })(img)).toEqualTypeOf<SymbolicTensor<[null, 7, 7, 32]>>();
expectTypeOf<ParamCount<GaussianNoise, [null, 4]>>().toEqualTypeOf<0>();

// --- noiseShape: one size per axis; null takes the input's, 1 shares the mask -----------------------------
expectTypeOf(dropout({ rate: 0.2, noiseShape: [null, 1, 1, 1] })(img)).toEqualTypeOf<SymbolicTensor<[null, 7, 7, 32]>>();
expectTypeOf(dropout({ rate: 0.2, noiseShape: [null, 1, 1, 32] })(img)).toEqualTypeOf<SymbolicTensor<[null, 7, 7, 32]>>();
expectTypeOf(dropout({ rate: 0.2, noiseShape: [4, 7, 1, 32] })(img)).toEqualTypeOf<SymbolicTensor<[null, 7, 7, 32]>>();
expectTypeOf(dropout({ rate: 0.2, noiseShape: null })(img)).toEqualTypeOf<SymbolicTensor<[null, 7, 7, 32]>>();
expectTypeOf(dropout({ rate: 0.2, noiseShape: [null, 5] })(input({ shape: [null] }))).toEqualTypeOf<SymbolicTensor<[null, null]>>();
expectTypeOf(dropout({ rate: 0.2, noiseShape: [null, n] })(input({ shape: [4] }))).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(dropout({ rate: 0.2, noiseShape: someShape })(input({ shape: [4] }))).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(dropout({ rate: 0.2, noiseShape: anyValue })(input({ shape: [4] }))).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(alphaDropout({ rate: 0.1, noiseShape: [null, 1] })(input({ shape: [4] }))).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(dropout({ rate: 0.2, noiseShape: [null, 1] })(input({ shape: [4] }) as SymbolicTensor)).toEqualTypeOf<SymbolicTensor<Dim[]>>();
