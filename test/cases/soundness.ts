import type { Case } from "../cases.js";

const H = "9007199254740992"; // 2^53: the first integer a number literal cannot hold exactly

/**
 * Integer options past 2^53 - 1 (issue 11): the types refuse them with the sentence the runtime throws,
 * for every integer option. See ../cases.ts.
 */
export const soundnessCases: readonly Case[] = [
  { code: `dense({ units: ${H} })`, error: `Dense: units must be a positive integer (the number of neurons, the size of the output's last axis), but got ${H}.` },
  { code: `dense({ units: 9007199254740993 })`, error: `Dense: units must be a positive integer (the number of neurons, the size of the output's last axis), but got ${H}.` },
  // The largest safe size is accepted; without a bias its count (1 x 2^53 - 1) is still exact. With one it
  // would be past 2^53 - 1, which only the runtime refuses (test/soundness-runtime.test.ts): the types
  // give that count as `number`.
  { code: `dense({ units: 9007199254740991, useBias: false })(input({ shape: [1] }))`, shape: [null, 9007199254740991] },
  { code: `input({ shape: [1e20] })`, error: "Input: every size in shape must be a positive integer or null, but got 100000000000000000000." },
  { code: `input({ batchShape: [${H}, 3] })`, error: `Input: every size in batchShape must be a positive integer or null, but got ${H}.` },
  { code: `input({ shape: [3], batchSize: ${H} })`, error: `Input: batchSize must be a positive integer (the number of samples in each batch), but got ${H}.` },
  { code: `dense({ units: 2, inputDim: ${H} })`, error: `Dense: inputDim must be a positive integer (the size of the input's one feature axis: inputDim: 3 is inputShape: [3]), but got ${H}.` },
  { code: `dense({ units: 2, batchInputShape: [${H}, 3] })`, error: `Dense: every size in batchInputShape must be a positive integer or null, but got ${H}.` },
  { code: `conv2d({ filters: ${H}, kernelSize: 3 })`, error: `Conv2D: filters must be a positive integer (the number of kernels, the size of the output's channels axis), but got ${H}.` },
  { code: `conv2d({ filters: 2, kernelSize: [3, 1e17] })`, error: "Conv2D: kernelSize must be a positive integer or a list of 2 positive integers (the window each kernel covers), but got [3, 100000000000000000]." },
  { code: `conv2d({ filters: 2, kernelSize: 3, strides: ${H} })`, error: `Conv2D: strides must be a positive integer or a list of 2 positive integers (how far the window moves each step), but got ${H}.` },
  { code: `conv2d({ filters: 2, kernelSize: 3, dilationRate: ${H} })`, error: `Conv2D: dilationRate must be a positive integer or a list of 2 positive integers (the spacing of the kernel's taps), but got ${H}.` },
  { code: `conv2d({ filters: 2, kernelSize: 3, groups: ${H} })`, error: `Conv2D: groups must be a positive integer (how many groups the channels are split into), but got ${H}.` },
  { code: `depthwiseConv2d({ kernelSize: 3, depthMultiplier: ${H} })`, error: `DepthwiseConv2D: depthMultiplier must be a positive integer (how many output channels each input channel gets), but got ${H}.` },
  { code: `separableConv2d({ filters: 2, kernelSize: 3, depthMultiplier: ${H} })`, error: `SeparableConv2D: depthMultiplier must be a positive integer (how many output channels each input channel gets), but got ${H}.` },
  { code: `maxPooling2d({ poolSize: ${H} })`, error: `MaxPooling2D: poolSize must be a positive integer or a list of 2 positive integers (the window each output value summarizes), but got ${H}.` },
  { code: `averagePooling1d({ poolSize: 2, strides: [${H}] })`, error: `AveragePooling1D: strides must be a positive integer or a list of 1 positive integers (how far the window moves each step), but got [${H}].` },
  { code: `zeroPadding2d({ padding: [[1, ${H}], [1, 1]] })`, error: "ZeroPadding2D: padding must be a number, a list of 2 (one per axis: [rows, cols]), or a list of 2 [before, after] pairs, all non-negative integ" },
  { code: `cropping2d({ cropping: ${H} })`, error: "Cropping2D: cropping must be a number, a list of 2 (one per axis: [rows, cols]), or a list of 2 [before, after] pairs, all non-negative integer" },
  { code: `upSampling2d({ size: ${H} })`, error: `UpSampling2D: size must be a positive integer or a list of 2 positive integers (the factor each spatial axis is repeated by), but got ${H}.` },
  { code: `repeatVector({ n: ${H} })`, error: `RepeatVector: n must be a positive integer (how many times the input is repeated, the size of the new axis 1), but got ${H}.` },
  { code: `permute({ dims: [${H}, 1] })`, error: `Permute: dims must list each of the axes 1 to 2 once (the axes after the batch axis, counted from 1), but got [${H}, 1].` },
  { code: `reshape({ targetShape: [1e16, -1] })`, error: "Reshape: every size in targetShape must be a positive integer, or -1 for the one size inferred from the input, but got 10000000000000000 in [10000000000000000, -1]." },
  { code: `conv2dTranspose({ filters: 2, kernelSize: 3, outputPadding: ${H} })`, error: `Conv2DTranspose: outputPadding` },
];
