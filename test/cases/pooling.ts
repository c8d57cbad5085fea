import type { Case } from "../cases.js";

/** Cases of the pooling layers: see ../cases.ts. */
export const poolingCases: readonly Case[] = [
  // MaxPooling2D: poolSize 2, strides = poolSize, valid
  { code: `maxPooling2d()(input({ shape: [28, 28, 1] }))`, shape: [null, 14, 14, 1] },
  { code: `maxPooling2d().apply(input({ shape: [55, 55, 96] }))`, shape: [null, 27, 27, 96] },
  { code: `maxPooling2d({ padding: "same" })(input({ shape: [55, 55, 96] }))`, shape: [null, 28, 28, 96] },
  { code: `maxPooling2d({ poolSize: 3, strides: 2 })(input({ shape: [55, 55, 96] }))`, shape: [null, 27, 27, 96] },
  { code: `maxPooling2d({ poolSize: 3 })(input({ shape: [55, 55, 96] }))`, shape: [null, 18, 18, 96] },
  { code: `maxPooling2d({ poolSize: 3, strides: null })(input({ shape: [9, 9, 4] }))`, shape: [null, 3, 3, 4] },
  { code: `maxPooling2d({ poolSize: 2, strides: 1 })(input({ shape: [28, 28, 1] }))`, shape: [null, 27, 27, 1] },
  { code: `maxPooling2d({ poolSize: [2, 3], strides: [1, 3] })(input({ shape: [10, 9, 4] }))`, shape: [null, 9, 3, 4] },
  { code: `maxPooling2d({ poolSize: [3, 3], strides: 2, padding: "same" })(input({ shape: [7, 8, 4] }))`, shape: [null, 4, 4, 4] },
  { code: `maxPooling2d({ poolSize: 28 })(input({ shape: [28, 28, 1] }))`, shape: [null, 1, 1, 1] },
  { code: `maxPooling2d({ dataFormat: "channelsFirst" })(input({ shape: [3, 32, 32] }))`, shape: [null, 3, 16, 16] },
  { code: `maxPooling2d({ dataFormat: "channelsFirst", poolSize: [4, 2] })(input({ shape: [3, 32, 32] }))`, shape: [null, 3, 8, 16] },
  { code: `maxPooling2d()(input({ shape: [28, 28, 1], batchSize: 32 }))`, shape: [32, 14, 14, 1] },
  // unknown sizes, the channels axis included (pooling has no weights)
  { code: `maxPooling2d()(input({ shape: [null, 28, 1] }))`, shape: [null, null, 14, 1] },
  { code: `maxPooling2d({ padding: "same" })(input({ shape: [null, 5, 1] }))`, shape: [null, null, 3, 1] },
  { code: `maxPooling2d()(input({ shape: [28, 28, null] }))`, shape: [null, 14, 14, null] },
  { code: `maxPooling2d({ dataFormat: "channelsFirst" })(input({ shape: [null, 8, 8] }))`, shape: [null, null, 4, 4] },
  { code: `maxPooling2d({ poolSize: 5 })(input({ shape: [null, null, 3] }))`, shape: [null, null, null, 3] },
  // MaxPooling1D and 3D
  { code: `maxPooling1d()(input({ shape: [100, 8] }))`, shape: [null, 50, 8] },
  { code: `maxPooling1d({ poolSize: 3, strides: 1, padding: "same" })(input({ shape: [100, 8] }))`, shape: [null, 100, 8] },
  { code: `maxPooling1d({ poolSize: [5] })(input({ shape: [100, 8] }))`, shape: [null, 20, 8] },
  { code: `maxPooling1d({ dataFormat: "channelsFirst" })(input({ shape: [8, 100] }))`, shape: [null, 8, 50] },
  { code: `maxPooling3d()(input({ shape: [16, 28, 28, 1] }))`, shape: [null, 8, 14, 14, 1] },
  { code: `maxPooling3d({ poolSize: [1, 2, 2] })(input({ shape: [16, 28, 28, 1] }))`, shape: [null, 16, 14, 14, 1] },
  { code: `maxPooling3d({ dataFormat: "channelsFirst", padding: "same", poolSize: 3 })(input({ shape: [2, 16, 28, 29] }))`, shape: [null, 2, 6, 10, 10] },
  // AveragePooling
  { code: `averagePooling1d({ poolSize: 4 })(input({ shape: [100, 8] }))`, shape: [null, 25, 8] },
  { code: `averagePooling1d({ poolSize: 2, padding: "same" })(input({ shape: [5, 8] }))`, shape: [null, 3, 8] },
  { code: `averagePooling2d({ poolSize: 7 })(input({ shape: [7, 7, 2048] }))`, shape: [null, 1, 1, 2048] },
  { code: `averagePooling2d({ poolSize: [2, 3], strides: 1 })(input({ shape: [5, 5, 2] }))`, shape: [null, 4, 3, 2] },
  { code: `averagePooling2d({ poolSize: 2, dataFormat: "channelsFirst" })(input({ shape: [6, 28, null] }))`, shape: [null, 6, 14, null] },
  { code: `averagePooling3d({ poolSize: 3 })(input({ shape: [30, 30, 30, 3] }))`, shape: [null, 10, 10, 10, 3] },
  // global pooling
  { code: `globalAveragePooling2d()(input({ shape: [7, 7, 2048] }))`, shape: [null, 2048] },
  { code: `globalAveragePooling2d({ keepdims: true })(input({ shape: [7, 7, 2048] }))`, shape: [null, 1, 1, 2048] },
  { code: `globalAveragePooling2d({ dataFormat: "channelsFirst" })(input({ shape: [64, 7, 7] }))`, shape: [null, 64] },
  { code: `globalMaxPooling2d({ dataFormat: "channelsFirst", keepdims: true })(input({ shape: [64, 7, 7] }))`, shape: [null, 64, 1, 1] },
  { code: `globalMaxPooling2d()(input({ shape: [null, null, 3] }))`, shape: [null, 3] },
  { code: `globalMaxPooling2d()(input({ shape: [7, 7, null], batchSize: 4 }))`, shape: [4, null] },
  { code: `globalAveragePooling1d({ keepdims: true })(input({ shape: [100, 8] }))`, shape: [null, 1, 8] },
  { code: `globalMaxPooling1d({ dataFormat: "channelsFirst" })(input({ shape: [8, 100] }))`, shape: [null, 8] },
  { code: `globalAveragePooling3d()(input({ shape: [16, 28, 28, 1] }))`, shape: [null, 1] },
  { code: `globalMaxPooling3d({ keepdims: true, dataFormat: "channelsFirst" })(input({ shape: [4, 8, 8, 8] }))`, shape: [null, 4, 1, 1, 1] },
  // as the first layer of a Sequential
  { code: `sequential({ layers: [maxPooling2d({ inputShape: [28, 28, 1] }), flatten()] }).outputShape`, shape: [null, 196] },
  { code: `sequential({ layers: [globalAveragePooling1d({ batchInputShape: [4, 10, 3] })] }).outputShape`, shape: [4, 3] },

  // the input's rank, both layouts named
  { code: `maxPooling2d()(input({ shape: [784] }))`, error: "MaxPooling2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 784) of rank 2. Fix: give the input that layout, e.g. input({ shape: [28, 28, 1] })." },
  { code: `maxPooling2d({ dataFormat: "channelsFirst" })(input({ shape: [28, 28] }))`, error: "MaxPooling2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 28, 28) of rank 3. Fix: give the input that layout, e.g. input({ shape: [1, 28, 28] })." },
  { code: `maxPooling1d()(input({ shape: [28, 28, 1] }))`, error: "MaxPooling1D needs an input of rank 3, (batch, steps, features) with channelsLast, or (batch, features, steps) with channelsFirst, but got (None, 28, 28, 1) of rank 4." },
  { code: `averagePooling3d({ poolSize: 2 })(input({ shape: [28, 28, 1] }))`, error: "AveragePooling3D needs an input of rank 5, (batch, dim1, dim2, dim3, channels) with channelsLast, or (batch, channels, dim1, dim2, dim3) with channelsFirst, but got (None, 28, 28, 1) of rank 4." },
  { code: `globalAveragePooling2d()(input({ shape: [2048] }))`, error: "GlobalAveragePooling2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 2048) of rank 2. Fix: give the input that layout, e.g. input({ shape: [28, 28, 1] })." },
  { code: `globalMaxPooling1d()(input({ shape: [7, 7, 3] }))`, error: "GlobalMaxPooling1D needs an input of rank 3, (batch, steps, features) with channelsLast, or (batch, features, steps) with channelsFirst, but got (None, 7, 7, 3) of rank 4." },
  // a window larger than the input with "valid"
  { code: `maxPooling2d()(input({ shape: [1, 28, 3] }))`, error: `MaxPooling2D: the pool window spans 2 along axis 1 (rows), but the input has only 1 there: (None, 1, 28, 3). Fix: use padding: "same", a smaller window, or a larger input.` },
  { code: `maxPooling2d({ poolSize: 5 })(input({ shape: [7, 4, 3] }))`, error: "MaxPooling2D: the pool window spans 5 along axis 2 (cols), but the input has only 4 there: (None, 7, 4, 3)." },
  { code: `averagePooling2d({ poolSize: [2, 3], dataFormat: "channelsFirst" })(input({ shape: [8, 9, 2] }))`, error: "AveragePooling2D: the pool window spans 3 along axis 3 (cols), but the input has only 2 there: (None, 8, 9, 2)." },
  { code: `maxPooling1d({ poolSize: 4 })(input({ shape: [3, 8] }))`, error: "MaxPooling1D: the pool window spans 4 along axis 1 (steps), but the input has only 3 there: (None, 3, 8)." },
  { code: `maxPooling3d()(input({ shape: [4, 4, 1, 6] }))`, error: "MaxPooling3D: the pool window spans 2 along axis 3 (dim3), but the input has only 1 there: (None, 4, 4, 1, 6)." },
  // options
  { code: `maxPooling2d({ poolSize: 0 })`, error: "MaxPooling2D: poolSize must be a positive integer or a list of 2 positive integers (the window each output value summarizes), but got 0. Fix: use e.g. poolSize: 2." },
  { code: `maxPooling2d({ poolSize: -2 })`, error: "MaxPooling2D: poolSize must be a positive integer or a list of 2 positive integers (the window each output value summarizes), but got -2." },
  { code: `maxPooling2d({ poolSize: [2, 0] })`, error: "MaxPooling2D: poolSize must be a positive integer or a list of 2 positive integers (the window each output value summarizes), but got [2, 0]." },
  { code: `averagePooling2d({ poolSize: 1.5 })`, error: "AveragePooling2D: poolSize must be a positive integer or a list of 2 positive integers (the window each output value summarizes), but got 1.5." },
  { code: `maxPooling2d({ strides: 0 })`, error: "MaxPooling2D: strides must be a positive integer or a list of 2 positive integers (how far the window moves each step), but got 0. Fix: use e.g. strides: 2." },
  { code: `averagePooling1d({ poolSize: 2, strides: -1 })`, error: "AveragePooling1D: strides must be a positive integer or a list of 1 positive integers (how far the window moves each step), but got -1." },
  { code: `maxPooling2d({ poolSize: 2, kernelSize: 2 })`, error: `MaxPooling2D has no option "kernelSize". Fix: check the spelling; MaxPooling2D takes poolSize, strides, padding, dataFormat, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize.` },
  { code: `globalAveragePooling2d({ keepdims: true, poolSize: 2 })`, error: `GlobalAveragePooling2D has no option "poolSize". Fix: check the spelling; GlobalAveragePooling2D takes dataFormat, keepdims, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize.` },
  { code: `maxPooling2d({ inputShape: [28, 28, 1] })(input({ shape: [32, 32, 3] }))`, error: "MaxPooling2D: the layer was declared with batch input shape (None, 28, 28, 1), but is called on (None, 32, 32, 3)." },
  { code: `maxPooling2d({ inputShape: [28, 28, 1], batchInputShape: [1, 28, 28, 1] })`, error: "MaxPooling2D: the input shape is given twice, as inputShape and as batchInputShape." },
];
