// The convolution layers: every way their input or options can be wrong, with the sentence the compiler shows.
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
  type SymbolicTensor,
} from "../../src/index.js";
import { expectTypeOf } from "expect-type";

// --- the input's rank, in both layouts ----------------------------------------------------------------

// A 2D convolution on a rank-3 input: the message names both layouts and an example of the default one.
// error: Argument of type 'SymbolicTensor<[null, 28, 28]>' is not assignable to parameter of type '"Conv2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 28, 28) of rank 3. Fix: give the input that layout, e.g. input({ shape: [28, 28, 1] })."'
conv2d({ filters: 8, kernelSize: 3 })(input({ shape: [28, 28] }));

// With channelsFirst, the example follows that layout.
// error: Conv2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 1, 28, 28, 3) of rank 5. Fix: give the input that layout, e.g. input({ shape: [1, 28, 28] }).
conv2d({ filters: 8, kernelSize: 3, dataFormat: "channelsFirst" })(input({ shape: [1, 28, 28, 3] }));

// error: Conv1D needs an input of rank 3, (batch, steps, features) with channelsLast, or (batch, features, steps) with channelsFirst, but got (None, 100) of rank 2. Fix: give the input that layout, e.g. input({ shape: [100, 8] }).
conv1d({ filters: 8, kernelSize: 3 })(input({ shape: [100] }));

// error: Conv3D needs an input of rank 5, (batch, dim1, dim2, dim3, channels) with channelsLast, or (batch, channels, dim1, dim2, dim3) with channelsFirst, but got (None, 28, 28, 1) of rank 4. Fix: give the input that layout, e.g. input({ shape: [16, 28, 28, 1] }).
conv3d({ filters: 8, kernelSize: 3 })(input({ shape: [28, 28, 1] }));

// error: Conv2DTranspose needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 7, 64) of rank 3.
conv2dTranspose({ filters: 8, kernelSize: 3 })(input({ shape: [7, 64] }));

// error: Conv1DTranspose needs an input of rank 3, (batch, steps, features) with channelsLast, or (batch, features, steps) with channelsFirst, but got (None, 4, 10, 10) of rank 4. Fix: give the input that layout, e.g. input({ shape: [8, 100] }).
conv1dTranspose({ filters: 8, kernelSize: 3, dataFormat: "channelsFirst" })(input({ shape: [4, 10, 10] }));

// error: Conv3DTranspose needs an input of rank 5, (batch, dim1, dim2, dim3, channels) with channelsLast, or (batch, channels, dim1, dim2, dim3) with channelsFirst, but got (None, 8, 8, 4) of rank 4.
conv3dTranspose({ filters: 8, kernelSize: 2 }).apply(input({ shape: [8, 8, 4] }));

// error: SeparableConv2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 100, 8) of rank 3.
separableConv2d({ filters: 8, kernelSize: 3 })(input({ shape: [100, 8] }));

// error: SeparableConv1D needs an input of rank 3, (batch, steps, features) with channelsLast, or (batch, features, steps) with channelsFirst, but got (None, 28, 28, 3) of rank 4.
separableConv1d({ filters: 8, kernelSize: 3 })(input({ shape: [28, 28, 3] }));

// error: DepthwiseConv2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 112, 32) of rank 3.
depthwiseConv2d({ kernelSize: 3 })(input({ shape: [112, 32] }));

// error: DepthwiseConv1D needs an input of rank 3, (batch, steps, features) with channelsLast, or (batch, features, steps) with channelsFirst, but got (None, 12) of rank 2.
depthwiseConv1d({ kernelSize: 3 })(input({ shape: [12] }));

// --- the channels axis ----------------------------------------------------------------------------

// Weights are sized by the channels, which must be known.
// error: Conv2D needs the channels axis (axis -1 of (batch, rows, cols, channels)) of its input defined, since its weights are sized by it, but got (None, 28, 28, None). Fix: give the channels axis a size in the input shape; only other axes may be None.
conv2d({ filters: 8, kernelSize: 3 })(input({ shape: [28, 28, null] }));

