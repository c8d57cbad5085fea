import type { Case } from "../cases.js";

/**
 * An option given as `undefined` (plain JavaScript, or `strides: opts.strides` passed through): the runtime
 * reads it as left out (`o.strides ?? 1`), and so do the types now, where the rule read it as a window of
 * `undefined` and the output was a silent `SymbolicTensor<never>` (session 12's re-read, finding 1). A
 * required option given as `undefined` is refused with the runtime's sentence at both levels (finding 2:
 * `kernelSize: undefined` passed the types with a `never` output).
 */
export const undefinedCases: readonly Case[] = [
  { code: `conv2d({ filters: 8, kernelSize: 3, strides: undefined })(input({ shape: [9, 9, 3] }))`, shape: [null, 7, 7, 8] },
  { code: `conv2d({ filters: 8, kernelSize: 3, dilationRate: undefined, padding: undefined })(input({ shape: [9, 9, 3] }))`, shape: [null, 7, 7, 8] },
  { code: `maxPooling2d({ poolSize: undefined })(input({ shape: [9, 9, 3] }))`, shape: [null, 4, 4, 3] },
  { code: `zeroPadding2d({ padding: undefined })(input({ shape: [9, 9, 3] }))`, shape: [null, 11, 11, 3] },
  { code: `conv1d({ filters: 4, kernelSize: 3, strides: undefined, padding: undefined })(input({ shape: [10, 2] }))`, shape: [null, 8, 4] },
  { code: `conv2d({ filters: 8, kernelSize: undefined })`, error: `Conv2D: kernelSize must be a positive integer or a list of 2 positive integers (the window each kernel covers), but got undefined. Fix: use e.g. kernelSize: 3.` },
  { code: `depthwiseConv2d({ kernelSize: undefined })`, error: `DepthwiseConv2D: kernelSize must be a positive integer or a list of 2 positive integers (the window each kernel covers), but got undefined. Fix: use e.g. kernelSize: 3.` },
  { code: `separableConv1d({ filters: 4, kernelSize: undefined })`, error: `SeparableConv1D: kernelSize must be a positive integer or a list of 1 positive integers (the window each kernel covers), but got undefined. Fix: use e.g. kernelSize: 3.` },
  { code: `conv2dTranspose({ filters: 4, kernelSize: undefined })`, error: `Conv2DTranspose: kernelSize must be a positive integer or a list of 2 positive integers (the window each kernel covers), but got undefined. Fix: use e.g. kernelSize: 3.` },
  { code: `convLstm2d({ filters: 4, kernelSize: undefined })`, error: `ConvLSTM2D: kernelSize must be a positive integer or a list of 2 positive integers (the window each kernel covers), but got undefined. Fix: use e.g. kernelSize: 3.` },
  { code: `conv2d({ filters: undefined, kernelSize: 3 })`, error: `Conv2D: filters must be a positive integer (the number of kernels, the size of the output's channels axis), but got undefined. Fix: use e.g. filters: 32.` },
];
