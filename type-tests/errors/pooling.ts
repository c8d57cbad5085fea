// Pooling layers: every way their input or options can be wrong, with the sentence the compiler shows.
import {
  averagePooling1d,
  averagePooling2d,
  averagePooling3d,
  dense,
  globalAveragePooling1d,
  globalAveragePooling2d,
  globalMaxPooling3d,
  input,
  maxPooling1d,
  maxPooling2d,
  maxPooling3d,
  sequential,
  type SymbolicTensor,
} from "../../src/index.js";
import { expectTypeOf } from "expect-type";

// --- the input's rank: the message names both layouts ------------------------------------------------
// A flat vector is not an image.
// error: Argument of type 'SymbolicTensor<[null, 784]>' is not assignable to parameter of type '"MaxPooling2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 784) of rank 2. Fix: give the input that layout, e.g. input({ shape: [28, 28, 1] })."'
maxPooling2d()(input({ shape: [784] }));

// A grey image without its channels axis.
// error: MaxPooling2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 28, 28) of rank 3.
maxPooling2d().apply(input({ shape: [28, 28] }));

// The example in the fix follows the data format.
// error: MaxPooling2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 28, 28) of rank 3. Fix: give the input that layout, e.g. input({ shape: [1, 28, 28] }).
maxPooling2d({ dataFormat: "channelsFirst" })(input({ shape: [28, 28] }));

// error: MaxPooling1D needs an input of rank 3, (batch, steps, features) with channelsLast, or (batch, features, steps) with channelsFirst, but got (None, 28, 28, 1) of rank 4. Fix: give the input that layout, e.g. input({ shape: [100, 8] }).
maxPooling1d()(input({ shape: [28, 28, 1] }));

// error: MaxPooling3D needs an input of rank 5, (batch, dim1, dim2, dim3, channels) with channelsLast, or (batch, channels, dim1, dim2, dim3) with channelsFirst, but got (None, 28, 28, 1) of rank 4. Fix: give the input that layout, e.g. input({ shape: [16, 28, 28, 1] }).
maxPooling3d()(input({ shape: [28, 28, 1] }));

// error: AveragePooling2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 10) of rank 2.
averagePooling2d({ poolSize: 2 })(input({ shape: [10] }));

// Global pooling after the spatial axes are already gone.
// error: GlobalAveragePooling2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 2048) of rank 2. Fix: give the input that layout, e.g. input({ shape: [28, 28, 1] }).
globalAveragePooling2d()(globalAveragePooling2d()(input({ shape: [7, 7, 2048] })));

// error: GlobalAveragePooling1D needs an input of rank 3, (batch, steps, features) with channelsLast, or (batch, features, steps) with channelsFirst, but got (None, 7, 7, 3) of rank 4.
globalAveragePooling1d({ keepdims: true })(input({ shape: [7, 7, 3] }));

// error: GlobalMaxPooling3D needs an input of rank 5, (batch, dim1, dim2, dim3, channels) with channelsLast, or (batch, channels, dim1, dim2, dim3) with channelsFirst, but got (None, 8, 8) of rank 3.
globalMaxPooling3d()(input({ shape: [8, 8] }));

// --- a window larger than the input, with "valid" padding -------------------------------------------
// error: MaxPooling2D: the pool window spans 2 along axis 1 (rows), but the input has only 1 there: (None, 1, 28, 3). Fix: use padding: "same", a smaller window, or a larger input.
maxPooling2d()(input({ shape: [1, 28, 3] }));

// The second axis, after the first one fit.
// error: MaxPooling2D: the pool window spans 5 along axis 2 (cols), but the input has only 4 there: (None, 7, 4, 3). Fix: use padding: "same", a smaller window, or a larger input.
maxPooling2d({ poolSize: 5 })(input({ shape: [7, 4, 3] }));

// channelsFirst: the axis index follows the layout.
// error: AveragePooling2D: the pool window spans 3 along axis 3 (cols), but the input has only 2 there: (None, 8, 9, 2).
averagePooling2d({ poolSize: [2, 3], dataFormat: "channelsFirst" })(input({ shape: [8, 9, 2] }));