// error: Conv1D needs the channels axis (axis 1 of (batch, features, steps)) of its input defined, since its weights are sized by it, but got (None, None, 100).
conv1d({ filters: 8, kernelSize: 3, dataFormat: "channelsFirst" })(input({ shape: [null, 100] }));

// error: Conv2DTranspose needs the channels axis (axis -1 of (batch, rows, cols, channels)) of its input defined, since its weights are sized by it, but got (None, 7, 7, None).
conv2dTranspose({ filters: 8, kernelSize: 3 })(input({ shape: [7, 7, null] }));

// error: SeparableConv2D needs the channels axis (axis 1 of (batch, channels, rows, cols)) of its input defined, since its weights are sized by it, but got (None, None, 32, 32).
separableConv2d({ filters: 8, kernelSize: 3, dataFormat: "channelsFirst" })(input({ shape: [null, 32, 32] }));

// error: DepthwiseConv2D needs the channels axis (axis -1 of (batch, rows, cols, channels)) of its input defined, since its weights are sized by it, but got (None, 28, 28, None).
depthwiseConv2d({ kernelSize: 3 })(input({ shape: [28, 28, null] }));

// groups must divide the input's channels.
// error: Conv2D: the input's 3 channels must divide evenly into groups 2, but they do not: (None, 28, 28, 3). Fix: make groups a divisor of the channels, or change the channels.
conv2d({ filters: 8, kernelSize: 3, groups: 2 })(input({ shape: [28, 28, 3] }));

// error: Conv1D: the input's 6 channels must divide evenly into groups 4, but they do not: (None, 6, 100).
conv1d({ filters: 8, kernelSize: 3, groups: 4, dataFormat: "channelsFirst" })(input({ shape: [6, 100] }));

// --- a window larger than the input -----------------------------------------------------------------

// error: Conv2D: the kernel (after dilation) spans 5 along axis 1 (rows), but the input has only 3 there: (None, 3, 3, 1). Fix: use padding: "same", a smaller window, or a larger input.
conv2d({ filters: 8, kernelSize: 5 })(input({ shape: [3, 3, 1] }));

// Only the axis that does not fit is named; with channelsFirst, the columns are axis 3.
// error: Conv2D: the kernel (after dilation) spans 7 along axis 3 (cols), but the input has only 6 there: (None, 1, 28, 6).
conv2d({ filters: 8, kernelSize: [3, 7], dataFormat: "channelsFirst" })(input({ shape: [1, 28, 6] }));
// channelsFirst on data laid out channels last: the last axis is where such data has its channels,
// so that is said first (review s9, finding 13). Not said for an axis before it, nor with channelsLast.
// error: Conv2D: the kernel (after dilation) spans 5 along axis 3 (cols), but the input has only 3 there: (None, 28, 28, 3). With channelsFirst the channels come first. Fix: if your data has its channels last, leave dataFormat out; else use padding: "same", a smaller window, or a larger input.
conv2d({ filters: 8, kernelSize: 5, dataFormat: "channelsFirst" })(input({ shape: [28, 28, 3] }));
// error: Conv2D: the kernel (after dilation) spans 5 along axis 2 (rows), but the input has only 3 there: (None, 28, 3, 28). Fix: use padding
conv2d({ filters: 8, kernelSize: 5, dataFormat: "channelsFirst" })(input({ shape: [28, 3, 28] }));

// Dilation widens the kernel: 4 * (3 - 1) + 1 = 9.
// error: Conv1D: the kernel (after dilation) spans 9 along axis 1 (steps), but the input has only 8 there: (None, 8, 4).
conv1d({ filters: 8, kernelSize: 3, dilationRate: 4 })(input({ shape: [8, 4] }));

// error: Conv3D: the kernel (after dilation) spans 3 along axis 3 (dim3), but the input has only 2 there: (None, 16, 16, 2, 1).
conv3d({ filters: 8, kernelSize: 3 })(input({ shape: [16, 16, 2, 1] }));

// error: SeparableConv2D: the kernel (after dilation) spans 3 along axis 2 (cols), but the input has only 2 there: (None, 10, 2, 3).
separableConv2d({ filters: 8, kernelSize: 3 })(input({ shape: [10, 2, 3] }));

