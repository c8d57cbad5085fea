import type { Case } from "../cases.js";

/**
 * Cases of the padding layers (ZeroPadding, Cropping, UpSampling, 1D to 3D): see ../cases.ts. The
 * shapes of Keras 3's own docstring examples and tests are marked "Keras:"; ResNet50's stem is from
 * keras/src/applications/resnet.py.
 */
export const paddingCases: readonly Case[] = [
  // --- ZeroPadding -------------------------------------------------------------------------------------
  // Keras: ZeroPadding1D(padding=2) on (2, 2, 3) gives (2, 6, 3).
  { code: `zeroPadding1d({ padding: 2 })(input({ batchShape: [2, 2, 3] }))`, shape: [2, 6, 3] },
  { code: `zeroPadding1d()(input({ shape: [5, 3] }))`, shape: [null, 7, 3] },
  { code: `zeroPadding1d({ padding: [1, 4] })(input({ shape: [5, 3] }))`, shape: [null, 10, 3] },
  { code: `zeroPadding1d({ padding: [0, 2], dataFormat: "channelsFirst" })(input({ shape: [3, 5] }))`, shape: [null, 3, 7] },
  { code: `zeroPadding1d({ padding: 2 })(input({ shape: [null, 3] }))`, shape: [null, null, 3] },
  // Keras: ZeroPadding2D(padding=1) on (1, 1, 2, 2) gives (1, 3, 4, 2).
  { code: `zeroPadding2d({ padding: 1 })(input({ batchShape: [1, 1, 2, 2] }))`, shape: [1, 3, 4, 2] },
  { code: `zeroPadding2d()(input({ shape: [28, 28, 1] }))`, shape: [null, 30, 30, 1] },
  { code: `zeroPadding2d({ padding: [2, 3] })(input({ shape: [28, 28, 1] }))`, shape: [null, 32, 34, 1] },
  { code: `zeroPadding2d({ padding: [[1, 2], [3, 4]] })(input({ shape: [28, 28, 1] }))`, shape: [null, 31, 35, 1] },
  { code: `zeroPadding2d({ padding: [[1, 2], 3] })(input({ shape: [28, 28, 1] }))`, shape: [null, 31, 34, 1] },
  { code: `zeroPadding2d({ padding: [[1, 2], [3, 4]], dataFormat: "channelsFirst" })(input({ shape: [1, 28, 28] }))`, shape: [null, 1, 31, 35] },
  { code: `zeroPadding2d({ padding: 0 })(input({ shape: [28, 28, 1] }))`, shape: [null, 28, 28, 1] },
  { code: `zeroPadding2d({ padding: 2 })(input({ shape: [null, 28, null] }))`, shape: [null, null, 32, null] },
  { code: `zeroPadding2d({ padding: 2, inputShape: [28, 28, 1] })(input({ batchShape: [4, 28, 28, 1] }))`, shape: [4, 32, 32, 1] },
  // Keras: ZeroPadding3D(padding=2) on (1, 1, 2, 2, 3) gives (1, 5, 6, 6, 3).
  { code: `zeroPadding3d({ padding: 2 })(input({ batchShape: [1, 1, 2, 2, 3] }))`, shape: [1, 5, 6, 6, 3] },
  { code: `zeroPadding3d()(input({ shape: [16, 28, 28, 1] }))`, shape: [null, 18, 30, 30, 1] },
  { code: `zeroPadding3d({ padding: [[1, 0], 0, [2, 3]] })(input({ shape: [16, 28, 28, 1] }))`, shape: [null, 17, 28, 33, 1] },
  { code: `zeroPadding3d({ padding: [1, 2, 3], dataFormat: "channelsFirst" })(input({ shape: [1, 16, 28, 28] }))`, shape: [null, 1, 18, 32, 34] },

  // ResNet50's stem (keras/src/applications/resnet.py): pad 3, 7x7 conv stride 2, pad 1, 3x3 max pool stride 2.
  { code: `zeroPadding2d({ padding: [3, 3] })(input({ shape: [224, 224, 3] }))`, shape: [null, 230, 230, 3] },
  { code: `zeroPadding2d({ padding: [[3, 3], [3, 3]] })(input({ shape: [224, 224, 3] }))`, shape: [null, 230, 230, 3] },
  { code: `conv2d({ filters: 64, kernelSize: 7, strides: 2 })(zeroPadding2d({ padding: [3, 3] })(input({ shape: [224, 224, 3] })))`, shape: [null, 112, 112, 64] },
  { code: `zeroPadding2d({ padding: 1 })(conv2d({ filters: 64, kernelSize: 7, strides: 2 })(zeroPadding2d({ padding: [3, 3] })(input({ shape: [224, 224, 3] }))))`, shape: [null, 114, 114, 64] },
  {
    code: `sequential().add(zeroPadding2d({ padding: [3, 3], inputShape: [224, 224, 3] })).add(conv2d({ filters: 64, kernelSize: 7, strides: 2 })).add(zeroPadding2d({ padding: [[1, 1], [1, 1]] })).add(maxPooling2d({ poolSize: 3, strides: 2 })).outputShape`,
    shape: [null, 56, 56, 64],
  },

  // --- Cropping ---------------------------------------------------------------------------------------
  // Keras: Cropping1D((1, 2)) on (3, 5, 7) gives (3, 2, 7); the default crops 1 off each end.
  { code: `cropping1d({ cropping: [1, 2] })(input({ batchShape: [3, 5, 7] }))`, shape: [3, 2, 7] },
  { code: `cropping1d()(input({ shape: [5, 7] }))`, shape: [null, 3, 7] },
  { code: `cropping1d({ cropping: [0, 1] })(input({ shape: [5, 7] }))`, shape: [null, 4, 7] },
  { code: `cropping1d({ cropping: [1, 2] })(input({ batchShape: [1, null, 7] }))`, shape: [1, null, 7] },
  // Keras: Cropping2D(((2, 2), (4, 4))) on (2, 28, 28, 3) gives (2, 24, 20, 3).
  { code: `cropping2d({ cropping: [[2, 2], [4, 4]] })(input({ batchShape: [2, 28, 28, 3] }))`, shape: [2, 24, 20, 3] },
  { code: `cropping2d()(input({ shape: [28, 28, 3] }))`, shape: [null, 28, 28, 3] },
  { code: `cropping2d({ cropping: [2, 4] })(input({ shape: [28, 28, 3] }))`, shape: [null, 24, 20, 3] },
  { code: `cropping2d({ cropping: 2, dataFormat: "channelsFirst" })(input({ shape: [3, 28, null] }))`, shape: [null, 3, 24, null] },
  { code: `cropping2d({ cropping: [[24, 25], 0] })(input({ shape: [50, 50, 3] }))`, shape: [null, 1, 50, 3] },
  // Keras: Cropping3D((2, 4, 2)) on (2, 28, 28, 10, 3) gives (2, 24, 20, 6, 3); the default crops 1 off each side.
  { code: `cropping3d({ cropping: [2, 4, 2] })(input({ batchShape: [2, 28, 28, 10, 3] }))`, shape: [2, 24, 20, 6, 3] },
  { code: `cropping3d()(input({ shape: [4, 4, 4, 1] }))`, shape: [null, 2, 2, 2, 1] },
  { code: `cropping3d({ cropping: [[1, 0], 2, [0, 3]], dataFormat: "channelsFirst" })(input({ shape: [1, 8, 8, 8] }))`, shape: [null, 1, 7, 4, 5] },

  // --- UpSampling -------------------------------------------------------------------------------------
  // Keras: UpSampling1D(size=2) on (2, 2, 3) gives (2, 4, 3).
  { code: `upSampling1d({ size: 2 })(input({ batchShape: [2, 2, 3] }))`, shape: [2, 4, 3] },
  { code: `upSampling1d()(input({ shape: [null, 3] }))`, shape: [null, null, 3] },
  { code: `upSampling1d({ size: 5 })(input({ shape: [10, 3] }))`, shape: [null, 50, 3] },
  // Keras: UpSampling2D(size=(1, 2)) on (2, 2, 1, 3) gives (2, 2, 2, 3).
  { code: `upSampling2d({ size: [1, 2] })(input({ batchShape: [2, 2, 1, 3] }))`, shape: [2, 2, 2, 3] },
  { code: `upSampling2d()(input({ shape: [14, 14, 64] }))`, shape: [null, 28, 28, 64] },
  { code: `upSampling2d({ size: [2, 3], dataFormat: "channelsFirst", interpolation: "bilinear" })(input({ shape: [2, 11, 12] }))`, shape: [null, 2, 22, 36] },
  { code: `upSampling2d({ size: 4, interpolation: "bicubic" })(input({ shape: [null, 7, 1] }))`, shape: [null, null, 28, 1] },
  // Keras: UpSampling3D(size=(2, 2, 2)) on (2, 1, 2, 1, 3) gives (2, 2, 4, 2, 3).
  { code: `upSampling3d({ size: [2, 2, 2] })(input({ batchShape: [2, 1, 2, 1, 3] }))`, shape: [2, 2, 4, 2, 3] },
  { code: `upSampling3d({ size: [1, 2, 3], dataFormat: "channelsFirst" })(input({ shape: [3, 4, 4, 4] }))`, shape: [null, 3, 4, 8, 12] },
  // A decoder that undoes a pooling: 28 -> 14 -> 28, cropped back to 27 and padded to 29.
  {
    code: `sequential({ layers: [input({ shape: [28, 28, 1] }), maxPooling2d({ poolSize: 2 }), upSampling2d(), cropping2d({ cropping: [[1, 0], [0, 1]] }), zeroPadding2d()] }).outputShape`,
    shape: [null, 29, 29, 1],
  },

  // --- errors: the input --------------------------------------------------------------------------------
  // Keras: Cropping1D((2, 3)) on (3, 5, 7) raises: nothing would be left.
  { code: `cropping1d({ cropping: [2, 3] })(input({ batchShape: [3, 5, 7] }))`, error: "Cropping1D: cropping 2 + 3 from axis 1 (steps) of size 5 leaves nothing: the input is (3, 5, 7). Fix: crop less than 5 in total along steps, or use a larger input." },
  { code: `cropping2d({ cropping: 30 })(input({ shape: [50, 50, 3] }))`, error: "Cropping2D: cropping 30 + 30 from axis 1 (rows) of size 50 leaves nothing: the input is (None, 50, 50, 3). Fix: crop less than 50 in total along rows, or use a larger input." },
  { code: `cropping2d({ cropping: [0, 10] })(input({ shape: [50, 20, 3] }))`, error: "Cropping2D: cropping 10 + 10 from axis 2 (cols) of size 20 leaves nothing: the input is (None, 50, 20, 3)." },
  { code: `cropping2d({ cropping: [[1, 1], [2, 1]], dataFormat: "channelsFirst" })(input({ shape: [3, 20, 3] }))`, error: "Cropping2D: cropping 2 + 1 from axis 3 (cols) of size 3 leaves nothing: the input is (None, 3, 20, 3)." },
  { code: `cropping3d()(input({ shape: [4, 2, 4, 1] }))`, error: "Cropping3D: cropping 1 + 1 from axis 2 (dim2) of size 2 leaves nothing: the input is (None, 4, 2, 4, 1)." },
  { code: `zeroPadding2d()(input({ shape: [28, 28] }))`, error: "ZeroPadding2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 28, 28) of rank 3. Fix: give the input that layout, e.g. input({ shape: [28, 28, 1] })." },
  { code: `zeroPadding1d({ dataFormat: "channelsFirst" })(input({ shape: [8] }))`, error: "ZeroPadding1D needs an input of rank 3, (batch, steps, features) with channelsLast, or (batch, features, steps) with channelsFirst, but got (None, 8) of rank 2. Fix: give the input that layout, e.g. input({ shape: [8, 100] })." },
  { code: `zeroPadding3d()(input({ shape: [28, 28, 1] }))`, error: "ZeroPadding3D needs an input of rank 5, (batch, dim1, dim2, dim3, channels) with channelsLast, or (batch, channels, dim1, dim2, dim3) with channelsFirst, but got (None, 28, 28, 1) of rank 4." },
  { code: `cropping1d()(input({ shape: [28, 28, 1] }))`, error: "Cropping1D needs an input of rank 3, (batch, steps, features), but got (None, 28, 28, 1) of rank 4. Fix: give the input that layout, e.g. input({ shape: [100, 8] })." },
  { code: `cropping2d()(input({ shape: [28] }))`, error: "Cropping2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 28) of rank 2." },
  { code: `upSampling1d()(input({ shape: [28, 28, 1] }))`, error: "UpSampling1D needs an input of rank 3, (batch, steps, features), but got (None, 28, 28, 1) of rank 4." },
  { code: `upSampling2d()(input({ shape: [28, 1] }))`, error: "UpSampling2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 28, 1) of rank 3." },
  { code: `upSampling3d({ dataFormat: "channelsFirst" })(input({ shape: [28, 28, 1] }))`, error: "UpSampling3D needs an input of rank 5, (batch, dim1, dim2, dim3, channels) with channelsLast, or (batch, channels, dim1, dim2, dim3) with channelsFirst, but got (None, 28, 28, 1) of rank 4. Fix: give the input that layout, e.g. input({ shape: [1, 16, 28, 28] })." },
  { code: `zeroPadding2d({ padding: 1, inputShape: [28, 28, 1] })(input({ shape: [28, 28, 3] }))`, error: "ZeroPadding2D: the layer was declared with batch input shape (None, 28, 28, 1), but is called on (None, 28, 28, 3)." },
  { code: `sequential({ layers: [input({ shape: [8, 8, 1] }), cropping2d({ cropping: 2 }), cropping2d({ cropping: 2 })] })`, error: "Sequential layer 2: Cropping2D: cropping 2 + 2 from axis 1 (rows) of size 4 leaves nothing: the input is (None, 4, 4, 1)." },

  // --- errors: the options ----------------------------------------------------------------------------
  { code: `zeroPadding2d({ padding: -1 })`, error: "ZeroPadding2D: padding must be a number, a list of 2 (one per axis: [rows, cols]), or a list of 2 [before, after] pairs, all non-negative integers, but got -1. Fix: use e.g. padding: [[1, 1], [2, 2]]." },
  { code: `zeroPadding2d({ padding: [[1, -2], 3] })`, error: "ZeroPadding2D: padding must be a number, a list of 2 (one per axis: [rows, cols]), or a list of 2 [before, after] pairs, all non-negative integers, but got [[1, -2], 3]." },
  { code: `zeroPadding2d({ padding: [1, 2, 3] })`, error: "ZeroPadding2D: padding must be a number, a list of 2 (one per axis: [rows, cols]), or a list of 2 [before, after] pairs, all non-negative integers, but got [1, 2, 3]." },
  { code: `zeroPadding1d({ padding: 1.5 })`, error: "ZeroPadding1D: padding must be a number or a [before, after] pair, all non-negative integers, but got 1.5. Fix: use e.g. padding: [1, 2]." },
  { code: `zeroPadding1d({ padding: [[1, 2]] })`, error: "ZeroPadding1D: padding must be a number or a [before, after] pair, all non-negative integers, but got [[1, 2]]." },
  { code: `zeroPadding3d({ padding: [1, 2] })`, error: "ZeroPadding3D: padding must be a number, a list of 3 (one per axis: [dim1, dim2, dim3]), or a list of 3 [before, after] pairs, all non-negative integers, but got [1, 2]. Fix: use e.g. padding: [1, 2, 2]." },
  { code: `cropping2d({ cropping: -3 })`, error: "Cropping2D: cropping must be a number, a list of 2 (one per axis: [rows, cols]), or a list of 2 [before, after] pairs, all non-negative integers, but got -3." },
  { code: `cropping1d({ cropping: [1, 2, 3] })`, error: "Cropping1D: cropping must be a number or a [before, after] pair, all non-negative integers, but got [1, 2, 3]." },
  { code: `cropping3d({ cropping: [[1, 1, 1], 2, 2] })`, error: "Cropping3D: cropping must be a number, a list of 3 (one per axis: [dim1, dim2, dim3]), or a list of 3 [before, after] pairs, all non-negative integers, but got [[1, 1, 1], 2, 2]." },
  { code: `cropping1d({ cropping: 1, dataFormat: "channelsFirst" })`, error: `Cropping1D has no option "dataFormat". Fix: check the spelling; Cropping1D takes cropping, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize.` },
  { code: `zeroPadding2d({ pading: 1 })`, error: `ZeroPadding2D has no option "pading". Fix: check the spelling; ZeroPadding2D takes padding, dataFormat, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize.` },
  { code: `upSampling2d({ size: 0 })`, error: "UpSampling2D: size must be a positive integer or a list of 2 positive integers (the factor each spatial axis is repeated by), but got 0. Fix: use e.g. size: 2." },
  { code: `upSampling2d({ size: [2, 2, 2] })`, error: "UpSampling2D: size must be a positive integer or a list of 2 positive integers (the factor each spatial axis is repeated by), but got [2, 2, 2]." },
  { code: `upSampling3d({ size: [2, 0, 2] })`, error: "UpSampling3D: size must be a positive integer or a list of 3 positive integers (the factor each spatial axis is repeated by), but got [2, 0, 2]." },
  { code: `upSampling1d({ size: 0 })`, error: "UpSampling1D: size must be a positive integer (how many times each step is repeated), but got 0. Fix: use e.g. size: 2." },
  { code: `upSampling1d({ size: [2] })`, error: "UpSampling1D: size must be a positive integer (how many times each step is repeated), but got [2]." },
  { code: `upSampling1d({ size: 2, dataFormat: "channelsLast" })`, error: `UpSampling1D has no option "dataFormat". Fix: check the spelling; UpSampling1D takes size, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize.` },
  { code: `upSampling3d({ interpolation: "nearest" })`, error: `UpSampling3D has no option "interpolation".` },
  { code: `zeroPadding2d({ inputShape: [28, 28, 0] })`, error: "ZeroPadding2D: every size in inputShape must be a positive integer or null, but got 0." },
];