// error: MaxPooling1D: the pool window spans 4 along axis 1 (steps), but the input has only 3 there: (None, 3, 8).
maxPooling1d({ poolSize: 4 })(input({ shape: [3, 8] }));

// error: AveragePooling3D: the pool window spans 2 along axis 3 (dim3), but the input has only 1 there: (None, 4, 4, 1, 6).
averagePooling3d({ poolSize: 2 })(input({ shape: [4, 4, 1, 6] }));

// Pooling twice too often shrinks the image to nothing.
const tiny = maxPooling2d()(maxPooling2d()(input({ shape: [4, 4, 1] })));
// error: MaxPooling2D: the pool window spans 2 along axis 1 (rows), but the input has only 1 there: (None, 1, 1, 1).
maxPooling2d()(tiny);

// --- poolSize and strides must be positive integers, one or one per axis ----------------------------
// error: MaxPooling2D: poolSize must be a positive integer or a list of 2 positive integers (the window each output value summarizes), but got 0. Fix: use e.g. poolSize: 2.
maxPooling2d({ poolSize: 0 });

// error: MaxPooling2D: poolSize must be a positive integer or a list of 2 positive integers (the window each output value summarizes), but got -2. Fix: use e.g. poolSize: 2.
maxPooling2d({ poolSize: -2 });

// error: MaxPooling2D: poolSize must be a positive integer or a list of 2 positive integers (the window each output value summarizes), but got 1.5.
maxPooling2d({ poolSize: 1.5 });

// error: MaxPooling2D: poolSize must be a positive integer or a list of 2 positive integers (the window each output value summarizes), but got [2, 0].
maxPooling2d({ poolSize: [2, 0] });

// Keras 3 lets strides 0 through its option check and then divides by it; here it is an option error.
// error: MaxPooling2D: strides must be a positive integer or a list of 2 positive integers (how far the window moves each step), but got 0. Fix: use e.g. strides: 2.
maxPooling2d({ strides: 0 });

// error: AveragePooling1D: strides must be a positive integer or a list of 1 positive integers (how far the window moves each step), but got -1. Fix: use e.g. strides: 2.
averagePooling1d({ poolSize: 2, strides: -1 });

// A list of the wrong length: the sentence the runtime throws (it was the compiler's own error until the
// options let a string through, session 11).
// error: MaxPooling3D: strides must be a positive integer or a list of 3 positive integers (how far the window moves each step), but got [2, 2]. Fix: use e.g. strides: 2.
maxPooling3d({ strides: [2, 2] });

// One size too many (the compiler said "Type 'number' is not assignable to type 'undefined'" at the extra one).
// error: MaxPooling2D: poolSize must be a positive integer or a list of 2 positive integers (the window each output value summarizes), but got [2, 2, 2]. Fix: use e.g. poolSize: 2.
maxPooling2d({ poolSize: [2, 2, 2] });

// AveragePooling has no default window in Keras 3.
// error: Property 'poolSize' is missing
averagePooling2d({});

// error: Expected 1 arguments, but got 0.
averagePooling2d();

// --- unknown options and values ---------------------------------------------------------------------
// error: MaxPooling2D has no option "kernelSize". Fix: check the spelling; MaxPooling2D takes poolSize, strides, padding, dataFormat, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize.
maxPooling2d({ poolSize: 2, kernelSize: 2 });

// error: GlobalAveragePooling2D has no option "poolSize". Fix: check the spelling; GlobalAveragePooling2D takes dataFormat, keepdims, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize.
globalAveragePooling2d({ keepdims: true, poolSize: 2 });

// A misspelling alone (every option is optional) gets the same sentence, not the compiler's TS2353.
// error: MaxPooling1D has no option "pool_size". Fix: did you mean poolSize? MaxPooling1D takes poolSize, strides, padding, dataFormat, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize.
maxPooling1d({ pool_size: 2 });

// error: GlobalMaxPooling3D has no option "keepDims". Fix: did you mean keepdims? GlobalMaxPooling3D takes dataFormat, keepdims, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize.
globalMaxPooling3d({ keepDims: true });