// error: DepthwiseConv1D: the kernel (after dilation) spans 5 along axis 1 (steps), but the input has only 4 there: (None, 4, 12).
depthwiseConv1d({ kernelSize: 5 })(input({ shape: [4, 12] }));

// --- options: sizes ---------------------------------------------------------------------------------

// error: Conv2D: filters must be a positive integer (the number of kernels, the size of the output's channels axis), but got 0. Fix: use e.g. filters: 32.
conv2d({ filters: 0, kernelSize: 3 });
// A string where filters goes: the same sentence, at filters, the string quoted (review s9, finding 10).
// error: Type '"8"' is not assignable to type '"Conv2D: filters must be a positive integer (the number of kernels, the size of the output's channels axis), but got "8". Fix: use e.g. filters: 32."'.
const stringFilters = conv2d({ filters: "8", kernelSize: 3 });
// Its type keeps no string: filters are unknown, so are the output's channels.
// error: Type 'SymbolicTensor<[null, 26, 26, number]>' is not assignable to type 'string'.
export const stringFiltersOut: string = stringFilters(input({ shape: [28, 28, 3] }));
// error: SeparableConv1D: filters must be a positive integer (the number of kernels, the size of the output's channels axis), but got "8".
separableConv1d({ filters: "8", kernelSize: 3 });
// error: Conv1D: filters must be a positive integer (the number of kernels, the size of the output's channels axis), but got -4. Fix: use e.g. filters: 32.
conv1d({ filters: -4, kernelSize: 3 });
// error: Conv2DTranspose: filters must be a positive integer (the number of kernels, the size of the output's channels axis), but got 2.5. Fix: use e.g. filters: 32.
conv2dTranspose({ filters: 2.5, kernelSize: 3 });
// error: SeparableConv1D: filters must be a positive integer (the number of kernels, the size of the output's channels axis), but got 0.
separableConv1d({ filters: 0, kernelSize: 3 });

// error: Conv2D: kernelSize must be a positive integer or a list of 2 positive integers (the window each kernel covers), but got 0. Fix: use e.g. kernelSize: 3.
conv2d({ filters: 8, kernelSize: 0 });
// error: Conv2D: kernelSize must be a positive integer or a list of 2 positive integers (the window each kernel covers), but got [3, 0]. Fix: use e.g. kernelSize: 3.
conv2d({ filters: 8, kernelSize: [3, 0] });
// error: Conv3DTranspose: kernelSize must be a positive integer or a list of 3 positive integers (the window each kernel covers), but got 1.5.
conv3dTranspose({ filters: 8, kernelSize: 1.5 });
// A list of the wrong length: the sentence the runtime throws (it was the compiler's "Type '[number]' is
// not assignable to type 'Spatial<2>'" until the options let a string through, session 11).
// error: Conv2D: kernelSize must be a positive integer or a list of 2 positive integers (the window each kernel covers), but got [3]. Fix: use e.g. kernelSize: 3.
conv2d({ filters: 8, kernelSize: [3] });

// error: Conv2D: strides must be a positive integer or a list of 2 positive integers (how far the window moves each step), but got 0. Fix: use e.g. strides: 1.
conv2d({ filters: 8, kernelSize: 3, strides: 0 });
// error: Conv1D: strides must be a positive integer or a list of 1 positive integers (how far the window moves each step), but got -2. Fix: use e.g. strides: 1.
conv1d({ filters: 8, kernelSize: 3, strides: -2 });
// error: DepthwiseConv2D: strides must be a positive integer or a list of 2 positive integers (how far the window moves each step), but got [1, -1].
depthwiseConv2d({ kernelSize: 3, strides: [1, -1] });
// error: Conv3D: dilationRate must be a positive integer or a list of 3 positive integers (the spacing of the kernel's taps), but got 0. Fix: use e.g. dilationRate: 1.
conv3d({ filters: 8, kernelSize: 3, dilationRate: 0 });
// error: SeparableConv2D: dilationRate must be a positive integer or a list of 2 positive integers (the spacing of the kernel's taps), but got [2, -1].
separableConv2d({ filters: 8, kernelSize: 3, dilationRate: [2, -1] });

