// Option values the types must never lie about (issue 11): the negative twins of ../soundness.test-d.ts.
import { averagePooling2d, batchNormalization, prelu, softmax, conv2d, layerNormalization, conv2dTranspose, cropping2d, dense, input, maxPooling2d, reshape, upSampling2d, zeroPadding2d, type ParamCount, type SymbolicTensor } from "../../src/index.js";

declare const cfg: any;
declare const withBias: boolean;
const img = input({ shape: [8, 8, 3] });

// --- any is unknown: the literal it used to be typed as is refused --------------------------------------
// strides: any ran as [null, 3, 3, 2] with strides 2; the types no longer say [null, 6, 6, 2].
// error: Type 'SymbolicTensor<[null, number, number, 2]>' is not assignable to type 'SymbolicTensor<[null, 6, 6, 2]>'.
const stridesAny: SymbolicTensor<[null, 6, 6, 2]> = conv2d({ filters: 2, kernelSize: 3, strides: cfg.strides })(img);
// error: Type 'SymbolicTensor<[null, number, number, 2]>' is not assignable to type 'SymbolicTensor<[null, 8, 8, 2]>'.
const paddingAny: SymbolicTensor<[null, 8, 8, 2]> = conv2d({ filters: 2, kernelSize: 3, padding: cfg.padding })(img);
// A dataFormat typed any does not say which axis is channels.
// error: Type 'SymbolicTensor<[null, Dim, Dim, Dim]>' is not assignable to type 'SymbolicTensor<[null, 6, 6, 2]>'.
const formatAny: SymbolicTensor<[null, 6, 6, 2]> = conv2d({ filters: 2, kernelSize: 3, dataFormat: cfg.f })(img);
// error: Type 'SymbolicTensor<[null, number, number, 3]>' is not assignable to type 'SymbolicTensor<[null, 4, 4, 3]>'.
const poolAny: SymbolicTensor<[null, 4, 4, 3]> = maxPooling2d({ poolSize: cfg.p })(img);
// error: Type 'SymbolicTensor<[null, number, number]>' is not assignable to type 'SymbolicTensor<[null, 16, 16]>'.
const reshapeAny: SymbolicTensor<[null, 16, 16]> = reshape({ targetShape: [cfg.n, -1] })(input({ shape: [4, 4] }));
// The options a rule can still see are still checked beside an any.
// error: Conv2D: filters must be a positive integer (the number of kernels, the size of the output's channels axis), but got 0. Fix: use e.g. filters: 32.
conv2d({ filters: 0, kernelSize: 3, strides: cfg.strides });

// --- a boolean the compiler cannot tell: not the count with the bias -------------------------------------
const maybeBias = dense({ units: 3, useBias: withBias });
// error: Type '6 | 9' is not assignable to type '9'.
const withBiasCount: 9 = 9 as ParamCount<typeof maybeBias, [null, 2]>;
const maybeSpread = dense({ units: 3, ...(withBias ? { useBias: false } : {}) });
// error: Type '6 | 9' is not assignable to type '9'.
const spreadCount: 9 = 9 as ParamCount<typeof maybeSpread, [null, 2]>;

