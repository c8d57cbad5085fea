// Positive type tests for convLstm1d/2d/3d: each step convolved as the Conv of the same rank would, the
// time axis kept with returnSequences, h and c of the step's shape with returnState, parameter counts from
// Keras 3's rule (kernel volume * channels * 4f + kernel volume * f * 4f + 4f). Negative twins with the
// error text are in ./errors/recurrent.ts.
import { expectTypeOf } from "expect-type";
import { convLstm1d, convLstm2d, convLstm3d, input, type ConvLSTM2D, type Dim, type ParamCount, type SymbolicTensor, type WeightShapes } from "../src/index.js";

declare const n: number;
declare const format: "channelsLast" | "channelsFirst";

const frames = input({ shape: [5, 8, 8, 3] });
const c2 = convLstm2d({ filters: 2, kernelSize: 3, returnSequences: true });
expectTypeOf(c2).toEqualTypeOf<ConvLSTM2D<{ filters: 2; kernelSize: 3; returnSequences: true }>>();
expectTypeOf(c2(frames)).toEqualTypeOf<SymbolicTensor<[null, 5, 6, 6, 2]>>();
// 9 * 3 * 8 + 9 * 2 * 8 + 8 = 368, as TF.js 4.22 counts it too.
expectTypeOf<ParamCount<typeof c2, [null, 5, 8, 8, 3]>>().toEqualTypeOf<368>();
expectTypeOf<WeightShapes<typeof c2, [null, 5, 8, 8, 3]>>().toEqualTypeOf<{ kernel: [3, 3, 3, 8]; recurrent_kernel: [3, 3, 2, 8]; bias: [8] }>();
// Without returnSequences: the last step; strides 2 and padding same: ceil(8 / 2) = 4.
expectTypeOf(convLstm2d({ filters: 2, kernelSize: 3 })(frames)).toEqualTypeOf<SymbolicTensor<[null, 6, 6, 2]>>();
const states = convLstm2d({ filters: 2, kernelSize: 3, strides: 2, padding: "same", returnState: true })(frames);
expectTypeOf(states[0]).toEqualTypeOf<SymbolicTensor<[null, 4, 4, 2]>>();
expectTypeOf(states[1]).toEqualTypeOf<SymbolicTensor<[null, 4, 4, 2]>>();
expectTypeOf(states[2]).toEqualTypeOf<SymbolicTensor<[null, 4, 4, 2]>>();
expectTypeOf(states.length).toEqualTypeOf<3>();
// The keras.io next-frame model's first layer: unknown time, 64 filters of 5x5 same: 25 * 1 * 256 + 25 * 64 * 256 + 256.
const movie = input({ shape: [null, 64, 64, 1] });
const first = convLstm2d({ filters: 64, kernelSize: [5, 5], padding: "same", returnSequences: true, activation: "relu" });
expectTypeOf(first(movie)).toEqualTypeOf<SymbolicTensor<[null, null, 64, 64, 64]>>();
expectTypeOf<ParamCount<typeof first, [null, null, 64, 64, 1]>>().toEqualTypeOf<416256>();
// channelsFirst: (batch, time, channels, rows, cols).
expectTypeOf(convLstm2d({ filters: 4, kernelSize: 3, dataFormat: "channelsFirst" })(input({ shape: [5, 3, 8, 8] }))).toEqualTypeOf<SymbolicTensor<[null, 4, 6, 6]>>();
// 1D and 3D: 4 * 4 * (3 * 2 + 3 * 4) + 16 = 304.
const c1 = convLstm1d({ filters: 4, kernelSize: 3 });
expectTypeOf(c1(input({ shape: [5, 10, 2] }))).toEqualTypeOf<SymbolicTensor<[null, 8, 4]>>();
expectTypeOf<ParamCount<typeof c1, [null, 5, 10, 2]>>().toEqualTypeOf<304>();
expectTypeOf(convLstm3d({ filters: 2, kernelSize: 3, returnSequences: true })(input({ shape: [4, 6, 6, 6, 1] }))).toEqualTypeOf<SymbolicTensor<[null, 4, 4, 4, 4, 2]>>();
// Without bias: 9 * 3 * 8 + 9 * 2 * 8 = 360.
expectTypeOf<ParamCount<ReturnType<typeof convLstm2d<{ filters: 2; kernelSize: 3; useBias: false }>>, [null, 5, 8, 8, 3]>>().toEqualTypeOf<360>();
// initialState: h and c of the step's shape.
const [, h, c] = convLstm2d({ filters: 2, kernelSize: 3, returnState: true })(frames);
expectTypeOf(convLstm2d({ filters: 2, kernelSize: 3 })(frames, { initialState: [h, c] })).toEqualTypeOf<SymbolicTensor<[null, 6, 6, 2]>>();

// What the compiler cannot know flows on as unknown.
expectTypeOf(convLstm2d({ filters: n, kernelSize: 3 })(frames)).toEqualTypeOf<SymbolicTensor<[null, 6, 6, number]>>();
expectTypeOf<ParamCount<ReturnType<typeof convLstm2d<{ filters: number; kernelSize: 3 }>>, [null, 5, 8, 8, 3]>>().toEqualTypeOf<number>();
expectTypeOf(convLstm2d({ filters: 2, kernelSize: 3, dataFormat: format })(frames)).toEqualTypeOf<SymbolicTensor<Dim[]>>();
declare const unknownRank: SymbolicTensor;
expectTypeOf(convLstm2d({ filters: 2, kernelSize: 3 })(unknownRank)).toEqualTypeOf<SymbolicTensor<Dim[]>>();