// Keras forbids strides > 1 with dilationRate > 1 (on any axes) for Conv and ConvTranspose (DepthwiseConv and SeparableConv take it since Keras 3.15).
// error: Conv2D: strides > 1 cannot go with dilationRate > 1 (Keras forbids it), but got strides 2 and dilationRate 2. Fix: use strides: 1 with a dilation, or dilationRate: 1 with strides.
conv2d({ filters: 8, kernelSize: 3, strides: 2, dilationRate: 2 });
// error: Conv2D: strides > 1 cannot go with dilationRate > 1 (Keras forbids it), but got strides [1, 2] and dilationRate [2, 1].
conv2d({ filters: 8, kernelSize: 3, strides: [1, 2], dilationRate: [2, 1] });
// error: Conv1DTranspose: strides > 1 cannot go with dilationRate > 1 (Keras forbids it), but got strides 2 and dilationRate 3.
conv1dTranspose({ filters: 8, kernelSize: 3, strides: 2, dilationRate: 3 });

// error: Conv2D: groups must be a positive integer (how many groups the channels are split into), but got 0. Fix: use e.g. groups: 1.
conv2d({ filters: 8, kernelSize: 3, groups: 0 });
// error: Conv2D: filters must divide evenly into groups, but got filters 6 and groups 4. Fix: make filters a multiple of groups.
conv2d({ filters: 6, kernelSize: 3, groups: 4 });

// error: DepthwiseConv2D: depthMultiplier must be a positive integer (how many output channels each input channel gets), but got 0. Fix: use e.g. depthMultiplier: 1.
depthwiseConv2d({ kernelSize: 3, depthMultiplier: 0 });
// error: SeparableConv2D: depthMultiplier must be a positive integer (how many output channels each input channel gets), but got -1.
separableConv2d({ filters: 8, kernelSize: 3, depthMultiplier: -1 });

// --- outputPadding -----------------------------------------------------------------------------------

// Keras requires outputPadding < strides on every axis.
// error: Conv2DTranspose: outputPadding must be smaller than strides on every axis (Keras requires it), but got outputPadding 2 and strides 2. Fix: lower outputPadding below the stride of each axis, or leave it out.
conv2dTranspose({ filters: 8, kernelSize: 3, strides: 2, outputPadding: 2 });
// The default stride is 1, so any outputPadding above 0 needs strides.
// error: Conv1DTranspose: outputPadding must be smaller than strides on every axis (Keras requires it), but got outputPadding 1 and strides 1.
conv1dTranspose({ filters: 8, kernelSize: 3, outputPadding: 1 });
// error: Conv3DTranspose: outputPadding must be smaller than strides on every axis (Keras requires it), but got outputPadding [0, 1, 3] and strides [2, 2, 3].
conv3dTranspose({ filters: 8, kernelSize: 3, strides: [2, 2, 3], outputPadding: [0, 1, 3] });
// error: Conv2DTranspose: outputPadding must be a non-negative integer or a list of 2 non-negative integers (the size added at the end of each output axis), but got -1. Fix: use e.g. outputPadding: 1, below strides, or leave it out.
conv2dTranspose({ filters: 8, kernelSize: 3, strides: 2, outputPadding: -1 });
// error: Conv2DTranspose: outputPadding must be a non-negative integer or a list of 2 non-negative integers (the size added at the end of each output axis), but got [1, 0.5].
conv2dTranspose({ filters: 8, kernelSize: 3, strides: 2, outputPadding: [1, 0.5] });

// --- options Keras does not give a layer --------------------------------------------------------------

