// Padding layers (ZeroPadding, Cropping, UpSampling, 1D to 3D): every way their input or options can be
// wrong, with the sentence the compiler shows.
import {
  cropping1d,
  cropping2d,
  cropping3d,
  input,
  sequential,
  upSampling1d,
  upSampling2d,
  upSampling3d,
  zeroPadding1d,
  zeroPadding2d,
  zeroPadding3d,
} from "../../src/index.js";

// --- cropping more than the axis has --------------------------------------------------------------------
// Both sides together take all 50 rows.
// error: Argument of type 'SymbolicTensor<[null, 50, 50, 3]>' is not assignable to parameter of type '"Cropping2D: cropping 30 + 30 from axis 1 (rows) of size 50 leaves nothing: the input is (None, 50, 50, 3). Fix: crop less than 50 in total along rows, or use a larger input."'
cropping2d({ cropping: 30 })(input({ shape: [50, 50, 3] }));

// Exactly the axis's size leaves nothing too (Keras 3 needs at least one element left).
// error: Cropping1D: cropping 2 + 3 from axis 1 (steps) of size 5 leaves nothing: the input is (3, 5, 7). Fix: crop less than 5 in total along steps, or use a larger input.
cropping1d({ cropping: [2, 3] }).apply(input({ batchShape: [3, 5, 7] }));

// The first axis that fails is named: here cols, with the channels first.
// error: Cropping2D: cropping 2 + 1 from axis 3 (cols) of size 3 leaves nothing: the input is (None, 3, 20, 3).
cropping2d({ cropping: [[1, 1], [2, 1]], dataFormat: "channelsFirst" })(input({ shape: [3, 20, 3] }));

// Cropping3D crops 1 off each side by default.
// error: Cropping3D: cropping 1 + 1 from axis 2 (dim2) of size 2 leaves nothing: the input is (None, 4, 2, 4, 1).
cropping3d()(input({ shape: [4, 2, 4, 1] }));

// Inside a Sequential, the layer that fails is named by its position.
// error: Sequential layer 2: Cropping2D: cropping 2 + 2 from axis 1 (rows) of size 4 leaves nothing: the input is (None, 4, 4, 1).
sequential({ layers: [input({ shape: [8, 8, 1] }), cropping2d({ cropping: 2 }), cropping2d({ cropping: 2 })] });

// --- the input's rank -------------------------------------------------------------------------------------
// A layer that takes dataFormat names both layouts.
// error: Argument of type 'SymbolicTensor<[null, 28, 28]>' is not assignable to parameter of type '"ZeroPadding2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 28, 28) of rank 3. Fix: give the input that layout, e.g. input({ shape: [28, 28, 1] })."'
zeroPadding2d()(input({ shape: [28, 28] }));

// The example in the fix follows the data format.
// error: ZeroPadding1D needs an input of rank 3, (batch, steps, features) with channelsLast, or (batch, features, steps) with channelsFirst, but got (None, 8) of rank 2. Fix: give the input that layout, e.g. input({ shape: [8, 100] }).
zeroPadding1d({ dataFormat: "channelsFirst" })(input({ shape: [8] }));

// error: ZeroPadding3D needs an input of rank 5, (batch, dim1, dim2, dim3, channels) with channelsLast, or (batch, channels, dim1, dim2, dim3) with channelsFirst, but got (None, 28, 28, 1) of rank 4. Fix: give the input that layout, e.g. input({ shape: [16, 28, 28, 1] }).
zeroPadding3d()(input({ shape: [28, 28, 1] }));

// Cropping1D and UpSampling1D take no dataFormat, so they name the one layout.
// error: Cropping1D needs an input of rank 3, (batch, steps, features), but got (None, 28, 28, 1) of rank 4. Fix: give the input that layout, e.g. input({ shape: [100, 8] }).
cropping1d()(input({ shape: [28, 28, 1] }));

// error: UpSampling1D needs an input of rank 3, (batch, steps, features), but got (None, 28, 28, 1) of rank 4. Fix: give the input that layout, e.g. input({ shape: [100, 8] }).
upSampling1d()(input({ shape: [28, 28, 1] }));

// error: UpSampling2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 28, 1) of rank 3.
upSampling2d()(input({ shape: [28, 1] }));

// error: UpSampling3D needs an input of rank 5, (batch, dim1, dim2, dim3, channels) with channelsLast, or (batch, channels, dim1, dim2, dim3) with channelsFirst, but got (None, 28, 28, 1) of rank 4. Fix: give the input that layout, e.g. input({ shape: [1, 16, 28, 28] }).
upSampling3d({ dataFormat: "channelsFirst" })(input({ shape: [28, 28, 1] }));

// A union of inputs fails if any member fails.
declare const maybeFlat: ReturnType<typeof input<{ shape: [28, 28] }>> | ReturnType<typeof input<{ shape: [28, 28, 1] }>>;
// error: Cropping2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 28, 28) of rank 3.
cropping2d({ cropping: 1 })(maybeFlat);

