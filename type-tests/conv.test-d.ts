// Positive type tests for the convolution layers: exact output types, weights and parameter counts,
// with both data formats, unknown (`null`) and non-literal (`number`) sizes flowing through without
// a false error. Their negative twins, with the error text, are in ./errors/conv.ts.
import { expectTypeOf } from "expect-type";
import {
  conv1d,
  conv1dTranspose,
  conv2d,
  conv2dTranspose,
  conv3d,
  conv3dTranspose,
  depthwiseConv1d,
  depthwiseConv2d,
  input,
  separableConv1d,
  separableConv2d,
  type Apply,
  type Conv1D,
  type Conv1DTranspose,
  type Conv2D,
  type Conv2DTranspose,
  type Conv3D,
  type Conv3DTranspose,
  type DepthwiseConv1D,
  type DepthwiseConv2D,
  type Fold,
  type ParamCount,
  type SeparableConv1D,
  type SeparableConv2D,
  type ShapeErr,
  type SymbolicTensor,
  type WeightShapes,
} from "../src/index.js";

declare const n: number;
declare const sevenOrNineAxis: 7 | 9;
const image = input({ shape: [224, 224, 3] });
const seq = input({ shape: [100, 8] });
const volume = input({ shape: [16, 28, 28, 1] });

// --- the window's fast paths (issue 17): same/causal with every stride 1 keeps the sizes; a valid window
// whose span is its stride takes floor(n / s); anything not one literal takes the general formula ------
declare const oneOrTwo: 1 | 2;
expectTypeOf(conv2d({ filters: 4, kernelSize: 3, padding: "same" })(input({ shape: [null, n, 3] }))).toEqualTypeOf<SymbolicTensor<[null, null, number, 4]>>();
expectTypeOf(conv2d({ filters: 4, kernelSize: 3, padding: "same", strides: [1, 1] })(input({ shape: [7, 5, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 7, 5, 4]>>();
expectTypeOf(conv2d({ filters: 4, kernelSize: 3, padding: "same", strides: [1, 2] })(input({ shape: [7, 5, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 7, 3, 4]>>();
expectTypeOf(conv2d({ filters: 4, kernelSize: 3, padding: "same", strides: oneOrTwo })(input({ shape: [7, 5, 3] }))).toEqualTypeOf<SymbolicTensor<[null, number, number, 4]>>();
expectTypeOf(conv2d({ filters: 4, kernelSize: 3, padding: "same", strides: n })(input({ shape: [7, 5, 3] }))).toEqualTypeOf<SymbolicTensor<[null, number, number, 4]>>();
expectTypeOf(conv1d({ filters: 4, kernelSize: 9, padding: "causal", strides: 1 })(input({ shape: [3, 2] }))).toEqualTypeOf<SymbolicTensor<[null, 3, 4]>>();
// valid, kernel 1 stride 1: floor(n / 1); kernel 2 stride 2: floor(n / 2), 1 at n = 2; a union or a number is no span.
expectTypeOf(conv2d({ filters: 4, kernelSize: 1 })(input({ shape: [7, null, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 7, null, 4]>>();
expectTypeOf(conv2d({ filters: 4, kernelSize: 2, strides: 2 })(input({ shape: [7, 2, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 3, 1, 4]>>();
expectTypeOf(conv2d({ filters: 4, kernelSize: [2, 3], strides: [2, 3] })(input({ shape: [9, 11, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 4, 3, 4]>>();
expectTypeOf(conv2d({ filters: 4, kernelSize: 2, strides: 2, dilationRate: 1 })(input({ shape: [n, 9, 3] }))).toEqualTypeOf<SymbolicTensor<[null, number, 4, 4]>>();
expectTypeOf(conv2d({ filters: 4, kernelSize: oneOrTwo, strides: oneOrTwo })(input({ shape: [7, 5, 3] }))).toEqualTypeOf<SymbolicTensor<[null, number, number, 4]>>();
expectTypeOf(conv2d({ filters: 4, kernelSize: 2, strides: n })(input({ shape: [7, 5, 3] }))).toEqualTypeOf<SymbolicTensor<[null, number, number, 4]>>();
// valid, span 1 and a larger stride: ceil(n / s) (floor((n - 1) / s) + 1), an axis of 0 too short; a union or a number gives number.
expectTypeOf(conv2d({ filters: 4, kernelSize: 1, strides: 2 })(input({ shape: [7, 8, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 4, 4, 4]>>();
expectTypeOf(conv2d({ filters: 4, kernelSize: 1, strides: [2, 3], dilationRate: 1 })(input({ shape: [n, 9, 3] }))).toEqualTypeOf<SymbolicTensor<[null, number, 3, 4]>>();
expectTypeOf(conv2d({ filters: 4, kernelSize: 1, strides: 2 })(input({ shape: [sevenOrNineAxis, null, 3] }))).toEqualTypeOf<SymbolicTensor<[null, number, null, 4]>>();
expectTypeOf(conv2d({ filters: 4, kernelSize: 1, strides: 2 })(input({ shape: [1, 2, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 1, 1, 4]>>();
expectTypeOf<Apply<Conv2D<{ filters: 4; kernelSize: 1; strides: 2 }>, [null, 0 | 7, 4, 3]>>().toEqualTypeOf<[null, number, 2, 4]>();
expectTypeOf<Apply<Conv2D<{ filters: 4; kernelSize: 1; strides: 2 }>, [null, 5, 0, 3]>>().toEqualTypeOf<
  ShapeErr<"Conv2D: the kernel (after dilation) spans 1 along axis 2 (cols), but the input has only 0 there: (None, 5, 0, 3). Fix: use padding: \"same\", a smaller window, or a larger input.">
>();
// valid, stride 1: n - (span - 1), 1 at n = span (the too-short twins, 0 and below, in errors/conv.ts); a union or a number gives number.
declare const sevenOrNine: 7 | 9;
expectTypeOf(conv2d({ filters: 4, kernelSize: [3, 5] })(input({ shape: [3, 5, 2] }))).toEqualTypeOf<SymbolicTensor<[null, 1, 1, 4]>>();
expectTypeOf(conv2d({ filters: 4, kernelSize: 3, dilationRate: 2 })(input({ shape: [5, 224, 2] }))).toEqualTypeOf<SymbolicTensor<[null, 1, 220, 4]>>();
expectTypeOf(conv2d({ filters: 4, kernelSize: 3 })(input({ shape: [sevenOrNine, n, 2] }))).toEqualTypeOf<SymbolicTensor<[null, number, number, 4]>>();
expectTypeOf(conv2d({ filters: 4, kernelSize: oneOrTwo })(input({ shape: [7, null, 2] }))).toEqualTypeOf<SymbolicTensor<[null, number, null, 4]>>();

// --- Conv1D ------------------------------------------------------------------------------------------
expectTypeOf(conv1d({ filters: 32, kernelSize: 5 })).toEqualTypeOf<Conv1D<{ filters: 32; kernelSize: 5 }>>();
// valid: floor((100 - 5) / 1) + 1
expectTypeOf(conv1d({ filters: 32, kernelSize: 5 })(seq)).toEqualTypeOf<SymbolicTensor<[null, 96, 32]>>();
expectTypeOf(conv1d({ filters: 32, kernelSize: 5, padding: "same" })(seq)).toEqualTypeOf<SymbolicTensor<[null, 100, 32]>>();
expectTypeOf(conv1d({ filters: 32, kernelSize: 5, padding: "causal" })(seq)).toEqualTypeOf<SymbolicTensor<[null, 100, 32]>>();
// causal with strides: ceil(100 / 3)
expectTypeOf(conv1d({ filters: 32, kernelSize: 5, padding: "causal", strides: 3 })(seq)).toEqualTypeOf<SymbolicTensor<[null, 34, 32]>>();
// valid, stride 2: floor((100 - 5) / 2) + 1
expectTypeOf(conv1d({ filters: 32, kernelSize: 5, strides: 2 })(seq)).toEqualTypeOf<SymbolicTensor<[null, 48, 32]>>();
// dilation 4 spans 4 * (5 - 1) + 1 = 17: 100 - 17 + 1
expectTypeOf(conv1d({ filters: 32, kernelSize: 5, dilationRate: 4 })(seq)).toEqualTypeOf<SymbolicTensor<[null, 84, 32]>>();
expectTypeOf(conv1d({ filters: 32, kernelSize: [5] })(seq)).toEqualTypeOf<SymbolicTensor<[null, 96, 32]>>();
expectTypeOf(conv1d({ filters: 16, kernelSize: 3, dataFormat: "channelsFirst" })(input({ shape: [8, 100] }))).toEqualTypeOf<SymbolicTensor<[null, 16, 98]>>();
expectTypeOf(conv1d({ filters: 16, kernelSize: 3 })(input({ shape: [null, 8] }))).toEqualTypeOf<SymbolicTensor<[null, null, 16]>>();
expectTypeOf(conv1d({ filters: 16, kernelSize: 3 })(input({ shape: [n, 8] }))).toEqualTypeOf<SymbolicTensor<[null, number, 16]>>();
expectTypeOf(conv1d({ filters: n, kernelSize: 3 })(seq)).toEqualTypeOf<SymbolicTensor<[null, 98, number]>>();
expectTypeOf(conv1d({ filters: 16, kernelSize: n })(seq)).toEqualTypeOf<SymbolicTensor<[null, number, 16]>>();
expectTypeOf(conv1d({ filters: 16, kernelSize: 3, groups: 4 })(seq)).toEqualTypeOf<SymbolicTensor<[null, 98, 16]>>();
// The Keras 3 anomaly-detection example's encoder: (288, 1) -> (144, 32) -> (72, 16).
const ts = conv1d({ filters: 32, kernelSize: 7, padding: "same", strides: 2 })(input({ shape: [288, 1] }));
expectTypeOf(ts).toEqualTypeOf<SymbolicTensor<[null, 144, 32]>>();
expectTypeOf(conv1d({ filters: 16, kernelSize: 7, padding: "same", strides: 2 })(ts)).toEqualTypeOf<SymbolicTensor<[null, 72, 16]>>();
expectTypeOf<WeightShapes<Conv1D<{ filters: 32; kernelSize: 7 }>, [null, 288, 1]>>().toEqualTypeOf<{ kernel: [7, 1, 32]; bias: [32] }>();
expectTypeOf<ParamCount<Conv1D<{ filters: 32; kernelSize: 7 }>, [null, 288, 1]>>().toEqualTypeOf<256>();
expectTypeOf<ParamCount<Conv1D<{ filters: 16; kernelSize: 7 }>, [null, 144, 32]>>().toEqualTypeOf<3600>();

// --- Conv2D ------------------------------------------------------------------------------------------
expectTypeOf(conv2d({ filters: 64, kernelSize: 3, padding: "same" })).toEqualTypeOf<Conv2D<{ filters: 64; kernelSize: 3; padding: "same" }>>();
// VGG16's first layer.
expectTypeOf(conv2d({ filters: 64, kernelSize: 3, padding: "same" })(image)).toEqualTypeOf<SymbolicTensor<[null, 224, 224, 64]>>();
expectTypeOf(conv2d({ filters: 64, kernelSize: 3, padding: "same", kernelInitializer: "heNormal", dtype: "float32" })).toEqualTypeOf<
  Conv2D<{ filters: 64; kernelSize: 3; padding: "same" }>
>();
expectTypeOf<ParamCount<Conv2D<{ filters: 64; kernelSize: 3; padding: "same" }>, [null, 224, 224, 3]>>().toEqualTypeOf<1792>();
expectTypeOf<WeightShapes<Conv2D<{ filters: 64; kernelSize: 3 }>, [null, 224, 224, 3]>>().toEqualTypeOf<{ kernel: [3, 3, 3, 64]; bias: [64] }>();
// valid, stride 2: floor((224 - 3) / 2) + 1; same, stride 2: ceil(224 / 2)
expectTypeOf(conv2d({ filters: 8, kernelSize: 3, strides: 2 })(image)).toEqualTypeOf<SymbolicTensor<[null, 111, 111, 8]>>();
expectTypeOf(conv2d({ filters: 8, kernelSize: 3, strides: 2, padding: "same" })(image)).toEqualTypeOf<SymbolicTensor<[null, 112, 112, 8]>>();
// same, stride 3 on an axis not divisible by it: ceil(224 / 3)
expectTypeOf(conv2d({ filters: 8, kernelSize: 3, strides: [3, 1], padding: "same" })(image)).toEqualTypeOf<SymbolicTensor<[null, 75, 224, 8]>>();
// dilation 2 spans 5: 224 - 5 + 1
expectTypeOf(conv2d({ filters: 8, kernelSize: 3, dilationRate: 2 })(image)).toEqualTypeOf<SymbolicTensor<[null, 220, 220, 8]>>();
expectTypeOf(conv2d({ filters: 8, kernelSize: [3, 5], dilationRate: [1, 2] })(image)).toEqualTypeOf<SymbolicTensor<[null, 222, 216, 8]>>();
expectTypeOf(conv2d({ filters: 8, kernelSize: [3, 5], dataFormat: "channelsFirst" })(input({ shape: [3, 32, 32] }))).toEqualTypeOf<SymbolicTensor<[null, 8, 30, 28]>>();
expectTypeOf(conv2d({ filters: 8, kernelSize: 3, dataFormat: "channelsLast" })(image)).toEqualTypeOf<SymbolicTensor<[null, 222, 222, 8]>>();
expectTypeOf(conv2d({ filters: 8, kernelSize: 3 })(input({ shape: [null, null, 3] }))).toEqualTypeOf<SymbolicTensor<[null, null, null, 8]>>();
expectTypeOf(conv2d({ filters: 8, kernelSize: 3, strides: 2 })(input({ shape: [n, 32, 3] }))).toEqualTypeOf<SymbolicTensor<[null, number, 15, 8]>>();
expectTypeOf(conv2d({ filters: 8, kernelSize: 3 })(input({ shape: [32, 32, n] }))).toEqualTypeOf<SymbolicTensor<[null, 30, 30, 8]>>();
expectTypeOf(conv2d({ filters: 8, kernelSize: 3 })(input({ shape: [32, 32, 3], batchSize: 16 }))).toEqualTypeOf<SymbolicTensor<[16, 30, 30, 8]>>();
expectTypeOf(conv2d({ filters: 8, kernelSize: 3, strides: n })(image)).toEqualTypeOf<SymbolicTensor<[null, number, number, 8]>>();
// groups: the kernel sees channels / groups
expectTypeOf(conv2d({ filters: 8, kernelSize: 3, groups: 2 })(input({ shape: [10, 10, 4] }))).toEqualTypeOf<SymbolicTensor<[null, 8, 8, 8]>>();
expectTypeOf<WeightShapes<Conv2D<{ filters: 8; kernelSize: 3; groups: 2 }>, [null, 10, 10, 4]>>().toEqualTypeOf<{ kernel: [3, 3, 2, 8]; bias: [8] }>();
expectTypeOf<ParamCount<Conv2D<{ filters: 8; kernelSize: 3; groups: 2 }>, [null, 10, 10, 4]>>().toEqualTypeOf<152>();
expectTypeOf<ParamCount<Conv2D<{ filters: 8; kernelSize: 3; useBias: false }>, [null, 10, 10, 4]>>().toEqualTypeOf<288>();
// A union of inputs: each member is run.
declare const either: SymbolicTensor<[null, 28, 28, 3]> | SymbolicTensor<[null, 32, 32, 3]>;
expectTypeOf(conv2d({ filters: 8, kernelSize: 3 })(either)).toEqualTypeOf<SymbolicTensor<[null, 26, 26, 8] | [null, 30, 30, 8]>>();
// A declared input is kept in the type, so that a Sequential can start from it.
expectTypeOf(conv2d({ filters: 8, kernelSize: 3, inputShape: [28, 28, 1] })).toEqualTypeOf<Conv2D<{ filters: 8; kernelSize: 3; batchInputShape: [null, 28, 28, 1] }>>();
expectTypeOf<Apply<Conv2D<{ filters: 8; kernelSize: 3 }>, [null, 28, 28, 1]>>().toEqualTypeOf<[null, 26, 26, 8]>();
expectTypeOf<Fold<[Conv2D<{ filters: 8; kernelSize: 3 }>, Conv2D<{ filters: 16; kernelSize: 3; strides: 2 }>], [null, 28, 28, 1]>>().toEqualTypeOf<[null, 12, 12, 16]>();

// --- Conv3D ------------------------------------------------------------------------------------------
expectTypeOf(conv3d({ filters: 8, kernelSize: 3 })).toEqualTypeOf<Conv3D<{ filters: 8; kernelSize: 3 }>>();
expectTypeOf(conv3d({ filters: 8, kernelSize: 3 })(volume)).toEqualTypeOf<SymbolicTensor<[null, 14, 26, 26, 8]>>();
expectTypeOf(conv3d({ filters: 8, kernelSize: [1, 3, 3], padding: "same" })(volume)).toEqualTypeOf<SymbolicTensor<[null, 16, 28, 28, 8]>>();
expectTypeOf(conv3d({ filters: 8, kernelSize: 3, strides: [1, 2, 2] })(volume)).toEqualTypeOf<SymbolicTensor<[null, 14, 13, 13, 8]>>();
expectTypeOf(conv3d({ filters: 8, kernelSize: 3, dataFormat: "channelsFirst" })(input({ shape: [1, 16, 28, 28] }))).toEqualTypeOf<SymbolicTensor<[null, 8, 14, 26, 26]>>();
expectTypeOf(conv3d({ filters: 8, kernelSize: 3 })(input({ shape: [null, 28, n, 1] }))).toEqualTypeOf<SymbolicTensor<[null, null, 26, number, 8]>>();
// The Keras 3 3D-CT example: 1,792 and 110,656 parameters.
expectTypeOf(conv3d({ filters: 64, kernelSize: 3 })(input({ shape: [128, 128, 64, 1] }))).toEqualTypeOf<SymbolicTensor<[null, 126, 126, 62, 64]>>();
expectTypeOf<ParamCount<Conv3D<{ filters: 64; kernelSize: 3 }>, [null, 128, 128, 64, 1]>>().toEqualTypeOf<1792>();
expectTypeOf<ParamCount<Conv3D<{ filters: 64; kernelSize: 3 }>, [null, 63, 63, 31, 64]>>().toEqualTypeOf<110656>();

// --- Conv1DTranspose, Conv2DTranspose, Conv3DTranspose -----------------------------------------------
expectTypeOf(conv2dTranspose({ filters: 16, kernelSize: 3, strides: 2 })).toEqualTypeOf<Conv2DTranspose<{ filters: 16; kernelSize: 3; strides: 2 }>>();
// valid: (n - 1) * s + max(span, s)
expectTypeOf(conv1dTranspose({ filters: 32, kernelSize: 3, strides: 2 })(input({ shape: [10, 128] }))).toEqualTypeOf<SymbolicTensor<[null, 21, 32]>>();
expectTypeOf(conv1dTranspose({ filters: 5, kernelSize: 2, strides: 2 })(input({ shape: [8, 4] }))).toEqualTypeOf<SymbolicTensor<[null, 16, 5]>>();
expectTypeOf(conv2dTranspose({ filters: 2, kernelSize: 7, strides: 16 })(input({ shape: [14, 14, 2] }))).toEqualTypeOf<SymbolicTensor<[null, 224, 224, 2]>>();
// valid, stride 1: n + span - 1, also with dilation (span 5)
expectTypeOf(conv2dTranspose({ filters: 4, kernelSize: 3 })(input({ shape: [10, 10, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 12, 12, 4]>>();
expectTypeOf(conv2dTranspose({ filters: 4, kernelSize: 3, dilationRate: 2 })(input({ shape: [10, 10, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 14, 14, 4]>>();
// same: n * s
expectTypeOf(conv2dTranspose({ filters: 16, kernelSize: 3, strides: 2, padding: "same" })(input({ shape: [14, 14, 32] }))).toEqualTypeOf<SymbolicTensor<[null, 28, 28, 16]>>();
expectTypeOf(conv2dTranspose({ filters: 16, kernelSize: 3, padding: "same" })(input({ shape: [14, 14, 32] }))).toEqualTypeOf<SymbolicTensor<[null, 14, 14, 16]>>();
// outputPadding, same: (n - 1) * s + span % 2 + op; valid: (n - 1) * s + span + op
expectTypeOf(conv1dTranspose({ filters: 6, kernelSize: 2, strides: 3, padding: "same", outputPadding: 2 })(input({ shape: [8, 4] }))).toEqualTypeOf<SymbolicTensor<[null, 23, 6]>>();
expectTypeOf(conv2dTranspose({ filters: 4, kernelSize: 3, strides: 2, padding: "same", outputPadding: 1 })(input({ shape: [10, 10, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 20, 20, 4]>>();
expectTypeOf(conv2dTranspose({ filters: 4, kernelSize: 4, strides: 2, padding: "same", outputPadding: 1 })(input({ shape: [10, 10, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 19, 19, 4]>>();
expectTypeOf(conv2dTranspose({ filters: 4, kernelSize: 3, strides: 2, outputPadding: [0, 1] })(input({ shape: [10, 10, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 21, 22, 4]>>();
expectTypeOf(conv2dTranspose({ filters: 4, kernelSize: 3, outputPadding: 0 })(input({ shape: [10, 10, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 12, 12, 4]>>();
expectTypeOf(conv2dTranspose({ filters: 6, kernelSize: [2, 3], strides: [2, 1], dataFormat: "channelsFirst" })(input({ shape: [4, 8, 8] }))).toEqualTypeOf<SymbolicTensor<[null, 6, 16, 10]>>();
expectTypeOf(conv2dTranspose({ filters: 4, kernelSize: 3, strides: 2 })(input({ shape: [null, n, 3] }))).toEqualTypeOf<SymbolicTensor<[null, null, number, 4]>>();
expectTypeOf(conv2dTranspose({ filters: 4, kernelSize: 3, strides: 2, outputPadding: n })(input({ shape: [10, 10, 3] }))).toEqualTypeOf<SymbolicTensor<[null, number, number, 4]>>();
expectTypeOf(conv3dTranspose({ filters: 6, kernelSize: [2, 2, 3], strides: [2, 1, 2] })(input({ shape: [8, 8, 8, 4] }))).toEqualTypeOf<SymbolicTensor<[null, 16, 9, 17, 6]>>();
expectTypeOf(conv3dTranspose({ filters: 6, kernelSize: 2, strides: 3, padding: "same", outputPadding: 2 })(input({ shape: [8, 8, 8, 4] }))).toEqualTypeOf<SymbolicTensor<[null, 23, 23, 23, 6]>>();
expectTypeOf(conv3dTranspose({ filters: 8, kernelSize: 2, strides: 2, dataFormat: "channelsFirst" })(input({ shape: [4, 8, null, 8] }))).toEqualTypeOf<SymbolicTensor<[null, 8, 16, null, 16]>>();
// The kernel is [...kernelSize, filters, channels]: the Keras VAE example's decoder.
expectTypeOf<WeightShapes<Conv2DTranspose<{ filters: 32; kernelSize: 3 }>, [null, 14, 14, 64]>>().toEqualTypeOf<{ kernel: [3, 3, 32, 64]; bias: [32] }>();
expectTypeOf<ParamCount<Conv2DTranspose<{ filters: 64; kernelSize: 3; strides: 2; padding: "same" }>, [null, 7, 7, 64]>>().toEqualTypeOf<36928>();
expectTypeOf<ParamCount<Conv2DTranspose<{ filters: 32; kernelSize: 3; strides: 2; padding: "same" }>, [null, 14, 14, 64]>>().toEqualTypeOf<18464>();
expectTypeOf<ParamCount<Conv1DTranspose<{ filters: 16; kernelSize: 7; strides: 2; padding: "same" }>, [null, 72, 16]>>().toEqualTypeOf<1808>();
expectTypeOf<ParamCount<Conv3DTranspose<{ filters: 8; kernelSize: 2; useBias: false }>, [null, 8, 8, 8, 4]>>().toEqualTypeOf<256>();

// --- SeparableConv1D, SeparableConv2D ----------------------------------------------------------------
expectTypeOf(separableConv2d({ filters: 128, kernelSize: 3 })).toEqualTypeOf<SeparableConv2D<{ filters: 128; kernelSize: 3 }>>();
// Xception's block2_sepconv1: 3*3*64 + 64*128 = 8,768.
const xception = separableConv2d({ filters: 128, kernelSize: 3, padding: "same", useBias: false })(input({ shape: [147, 147, 64] }));
expectTypeOf(xception).toEqualTypeOf<SymbolicTensor<[null, 147, 147, 128]>>();
expectTypeOf<ParamCount<SeparableConv2D<{ filters: 128; kernelSize: 3; padding: "same"; useBias: false }>, [null, 147, 147, 64]>>().toEqualTypeOf<8768>();
expectTypeOf<WeightShapes<SeparableConv2D<{ filters: 16; kernelSize: 3; depthMultiplier: 2 }>, [null, 32, 32, 3]>>().toEqualTypeOf<{
  depthwise_kernel: [3, 3, 3, 2];
  pointwise_kernel: [1, 1, 6, 16];
  bias: [16];
}>();
expectTypeOf(separableConv2d({ filters: 16, kernelSize: 3, depthMultiplier: 2 })(input({ shape: [32, 32, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 30, 30, 16]>>();
expectTypeOf(separableConv2d({ filters: 16, kernelSize: 3, strides: 2, padding: "same", dataFormat: "channelsFirst" })(input({ shape: [3, 31, null] }))).toEqualTypeOf<SymbolicTensor<[null, 16, 16, null]>>();
expectTypeOf(separableConv2d({ filters: 16, kernelSize: 3, dilationRate: 2 })(input({ shape: [32, n, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 28, number, 16]>>();
expectTypeOf(separableConv1d({ filters: 3, kernelSize: 4, strides: 3, depthMultiplier: 2 })(input({ shape: [10, 12] }))).toEqualTypeOf<SymbolicTensor<[null, 3, 3]>>();
expectTypeOf(separableConv1d({ filters: 32, kernelSize: 3, padding: "same", dataFormat: "channelsFirst" })(input({ shape: [8, 100] }))).toEqualTypeOf<SymbolicTensor<[null, 32, 100]>>();
expectTypeOf<WeightShapes<SeparableConv1D<{ filters: 3; kernelSize: 4; depthMultiplier: 2 }>, [null, 10, 12]>>().toEqualTypeOf<{
  depthwise_kernel: [4, 12, 2];
  pointwise_kernel: [1, 24, 3];
  bias: [3];
}>();
// 4*12*2 + 24*3 + 3
expectTypeOf<ParamCount<SeparableConv1D<{ filters: 3; kernelSize: 4; depthMultiplier: 2 }>, [null, 10, 12]>>().toEqualTypeOf<171>();
expectTypeOf(separableConv2d({ filters: 16, kernelSize: 3, depthMultiplier: n })(input({ shape: [32, 32, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 30, 30, 16]>>();

// --- DepthwiseConv1D, DepthwiseConv2D ----------------------------------------------------------------
expectTypeOf(depthwiseConv2d({ kernelSize: 3, padding: "same" })).toEqualTypeOf<DepthwiseConv2D<{ kernelSize: 3; padding: "same" }>>();
// MobileNetV2's expanded_conv_depthwise: 3*3*32 = 288, no bias.
expectTypeOf(depthwiseConv2d({ kernelSize: 3, padding: "same", useBias: false })(input({ shape: [112, 112, 32] }))).toEqualTypeOf<SymbolicTensor<[null, 112, 112, 32]>>();
expectTypeOf<ParamCount<DepthwiseConv2D<{ kernelSize: 3; padding: "same"; useBias: false }>, [null, 112, 112, 32]>>().toEqualTypeOf<288>();
expectTypeOf<WeightShapes<DepthwiseConv2D<{ kernelSize: 3; depthMultiplier: 2 }>, [null, 28, 28, 8]>>().toEqualTypeOf<{ kernel: [3, 3, 8, 2]; bias: [16] }>();
expectTypeOf(depthwiseConv2d({ kernelSize: 3, strides: 2, depthMultiplier: 2 })(input({ shape: [28, 28, 8] }))).toEqualTypeOf<SymbolicTensor<[null, 13, 13, 16]>>();
expectTypeOf(depthwiseConv2d({ kernelSize: [3, 1], dilationRate: [2, 1], dataFormat: "channelsFirst" })(input({ shape: [8, 28, 28] }))).toEqualTypeOf<SymbolicTensor<[null, 8, 24, 28]>>();
expectTypeOf(depthwiseConv2d({ kernelSize: 3 })(input({ shape: [null, n, 8] }))).toEqualTypeOf<SymbolicTensor<[null, null, number, 8]>>();
expectTypeOf(depthwiseConv2d({ kernelSize: 3 })(input({ shape: [10, 10, n] }))).toEqualTypeOf<SymbolicTensor<[null, 8, 8, number]>>();
expectTypeOf(depthwiseConv2d({ kernelSize: 3, depthMultiplier: n })(input({ shape: [10, 10, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 8, 8, number]>>();
expectTypeOf(depthwiseConv1d({ kernelSize: 3, depthMultiplier: 3, strides: 2 })(input({ shape: [10, 12] }))).toEqualTypeOf<SymbolicTensor<[null, 4, 36]>>();
expectTypeOf(depthwiseConv1d({ kernelSize: 5, padding: "same", dataFormat: "channelsFirst" })(input({ shape: [8, 100] }))).toEqualTypeOf<SymbolicTensor<[null, 8, 100]>>();
expectTypeOf<ParamCount<DepthwiseConv1D<{ kernelSize: 3; depthMultiplier: 3 }>, [null, 10, 12]>>().toEqualTypeOf<144>();
expectTypeOf(depthwiseConv2d({ kernelSize: 3, inputShape: [28, 28, 8] })).toEqualTypeOf<DepthwiseConv2D<{ kernelSize: 3; batchInputShape: [null, 28, 28, 8] }>>();
expectTypeOf<Fold<[DepthwiseConv2D<{ kernelSize: 3; padding: "same" }>, Conv2D<{ filters: 16; kernelSize: 1 }>], [null, 28, 28, 8]>>().toEqualTypeOf<[null, 28, 28, 16]>();
// Strides and a dilation above 1 together: Keras 3.15 builds DepthwiseConv and SeparableConv so (base_depthwise_conv.py,
// base_separable_conv.py), the dilated window (span d * (k - 1) + 1) moving by the stride; Conv still refuses it (errors/conv.ts).
expectTypeOf(depthwiseConv2d({ kernelSize: 3, strides: 2, dilationRate: 2 })(input({ shape: [9, 9, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 3, 3, 3]>>();
expectTypeOf(depthwiseConv1d({ kernelSize: 3, strides: 2, dilationRate: 2, depthMultiplier: 2 })(input({ shape: [10, 12] }))).toEqualTypeOf<SymbolicTensor<[null, 3, 24]>>();
expectTypeOf(separableConv2d({ filters: 4, kernelSize: 3, strides: 2, dilationRate: 2, padding: "same" })(input({ shape: [9, n, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 5, number, 4]>>();
expectTypeOf(separableConv1d({ filters: 8, kernelSize: 3, strides: [3], dilationRate: 2 })(input({ shape: [10, 12] }))).toEqualTypeOf<SymbolicTensor<[null, 2, 8]>>();
expectTypeOf<ParamCount<SeparableConv2D<{ filters: 4; kernelSize: 3; strides: 2; dilationRate: 2 }>, [null, 9, 9, 3]>>().toEqualTypeOf<43>();

// --- training-only options (issue #12): accepted, dropped from the type, no shape changed ------------
expectTypeOf(depthwiseConv2d({ kernelSize: 3, depthwiseInitializer: "heNormal", depthwiseRegularizer: {}, biasConstraint: "nonNeg", dtype: "float32" })).toEqualTypeOf<
  DepthwiseConv2D<{ kernelSize: 3 }>
>();
expectTypeOf(depthwiseConv2d({ kernelSize: 3, depthwiseConstraint: "maxNorm" })(input({ shape: [8, 8, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 6, 6, 3]>>();
expectTypeOf(depthwiseConv1d({ kernelSize: 3, depthwiseInitializer: "ones" })(input({ shape: [8, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 6, 3]>>();
expectTypeOf(separableConv2d({ filters: 4, kernelSize: 3, depthwiseInitializer: "ones", pointwiseInitializer: "ones", pointwiseRegularizer: "l2", activityRegularizer: "l1" })).toEqualTypeOf<
  SeparableConv2D<{ filters: 4; kernelSize: 3 }>
>();
expectTypeOf(separableConv1d({ filters: 4, kernelSize: 3, pointwiseConstraint: {} })(input({ shape: [8, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 6, 4]>>();

// --- one config type for equal options (issue 17) ----------------------------------------------------
// The config is rebuilt from the options' [key, value] pairs, keys in the options' order whatever the
// written order; options given as a union of objects keep one config each (their pairs are not mixed,
// which would drop `strides: 2` and give a confident 30 where the stride-2 member gives 15).
declare const eitherOptions: { filters: 8; kernelSize: 3; strides: 2 } | { filters: 8; kernelSize: 3 };
expectTypeOf(conv2d(eitherOptions)).toEqualTypeOf<Conv2D<{ filters: 8; kernelSize: 3; strides: 2 } | { filters: 8; kernelSize: 3 }>>();
expectTypeOf(conv2d(eitherOptions)(input({ shape: [32, 32, 8] }))).toEqualTypeOf<SymbolicTensor<[null, number, number, 8]>>();
expectTypeOf(conv2d({ padding: "same", kernelSize: 3, filters: 64 })).toEqualTypeOf<Conv2D<{ filters: 64; kernelSize: 3; padding: "same" }>>();