// Keras 3's transposed, separable and depthwise convolutions take no groups.
// error: Conv2DTranspose has no option "groups". Fix: check the spelling; Conv2DTranspose takes filters, kernelSize, strides, padding, outputPadding, dataFormat, dilationRate, activation, useBias, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize, kernelInitializer, biasInitializer, kernelRegularizer, biasRegularizer, activityRegularizer, kernelConstraint, biasConstraint, dtype.
conv2dTranspose({ filters: 8, kernelSize: 3, groups: 2 });
// error: SeparableConv2D has no option "groups". Fix: check the spelling; SeparableConv2D takes filters, kernelSize, strides, padding, dataFormat, dilationRate, depthMultiplier, activation, useBias, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize, depthwiseInitializer, pointwiseInitializer, biasInitializer, depthwiseRegularizer, pointwiseRegularizer, biasRegularizer, activityRegularizer, depthwiseConstraint, pointwiseConstraint, biasConstraint, dtype.
separableConv2d({ filters: 8, kernelSize: 3, groups: 2 });
// A depthwise convolution's output channels come from depthMultiplier, not filters.
// error: DepthwiseConv2D has no option "filters". Fix: check the spelling; DepthwiseConv2D takes kernelSize, strides, padding, depthMultiplier, dataFormat, dilationRate, activation, useBias, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize, depthwiseInitializer, biasInitializer, depthwiseRegularizer, biasRegularizer, activityRegularizer, depthwiseConstraint, biasConstraint, dtype.
depthwiseConv2d({ filters: 8, kernelSize: 3 });
// error: Conv2D has no option "outputPadding".
conv2d({ filters: 8, kernelSize: 3, outputPadding: 1 });
// error: Conv1D has no option "kernel_size".
conv1d({ filters: 8, kernelSize: 3, kernel_size: 3 });

// Only Conv1D pads causally (Keras 3); the others take valid or same.
// error: Type '"causal"' is not assignable to type 'Padding
conv2d({ filters: 8, kernelSize: 3, padding: "causal" });
// error: Type '"causal"' is not assignable to type 'Padding
conv1dTranspose({ filters: 8, kernelSize: 3, padding: "causal" });
// error: Type '"causal"' is not assignable to type 'Padding
separableConv1d({ filters: 8, kernelSize: 3, padding: "causal" });
// error: Type '"causal"' is not assignable to type 'Padding
depthwiseConv1d({ kernelSize: 3, padding: "causal" });
// error: Type '"channels_last"' is not assignable to type 'DataFormat
conv2d({ filters: 8, kernelSize: 3, dataFormat: "channels_last" });

// kernelSize is required.
// error: Property 'kernelSize' is missing
depthwiseConv2d({ depthMultiplier: 2 });

// A string in the window (from a form, a config): the sentence the runtime throws, at that option (session 11).
// error: Type '"3"' is not assignable to type '"Conv2D: kernelSize must be a positive integer or a list of 2 positive integers (the window each kernel covers), but got "3". Fix: use e.g. kernelSize: 3."'.
conv2d({ filters: 8, kernelSize: "3" });
// error: Type '"2"' is not assignable to type '"Conv1D: strides must be a positive integer or a list of 1 positive integers (how far the window moves each step), but got "2". Fix: use e.g. strides: 1."'.
conv1d({ filters: 8, kernelSize: 3, strides: "2" });
// error: Type '(string | number)[]' is not assignable to type '"DepthwiseConv2D: dilationRate must be a positive integer or a list of 2 positive integers (the spacing of the kernel's taps), but got [2, "2"]. Fix: use e.g. dilationRate: 1."'.
depthwiseConv2d({ kernelSize: 3, dilationRate: [2, "2"] });
// error: Type '"0"' is not assignable to type '"Conv2D: useBias must be true or false, but got "0". Fix: write useBias: true or useBias: false, or leave it out for the default."'.
conv2d({ filters: 8, kernelSize: 3, useBias: "0" });