// A declared input that the data does not match.
// error: ZeroPadding2D: the layer was declared with batch input shape (None, 28, 28, 1), but is called on (None, 28, 28, 3).
zeroPadding2d({ padding: 1, inputShape: [28, 28, 1] })(input({ shape: [28, 28, 3] }));

// --- the margins: negative, fractional, or of the wrong form ------------------------------------------
// error: Type 'number' is not assignable to type '"ZeroPadding2D: padding must be a number, a list of 2 (one per axis: [rows, cols]), or a list of 2 [before, after] pairs, all non-negative integers, but got -1. Fix: use e.g. padding: [[1, 1], [2, 2]]."'
zeroPadding2d({ padding: -1 });

// One negative number deep inside is enough.
// error: ZeroPadding2D: padding must be a number, a list of 2 (one per axis: [rows, cols]), or a list of 2 [before, after] pairs, all non-negative integers, but got [[1, -2], 3].
zeroPadding2d({ padding: [[1, -2], 3] });

// A list of the wrong length gets shapeflow's message, not the compiler's.
// error: ZeroPadding2D: padding must be a number, a list of 2 (one per axis: [rows, cols]), or a list of 2 [before, after] pairs, all non-negative integers, but got [1, 2, 3].
zeroPadding2d({ padding: [1, 2, 3] });

// error: ZeroPadding1D: padding must be a number or a [before, after] pair, all non-negative integers, but got 1.5. Fix: use e.g. padding: [1, 2].
zeroPadding1d({ padding: 1.5 });

// In 1D a list is [before, after] itself, not a list of pairs.
// error: ZeroPadding1D: padding must be a number or a [before, after] pair, all non-negative integers, but got [[1, 2]].
zeroPadding1d({ padding: [[1, 2]] });

// error: ZeroPadding3D: padding must be a number, a list of 3 (one per axis: [dim1, dim2, dim3]), or a list of 3 [before, after] pairs, all non-negative integers, but got [1, 2]. Fix: use e.g. padding: [1, 2, 2].
zeroPadding3d({ padding: [1, 2] });

// error: Cropping2D: cropping must be a number, a list of 2 (one per axis: [rows, cols]), or a list of 2 [before, after] pairs, all non-negative integers, but got -3. Fix: use e.g. cropping: [[1, 1], [2, 2]].
cropping2d({ cropping: -3 });

// error: Cropping1D: cropping must be a number or a [before, after] pair, all non-negative integers, but got [1, 2, 3].
cropping1d({ cropping: [1, 2, 3] });

// A pair of three is not a pair.
// error: Cropping3D: cropping must be a number, a list of 3 (one per axis: [dim1, dim2, dim3]), or a list of 3 [before, after] pairs, all non-negative integers, but got [[1, 1, 1], 2, 2].
cropping3d({ cropping: [[1, 1, 1], 2, 2] });

// --- sizes ---------------------------------------------------------------------------------------------------
// error: Type 'number' is not assignable to type '"UpSampling2D: size must be a positive integer or a list of 2 positive integers (the factor each spatial axis is repeated by), but got 0. Fix: use e.g. size: 2."'
upSampling2d({ size: 0 });

// error: UpSampling2D: size must be a positive integer or a list of 2 positive integers (the factor each spatial axis is repeated by), but got [2, 2, 2].
upSampling2d({ size: [2, 2, 2] });

// error: UpSampling3D: size must be a positive integer or a list of 3 positive integers (the factor each spatial axis is repeated by), but got [2, 0, 2].
upSampling3d({ size: [2, 0, 2] });

// error: UpSampling1D: size must be a positive integer (how many times each step is repeated), but got -2. Fix: use e.g. size: 2.
upSampling1d({ size: -2 });

// Keras 3's UpSampling1D takes one integer, not a list.
// error: UpSampling1D: size must be a positive integer (how many times each step is repeated), but got [2].
upSampling1d({ size: [2] });

// --- options that do not exist, and choices outside the allowed ones ------------------------------------
// error: Cropping1D has no option "dataFormat". Fix: check the spelling; Cropping1D takes cropping, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize.
cropping1d({ cropping: 1, dataFormat: "channelsFirst" });

// error: UpSampling1D has no option "dataFormat". Fix: check the spelling; UpSampling1D takes size, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize.
upSampling1d({ size: 2, dataFormat: "channelsLast" });

// error: UpSampling3D has no option "interpolation". Fix: check the spelling; UpSampling3D takes size, dataFormat, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize.
upSampling3d({ interpolation: "nearest" });

// error: ZeroPadding2D has no option "pading". Fix: check the spelling; ZeroPadding2D takes padding, dataFormat, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize.
zeroPadding2d({ pading: 1 });

// error: Type '"cubic"' is not assignable to type 'Interpolation | undefined'.
upSampling2d({ interpolation: "cubic" });

// error: Type '"NHWC"' is not assignable to type 'DataFormat | undefined'.
zeroPadding2d({ dataFormat: "NHWC" });

// error: ZeroPadding2D: every size in inputShape must be a positive integer or null, but got 0.
zeroPadding2d({ inputShape: [28, 28, 0] });