// --- unions: every member must be valid; the message names the one that is not --------------------------
declare const zeroOrFour: 0 | 4;
// error: Dense: units must be a positive integer (the number of neurons, the size of the output's last axis), but got 0. Fix: use e.g. units: 4.
dense({ units: zeroOrFour });
declare const threeOrZero: 3 | 0;
// error: Conv2D: kernelSize must be a positive integer or a list of 2 positive integers (the window each kernel covers), but got 0. Fix: use e.g. kernelSize: 3.
conv2d({ filters: 2, kernelSize: threeOrZero });
declare const oneOrTwo: 1 | 2;
// With strides 2, only the dilation 2 clashes: the message names it alone (one sentence, not a union of two).
// error: is not assignable to type '"Conv2D: strides > 1 cannot go with dilationRate > 1 (Keras forbids it), but got strides 2 and dilationRate 2. Fix: use strides: 1 with a dilation, or dilationRate: 1 with strides."'.
conv2d({ filters: 2, kernelSize: 3, strides: 2, dilationRate: oneOrTwo });
// error: UpSampling2D: size must be a positive integer or a list of 2 positive integers (the factor each spatial axis is repeated by), but got 0. Fix: use e.g. size: 2.
upSampling2d({ size: threeOrZero });
// error: Input: every size in shape must be a positive integer or null, but got 0.
input({ shape: [threeOrZero, 4] });
declare const nullOrBad: null | [0, 2];
// A null member means "the window" and is fine; the message names the list member that is not.
// error: AveragePooling2D: strides must be a positive integer or a list of 2 positive integers (how far the window moves each step), but got [0, 2]. Fix: use e.g. strides: 2.
averagePooling2d({ poolSize: 2, strides: nullOrBad });
declare const lnAxesBad: [-2, -1] | 3;
// One member of a union of axes does not exist: the call is refused, naming it (the count was 0 and the layer passed).
// error: LayerNormalization: axis 3 does not exist in (None, 4, 3), which has rank 3. Fix: use an axis of the input, counted from 0, or from -1 for the last (the default).
layerNormalization({ axis: lnAxesBad })(input({ shape: [4, 3] }));
declare const oneOrFour: 1 | 4;
// Cropping 4 from each side of 6 rows leaves nothing: the member 4 is refused, though 1 would fit.
// error: Cropping2D: cropping 4 + 4 from axis 1 (rows) of size 6 leaves nothing: the input is (None, 6, 6, 3).
cropping2d({ cropping: oneOrFour })(input({ shape: [6, 6, 3] }));
declare const plusOrMinusOne: 1 | -1;
// error: ZeroPadding2D: padding must be a number, a list of 2 (one per axis: [rows, cols]), or a list of 2 [before, after] pairs, all non-negative integers, but got -1.
zeroPadding2d({ padding: plusOrMinusOne });
// error: Input: batchSize must be a positive integer (the number of samples in each batch), but got 0.
input({ shape: [2], batchSize: 0 as 0 | 2 });
// error: Dense: batchSize must be a positive integer (the number of samples in each batch), but got 0.
dense({ units: 2, inputShape: [2], batchSize: 0 as 0 | 2 });
// error: Conv2DTranspose: outputPadding must be
conv2dTranspose({ filters: 2, kernelSize: 3, strides: 2, outputPadding: plusOrMinusOne });
// A union inside a list prints as ?, so the message stays one sentence naming the member at fault.
// error: Reshape: every size in targetShape must be a positive integer, or -1 for the one size inferred from the input, but got 0 in [?, -1].
reshape({ targetShape: [0 as 0 | 2, -1] });
// Members checked against another option or the input's rank, as their literals are (review s11, finding 5:
// each passed with literal shapes and the runtime refused one member).
declare const twoOrThree: 2 | 3;
declare const oneOrThree: 1 | 3;
// error: is not assignable to type '"Conv2DTranspose: outputPadding must be smaller than strides on every axis (Keras requires it), but got outputPadding 3 and strides 3. Fix: lower outputPadding below the stride of each axis, or leave it out."'.
conv2dTranspose({ filters: 2, kernelSize: 3, strides: 3, outputPadding: twoOrThree });
// error: is not assignable to type '"Conv2DTranspose: outputPadding must be smaller than strides on every axis (Keras requires it), but got outputPadding 2 and strides 1. Fix: lower outputPadding below the stride of each axis, or leave it out."'.
conv2dTranspose({ filters: 2, kernelSize: 3, strides: oneOrThree, outputPadding: 2 });
const rank3 = input({ shape: [6, 4] });
// error: BatchNormalization: axis 3 does not exist in (None, 6, 4), which has rank 3. Fix: use an axis of the input, counted from 0, or from -1 for the last (the default).
batchNormalization({ axis: twoOrThree })(rank3);
// error: Softmax: axis 3 does not exist in (None, 6, 4), which has rank 3. Fix: use an axis of the input, counted from 0, or from -1 for the last (the default).
softmax({ axis: twoOrThree })(rank3);
// error: PReLU: sharedAxes [3] names axis 3, which is not an axis of (None, 6, 4) after its batch axis (1 to 2). Fix: list axes from 1 to 2, e.g. sharedAxes: [1, 2] to share alpha across an image's rows and columns.
prelu({ sharedAxes: [twoOrThree] })(rank3);
// error: LayerNormalization: axis 3 does not exist in (None, 6, 4), which has rank 3. Fix: use an axis of the input, counted from 0, or from -1 for the last (the default).
layerNormalization({ axis: [1, twoOrThree] })(rank3);

// --- integers past 2^53 - 1: the runtime's sentence at compile time ---------------------------------------
// error: Dense: units must be a positive integer (the number of neurons, the size of the output's last axis), but got 9007199254740992. Fix: use e.g. units: 4.
dense({ units: 9007199254740992 });
// error: Input: every size in shape must be a positive integer or null, but got 100000000000000000000.
input({ shape: [1e20] });
// error: Conv2D: strides must be a positive integer or a list of 2 positive integers (how far the window moves each step), but got 9007199254740992.
conv2d({ filters: 2, kernelSize: 3, strides: 9007199254740992 });