// After a string in the window, the layer's output has unknown sizes on the axes the window decides
// (a string is read as an unknown size, as a string filters is), not `never`, which every later layer
// and model() took without a word: a later layer that cannot take it is still reported.
// error: but got "3". Fix: use e.g. kernelSize: 3.
const afterStringKernel = conv2d({ filters: 8, kernelSize: "3" })(input({ shape: [28, 28, 3] }));
expectTypeOf(afterStringKernel).toEqualTypeOf<SymbolicTensor<[null, number, number, 8]>>();
// error: Conv1D needs an input of rank 3
conv1d({ filters: 2, kernelSize: 3 })(afterStringKernel);
// error: but got "2". Fix: use e.g. strides: 1.
const afterStringStrides = conv1d({ filters: 8, kernelSize: 3, strides: "2" })(input({ shape: [10, 3] }));
// The exact type on a line of its own, so that only the error above may be on the call's line.
expectTypeOf(afterStringStrides).toEqualTypeOf<SymbolicTensor<[null, number, 8]>>();
// error: but got [1, "2"]. Fix: use e.g. dilationRate: 1.
const afterStringDilation = depthwiseConv2d({ kernelSize: 3, dilationRate: [1, "2"] })(input({ shape: [9, 9, 4] }));
// The exact type on a line of its own, so that only the error above may be on the call's line.
expectTypeOf(afterStringDilation).toEqualTypeOf<SymbolicTensor<[null, number, number, 4]>>();
// error: but got "3". Fix: use e.g. kernelSize: 3.
const afterStringTransposeKernel = conv2dTranspose({ filters: 2, kernelSize: "3" })(input({ shape: [4, 4, 1] }));
// The exact type on a line of its own, so that only the error above may be on the call's line.
expectTypeOf(afterStringTransposeKernel).toEqualTypeOf<SymbolicTensor<[null, number, number, 2]>>();

// --- a declared input ---------------------------------------------------------------------------------

// error: Conv2D: the layer was declared with batch input shape (None, 28, 28, 1), but is called on (None, 32, 32, 1).
conv2d({ filters: 8, kernelSize: 3, inputShape: [28, 28, 1] })(input({ shape: [32, 32, 1] }));
// error: DepthwiseConv2D: every size in inputShape must be a positive integer or null, but got 0.
depthwiseConv2d({ kernelSize: 3, inputShape: [28, 0, 8] });

// A union of inputs fails if any member fails.
declare const maybeSmall: ReturnType<typeof input<{ shape: [28, 28, 3] }>> | ReturnType<typeof input<{ shape: [2, 2, 3] }>>;
// error: Conv2D: the kernel (after dilation) spans 3 along axis 1 (rows), but the input has only 2 there: (None, 2, 2, 3).
conv2d({ filters: 8, kernelSize: 3 })(maybeSmall);

// Training-only options: a number where TF.js takes a name or an object; a pointwise option on a depthwise layer.
// error: Type 'number' is not assignable to type 'TrainingIdentifier
depthwiseConv2d({ kernelSize: 3, depthwiseInitializer: 3 });
// error: DepthwiseConv2D has no option "pointwiseInitializer". Fix: check the spelling; DepthwiseConv2D takes
depthwiseConv2d({ kernelSize: 3, pointwiseInitializer: "ones" });
// error: Type 'boolean' is not assignable to type 'TrainingIdentifier
separableConv2d({ filters: 2, kernelSize: 3, pointwiseRegularizer: true });
// error: SeparableConv1D has no option "kernelInitializer". Fix: check the spelling; SeparableConv1D takes
separableConv1d({ filters: 2, kernelSize: 3, kernelInitializer: "ones" });
// A config's keys print in one fixed order, not as written (issue 17): the options' order on TS 5.x/6.0,
// by name on TS 7 (which orders an intersection's properties so); these three come out the same in both.
// error: Type 'Conv2D<{ filters: 2; kernelSize: 3; strides: 2; }>' is not assignable to type 'number'.
export const notANumber: number = conv2d({ strides: 2, kernelSize: 3, filters: 2 });

// No option Conv2D knows (its filters and kernelSize may be strings here, so optional, for their checks'
// sentences): the compiler's own report, which names the factory's options type as the user knows it
// (not OptionsCall<Conv2DOptions>, layers/option-calls.ts).
// error: Object literal may only specify known properties, and 'kernel' does not exist in type 'Conv2DOptions'.
conv2d({ kernel: 3 });
// error: Object literal may only specify known properties, but 'kernel_size' does not exist in type 'DepthwiseConv2DOptions'.
depthwiseConv2d({ kernel_size: 3 });
