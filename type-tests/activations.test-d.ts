// Positive type tests of the activation layers: exact output types and PReLU's weights, with unknown
// (`null`), non-literal (`number`) and `any` values flowing on as unknown.
import { expectTypeOf } from "expect-type";
import {
  activation,
  dense,
  elu,
  input,
  leakyReLU,
  prelu,
  reLU,
  softmax,
  thresholdedReLU,
  type ELU,
  type LeakyReLU,
  type ParamCount,
  type PReLU,
  type ReLU,
  type Softmax,
  type SymbolicTensor,
  type ThresholdedReLU,
  type WeightShapes,
} from "../src/index.js";

declare const n: number;
declare const anyValue: any;
const img = input({ shape: [8, 8, 3] });

// --- the same-shape layers ------------------------------------------------------------------------------
expectTypeOf(reLU()).toEqualTypeOf<ReLU>();
expectTypeOf(reLU({ maxValue: 6 })(img)).toEqualTypeOf<SymbolicTensor<[null, 8, 8, 3]>>();
expectTypeOf(reLU({ maxValue: null, negativeSlope: 0.1, threshold: 0.5 })(input({ shape: [null] }))).toEqualTypeOf<SymbolicTensor<[null, null]>>();
expectTypeOf(reLU({ maxValue: n, threshold: anyValue })(img)).toEqualTypeOf<SymbolicTensor<[null, 8, 8, 3]>>();
expectTypeOf(leakyReLU()).toEqualTypeOf<LeakyReLU>();
expectTypeOf(leakyReLU({ negativeSlope: 0.2 })(img)).toEqualTypeOf<SymbolicTensor<[null, 8, 8, 3]>>();
expectTypeOf(elu()).toEqualTypeOf<ELU>();
expectTypeOf(elu({ alpha: -0.5 })(img)).toEqualTypeOf<SymbolicTensor<[null, 8, 8, 3]>>();
expectTypeOf(thresholdedReLU({ theta: 0.5 })).toEqualTypeOf<ThresholdedReLU>();
expectTypeOf(thresholdedReLU()(img)).toEqualTypeOf<SymbolicTensor<[null, 8, 8, 3]>>();
expectTypeOf<ParamCount<ReLU, [null, 4]>>().toEqualTypeOf<0>();

// --- softmax: the axis must exist; an axis the compiler does not know passes ----------------------------
expectTypeOf(softmax()).toEqualTypeOf<Softmax<-1>>();
expectTypeOf(softmax({ axis: 1 })).toEqualTypeOf<Softmax<1>>();
expectTypeOf(softmax()(input({ shape: [10] }))).toEqualTypeOf<SymbolicTensor<[null, 10]>>();
expectTypeOf(softmax({ axis: 1 })(input({ shape: [5, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 5, 3]>>();
expectTypeOf(softmax({ axis: -3 })(input({ shape: [5, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 5, 3]>>();
expectTypeOf(softmax({ axis: 0 })(input({ shape: [5, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 5, 3]>>();
expectTypeOf(softmax({ axis: n })(input({ shape: [5, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 5, 3]>>();
expectTypeOf(softmax({ axis: n })).toEqualTypeOf<Softmax<number>>();
expectTypeOf(softmax({ axis: anyValue })).toEqualTypeOf<Softmax<number>>();

// --- prelu: alpha per element of a sample, 1 on the shared axes -------------------------------------------
expectTypeOf(prelu()).toEqualTypeOf<PReLU<undefined>>();
expectTypeOf(prelu()(img)).toEqualTypeOf<SymbolicTensor<[null, 8, 8, 3]>>();
expectTypeOf<WeightShapes<PReLU, [null, 8, 8, 3]>>().toEqualTypeOf<{ alpha: [8, 8, 3] }>();
expectTypeOf<ParamCount<PReLU, [null, 8, 8, 3]>>().toEqualTypeOf<192>();
expectTypeOf<WeightShapes<PReLU<readonly [1, 2]>, [null, 8, 8, 3]>>().toEqualTypeOf<{ alpha: [1, 1, 3] }>();
expectTypeOf<ParamCount<PReLU<readonly [1, 2]>, [null, 8, 8, 3]>>().toEqualTypeOf<3>();
expectTypeOf<WeightShapes<PReLU<2>, [null, 8, 8, 3]>>().toEqualTypeOf<{ alpha: [8, 1, 3] }>();
expectTypeOf(prelu({ sharedAxes: [1, 2] })(input({ shape: [null, null, 3] }))).toEqualTypeOf<SymbolicTensor<[null, null, null, 3]>>();
// a non-literal size or shared axis: the weight's sizes are not known, the count is a number
expectTypeOf<ParamCount<PReLU, [null, number]>>().toEqualTypeOf<number>();
expectTypeOf<WeightShapes<PReLU<number>, [null, 8, 3]>>().toEqualTypeOf<{ alpha: [number, number] }>();
expectTypeOf<ParamCount<PReLU<number[]>, [null, 8, 3]>>().toEqualTypeOf<number>();
expectTypeOf(prelu({ sharedAxes: n })(input({ shape: [null, 3] }))).toEqualTypeOf<SymbolicTensor<[null, null, 3]>>();
expectTypeOf(prelu({ sharedAxes: anyValue })(input({ shape: [null, 3] }))).toEqualTypeOf<SymbolicTensor<[null, null, 3]>>();

// --- the activation names Keras 3 accepts, everywhere an activation is an option ----------------------------
expectTypeOf(activation({ activation: "silu" })(img)).toEqualTypeOf<SymbolicTensor<[null, 8, 8, 3]>>();
expectTypeOf(activation({ activation: "logSoftmax" })(img)).toEqualTypeOf<SymbolicTensor<[null, 8, 8, 3]>>();
expectTypeOf(dense({ units: 4, activation: "leakyRelu" })(input({ shape: [3] }))).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(dense({ units: 4, activation: "hardSwish" })(input({ shape: [3] }))).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