// Pooling pads only "valid" or "same"; "causal" is a Conv1D padding.
// error: Type '"causal"' is not assignable to type
maxPooling1d({ padding: "causal" });

// error: Type '"channels_last"' is not assignable to type
maxPooling2d({ dataFormat: "channels_last" });

// error: Type 'string' is not assignable to type 'boolean | undefined'.
globalAveragePooling2d({ keepdims: "yes" });

// A string in the window: the sentence the runtime throws, at that option (session 11).
// error: Type '"2"' is not assignable to type '"MaxPooling2D: poolSize must be a positive integer or a list of 2 positive integers (the window each output value summarizes), but got "2". Fix: use e.g. poolSize: 2."'.
maxPooling2d({ poolSize: "2" });
// error: Type 'string[]' is not assignable to type '"AveragePooling1D: poolSize must be a positive integer or a list of 1 positive integers (the window each output value summarizes), but got ["2"]. Fix: use e.g. poolSize: 2."'.
averagePooling1d({ poolSize: ["2"] });
// The output after it: unknown sizes on the pooled axes, not `never` (see conv.ts).
// error: but got "2". Fix: use e.g. poolSize: 2.
const afterStringPool = maxPooling2d({ poolSize: "2" })(input({ shape: [8, 8, 3] }));
// The exact type on a line of its own, so that only the error above may be on the call's line.
expectTypeOf(afterStringPool).toEqualTypeOf<SymbolicTensor<[null, number, number, 3]>>();
// error: but got "2". Fix: use e.g. strides: 2.
const afterStringPoolStrides = averagePooling3d({ poolSize: 2, strides: "2" })(input({ shape: [8, 8, 8, 3] }));
// The exact type on a line of its own, so that only the error above may be on the call's line.
expectTypeOf(afterStringPoolStrides).toEqualTypeOf<SymbolicTensor<[null, number, number, number, 3]>>();

// --- a declared input ---------------------------------------------------------------------------------
// error: MaxPooling2D: the layer was declared with batch input shape (None, 28, 28, 1), but is called on (None, 32, 32, 3). Fix: make the declared inputShape match the data, or leave it out: only the first layer of a Sequential needs it.
maxPooling2d({ inputShape: [28, 28, 1] })(input({ shape: [32, 32, 3] }));

// error: MaxPooling2D: the input shape is given twice, as inputShape and as batchInputShape.
maxPooling2d({ inputShape: [28, 28, 1], batchInputShape: [1, 28, 28, 1] });

// A Sequential that starts with a pooling layer checks the first layer's rank.
// error: GlobalAveragePooling1D needs an input of rank 3, (batch, steps, features) with channelsLast, or (batch, features, steps) with channelsFirst, but got (None, 10) of rank 2.
sequential({ layers: [globalAveragePooling1d({ inputShape: [10] }), dense({ units: 1 })] });

// --- a lone misspelt option: every pooling option is optional, yet the sentence is shapeflow's -------
// error: MaxPooling2D has no option "pool_size". Fix: did you mean poolSize? MaxPooling2D takes poolSize, strides, padding, dataFormat, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize.
maxPooling2d({ pool_size: 2 });

// error: MaxPooling3D has no option "stride". Fix: did you mean strides? MaxPooling3D takes poolSize,
maxPooling3d({ stride: 2 });

// error: GlobalAveragePooling2D has no option "keepDims". Fix: did you mean keepdims? GlobalAveragePooling2D takes dataFormat, keepdims, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize.
globalAveragePooling2d({ keepDims: true });

// error: GlobalAveragePooling1D has no option "data_format". Fix: did you mean dataFormat? GlobalAveragePooling1D takes dataFormat,
globalAveragePooling1d({ data_format: "channels_first" });

// A wrong value alone is still the compiler's own report (not taken for a misspelt key).
// error: Type '"channels_first"' is not assignable to type 'DataFormat | undefined'.
globalMaxPooling3d({ dataFormat: "channels_first" });
