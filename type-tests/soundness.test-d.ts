// Option values the types must never lie about (issue 11): `any`, a non-literal `boolean`, unions,
// sizes generic in a helper, and integers past 2^53. Each gives an exact type, an exact union, or an
// honest unknown (`number`, `null`, `Dim[]`), never a confident literal the runtime contradicts. The
// negative twins, with their error text, are in ./errors/soundness.ts.
import { expectTypeOf } from "expect-type";
import {
  averagePooling2d,
  batchNormalization,
  prelu,
  softmax,
  conv1d,
  conv2d,
  conv2dTranspose,
  cropping2d,
  dense,
  depthwiseConv2d,
  flatten,
  globalAveragePooling2d,
  input,
  layerNormalization,
  maxPooling2d,
  reshape,
  sequential,
  separableConv2d,
  upSampling2d,
  zeroPadding2d,
  type Dim,
  type ParamCount,
  type Shape,
  type SymbolicTensor,
} from "../src/index.js";

declare const cfg: any; // from JSON.parse or an untyped config
declare const withBias: boolean;
declare const n: number;
const img = input({ shape: [8, 8, 3] });

// --- any: unknown, never the literal a rule tests for ---------------------------------------------------
// Each of these ran as something else than the literal the types used to state ([null, 6, 6, 2] for all).
expectTypeOf(conv2d({ filters: 2, kernelSize: 3, strides: cfg.strides })(img)).toEqualTypeOf<SymbolicTensor<[null, number, number, 2]>>();
expectTypeOf(conv2d({ filters: 2, kernelSize: 3, padding: cfg.padding })(img)).toEqualTypeOf<SymbolicTensor<[null, number, number, 2]>>();
expectTypeOf(conv2d({ filters: 2, kernelSize: 3, dilationRate: cfg.d })(img)).toEqualTypeOf<SymbolicTensor<[null, number, number, 2]>>();
expectTypeOf(conv2d({ filters: 2, kernelSize: cfg.k })(img)).toEqualTypeOf<SymbolicTensor<[null, number, number, 2]>>();
expectTypeOf(conv2d({ filters: cfg.f, kernelSize: 3 })(img)).toEqualTypeOf<SymbolicTensor<[null, 6, 6, number]>>();
// A dataFormat typed any cannot say which axis is channels: the rank stays, every size is unknown.
expectTypeOf(conv2d({ filters: 2, kernelSize: 3, dataFormat: cfg.f })(img)).toEqualTypeOf<SymbolicTensor<[null, Dim, Dim, Dim]>>();
expectTypeOf(maxPooling2d({ dataFormat: cfg.f })(img)).toEqualTypeOf<SymbolicTensor<[null, Dim, Dim, Dim]>>();
expectTypeOf(zeroPadding2d({ dataFormat: cfg.f })(img)).toEqualTypeOf<SymbolicTensor<[null, Dim, Dim, Dim]>>();
expectTypeOf(cropping2d({ dataFormat: cfg.f })(img)).toEqualTypeOf<SymbolicTensor<[null, Dim, Dim, Dim]>>();
expectTypeOf(upSampling2d({ dataFormat: cfg.f })(img)).toEqualTypeOf<SymbolicTensor<[null, Dim, Dim, Dim]>>();
expectTypeOf(depthwiseConv2d({ kernelSize: 3, dataFormat: cfg.f })(img)).toEqualTypeOf<SymbolicTensor<[null, Dim, Dim, Dim]>>();
expectTypeOf(separableConv2d({ filters: 2, kernelSize: 3, dataFormat: cfg.f })(img)).toEqualTypeOf<SymbolicTensor<[null, Dim, Dim, Dim]>>();
expectTypeOf(conv2dTranspose({ filters: 2, kernelSize: 3, dataFormat: cfg.f })(img)).toEqualTypeOf<SymbolicTensor<[null, Dim, Dim, Dim]>>();
// The pooling options, and the other windows.
expectTypeOf(maxPooling2d({ poolSize: cfg.p })(img)).toEqualTypeOf<SymbolicTensor<[null, number, number, 3]>>();
expectTypeOf(maxPooling2d({ strides: cfg.s })(img)).toEqualTypeOf<SymbolicTensor<[null, number, number, 3]>>();
expectTypeOf(averagePooling2d({ poolSize: 2, padding: cfg.p })(img)).toEqualTypeOf<SymbolicTensor<[null, number, number, 3]>>();
expectTypeOf(depthwiseConv2d({ kernelSize: 3, strides: cfg.s })(img)).toEqualTypeOf<SymbolicTensor<[null, number, number, 3]>>();
expectTypeOf(depthwiseConv2d({ kernelSize: 3, depthMultiplier: cfg.m })(img)).toEqualTypeOf<SymbolicTensor<[null, 6, 6, number]>>();
expectTypeOf(separableConv2d({ filters: 2, kernelSize: 3, padding: cfg.p })(img)).toEqualTypeOf<SymbolicTensor<[null, number, number, 2]>>();
expectTypeOf(conv2dTranspose({ filters: 2, kernelSize: 3, strides: cfg.s })(img)).toEqualTypeOf<SymbolicTensor<[null, number, number, 2]>>();
expectTypeOf(conv1d({ filters: 2, kernelSize: 3, padding: cfg.p })(input({ shape: [10, 4] }))).toEqualTypeOf<SymbolicTensor<[null, number, 2]>>();
expectTypeOf(zeroPadding2d({ padding: cfg.p })(img)).toEqualTypeOf<SymbolicTensor<[null, number, number, 3]>>();
expectTypeOf(cropping2d({ cropping: cfg.c })(img)).toEqualTypeOf<SymbolicTensor<[null, number, number, 3]>>();
expectTypeOf(upSampling2d({ size: cfg.s })(img)).toEqualTypeOf<SymbolicTensor<[null, number, number, 3]>>();
// A size fixed at run time is `number`, which the next layer accepts as features (no false error).
expectTypeOf(dense({ units: 3 })(conv2d({ filters: cfg.f, kernelSize: 3 })(img))).toEqualTypeOf<SymbolicTensor<[null, 6, 6, 3]>>();
expectTypeOf(dense({ units: cfg.units })).toEqualTypeOf<import("../src/index.js").Dense<number>>();
expectTypeOf(dense({ units: cfg.units })(input({ shape: [3] }))).toEqualTypeOf<SymbolicTensor<[null, number]>>();
// Input: a size typed any may be None (number | null); a shape typed any has unknown rank.
expectTypeOf(input({ shape: [cfg.n] })).toEqualTypeOf<SymbolicTensor<[null, Dim]>>();
expectTypeOf(dense({ units: 2 })(input({ shape: [cfg.n] }))).toEqualTypeOf<SymbolicTensor<[null, 2]>>();
expectTypeOf(input({ shape: cfg.s })).toEqualTypeOf<SymbolicTensor<[null, ...Dim[]]>>();
expectTypeOf(input({ shape: [3], batchSize: cfg.b })).toEqualTypeOf<SymbolicTensor<[Dim, 3]>>();
// Reshape with a size typed any: the sizes are unknown, not [null, 16, 16].
expectTypeOf(reshape({ targetShape: [cfg.n, -1] })(input({ shape: [4, 4] }))).toEqualTypeOf<SymbolicTensor<[null, number, number]>>();
expectTypeOf(reshape({ targetShape: [cfg.n, 4] })(input({ shape: [4, 4] }))).toEqualTypeOf<SymbolicTensor<[null, number, 4]>>();

// --- a boolean the compiler cannot tell: the exact union of the possible counts ---------------------------
const d3 = dense({ units: 3, useBias: withBias });
expectTypeOf<ParamCount<typeof d3, [null, 2]>>().toEqualTypeOf<6 | 9>();
const spread = dense({ units: 3, ...(withBias ? { useBias: false } : {}) });
expectTypeOf<ParamCount<typeof spread, [null, 2]>>().toEqualTypeOf<6 | 9>();
const anyBias = dense({ units: 3, useBias: cfg.b });
expectTypeOf<ParamCount<typeof anyBias, [null, 2]>>().toEqualTypeOf<6 | 9>();
const c1 = conv2d({ filters: 2, kernelSize: 1, useBias: withBias });
expectTypeOf<ParamCount<typeof c1, [null, 4, 4, 1]>>().toEqualTypeOf<2 | 4>();
const dw = depthwiseConv2d({ kernelSize: 1, useBias: withBias });
expectTypeOf<ParamCount<typeof dw, [null, 4, 4, 2]>>().toEqualTypeOf<2 | 4>();
const bnCenter = batchNormalization({ center: withBias });
expectTypeOf<ParamCount<typeof bnCenter, [null, 4]>>().toEqualTypeOf<12 | 16>();
const bnScale = batchNormalization({ scale: withBias, center: false });
expectTypeOf<ParamCount<typeof bnScale, [null, 4]>>().toEqualTypeOf<8 | 12>();
const lnRms = layerNormalization({ rmsScaling: withBias });
expectTypeOf<ParamCount<typeof lnRms, [null, 4]>>().toEqualTypeOf<4 | 8>();
// rmsScaling keeps gamma only: with scale: false and center: true, either way one vector of 4.
const lnOne = layerNormalization({ rmsScaling: withBias, scale: false });
expectTypeOf<ParamCount<typeof lnOne, [null, 4]>>().toEqualTypeOf<4>();
expectTypeOf(globalAveragePooling2d({ keepdims: withBias })(img)).toEqualTypeOf<SymbolicTensor<[null, 1, 1, 3] | [null, 3]>>();
// The literal switches stay exact.
const noBias = dense({ units: 3, useBias: false });
expectTypeOf<ParamCount<typeof noBias, [null, 2]>>().toEqualTypeOf<6>();
expectTypeOf<ParamCount<typeof d3, [null, 2]>>().not.toEqualTypeOf<9>();

// --- unions: every member valid, the output the union of the members' outputs (or number) ---------------
declare const crop: 1 | 4;
expectTypeOf(cropping2d({ cropping: crop })(input({ shape: [10, 10, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 8, 8, 3] | [null, 2, 2, 3]>>();
declare const pad: 1 | 2;
expectTypeOf(zeroPadding2d({ padding: pad })(img)).toEqualTypeOf<SymbolicTensor<[null, 10, 10, 3] | [null, 12, 12, 3]>>();
expectTypeOf(upSampling2d({ size: pad })(img)).toEqualTypeOf<SymbolicTensor<[null, 8, 8, 3] | [null, 16, 16, 3]>>();
declare const units: 2 | 4;
expectTypeOf(dense({ units })(input({ shape: [3] }))).toEqualTypeOf<SymbolicTensor<[null, 2 | 4]>>();
// Where distributing would cost too much, the affected sizes are number: still true.
declare const ks: 3 | 5;
expectTypeOf(conv2d({ filters: 2, kernelSize: ks })(img)).toEqualTypeOf<SymbolicTensor<[null, number, number, 2]>>();
// A pooling stride that may be null (the window) or a list: both members are valid; the sizes they
// disagree on are number (null strides 2 x 2 give 4 rows, [1, 2] gives 7).
declare const poolStrides: null | [1, 2];
expectTypeOf(averagePooling2d({ poolSize: 2, strides: poolStrides })(input({ shape: [8, 8, 3] }))).toEqualTypeOf<SymbolicTensor<[null, number, 4, 3]>>();
// A union of axes: every member checked, the shape kept, and the count honest (gamma and beta [4] or [4, 3]).
declare const lnAxes: [-2, -1] | 1;
const lnUnion = layerNormalization({ axis: lnAxes });
expectTypeOf(lnUnion(input({ shape: [4, 3] }))).toEqualTypeOf<SymbolicTensor<[null, 4, 3]>>();
expectTypeOf<ParamCount<typeof lnUnion, [null, 4, 3]>>().toEqualTypeOf<number>(); // 8 or 24: the sum over a union of weight lists is not split
declare const dil: 1 | 2;
expectTypeOf(conv2d({ filters: 2, kernelSize: 3, dilationRate: dil })(img)).toEqualTypeOf<SymbolicTensor<[null, number, number, 2]>>();
// Members checked against another option or the input's rank, each valid here (the negative twins, where
// one member is not, are in ./errors/soundness.ts): the shape kept, the sizes and counts honest.
declare const padBelow: 1 | 2;
expectTypeOf(conv2dTranspose({ filters: 2, kernelSize: 3, strides: 3, outputPadding: padBelow })(img)).toEqualTypeOf<SymbolicTensor<[null, number, number, 2]>>();
const rank3 = input({ shape: [6, 4] });
expectTypeOf(batchNormalization({ axis: padBelow })(rank3)).toEqualTypeOf<SymbolicTensor<[null, 6, 4]>>();
expectTypeOf(softmax({ axis: padBelow })(rank3)).toEqualTypeOf<SymbolicTensor<[null, 6, 4]>>();
expectTypeOf(prelu({ sharedAxes: [padBelow] })(rank3)).toEqualTypeOf<SymbolicTensor<[null, 6, 4]>>();
expectTypeOf(layerNormalization({ axis: [padBelow] })(rank3)).toEqualTypeOf<SymbolicTensor<[null, 6, 4]>>();
declare const lastAxis: 2 | -1;
expectTypeOf(layerNormalization({ axis: [1, lastAxis] })(rank3)).toEqualTypeOf<SymbolicTensor<[null, 6, 4]>>();

// --- sizes generic in a helper: the body compiles, each call site is exact ------------------------------
function rows<N extends number, S extends Shape>(x: SymbolicTensor<S>, r: N) {
  return reshape({ targetShape: [r, -1] })(x);
}
function strided<S extends Shape, T extends number>(x: SymbolicTensor<S>, s: T) {
  return conv2d({ filters: 4, kernelSize: 3, strides: s, dilationRate: 1 })(x);
}
function stridedDilated<S extends Shape, T extends number>(x: SymbolicTensor<S>, s: T) {
  return conv2d({ filters: 4, kernelSize: 3, strides: s, dilationRate: 2 })(x);
}
function both<S extends Shape, T extends number, D extends number>(x: SymbolicTensor<S>, s: T, d: D) {
  return conv2d({ filters: 4, kernelSize: 3, strides: s, dilationRate: d })(x);
}
function dilatedConv<S extends Shape, D extends number>(x: SymbolicTensor<S>, d: D) {
  return conv2d({ filters: 4, kernelSize: 3, strides: 1, dilationRate: d })(x);
}
function source<const S extends Shape>(s: S) {
  return input({ shape: s });
}
function first<const S extends Shape>(s: S) {
  return dense({ units: 2, inputShape: s });
}
expectTypeOf(rows(input({ shape: [4, 4] }), 2)).toEqualTypeOf<SymbolicTensor<[null, 2, 8]>>();
expectTypeOf(rows(input({ shape: [4, 4] }), n)).toEqualTypeOf<SymbolicTensor<[null, number, number]>>();
expectTypeOf(strided(input({ shape: [10, 10, 3] }), 2)).toEqualTypeOf<SymbolicTensor<[null, 4, 4, 4]>>();
expectTypeOf(dilatedConv(input({ shape: [10, 10, 3] }), 2)).toEqualTypeOf<SymbolicTensor<[null, 6, 6, 4]>>();
expectTypeOf(stridedDilated(input({ shape: [10, 10, 3] }), 1)).toEqualTypeOf<SymbolicTensor<[null, 6, 6, 4]>>();
expectTypeOf(both(input({ shape: [10, 10, 3] }), 2, 1)).toEqualTypeOf<SymbolicTensor<[null, 4, 4, 4]>>();
expectTypeOf(source([3, 4])).toEqualTypeOf<SymbolicTensor<[null, 3, 4]>>();
expectTypeOf(first([3]).batchInputShape).toEqualTypeOf<[null, 3]>();
expectTypeOf(flatten()(source([2, 5]))).toEqualTypeOf<SymbolicTensor<[null, 10]>>();

// --- a shape of unknown rank flows on as unknown rank ---------------------------------------------------
declare const imageSize: number[];
expectTypeOf(input({ shape: [...imageSize, 1] })).toEqualTypeOf<SymbolicTensor<[null, ...number[], 1]>>();
expectTypeOf(dense({ units: 2 })(input({ shape: [...imageSize, 1] }))).toEqualTypeOf<SymbolicTensor<Dim[]>>();

// --- the largest safe integer is still exact -------------------------------------------------------------
expectTypeOf(dense({ units: 9007199254740991 })(input({ shape: [1] }))).toEqualTypeOf<SymbolicTensor<[null, 9007199254740991]>>();

// --- declared inputs typed any: unknown sizes, no false "declared with batch input shape" -----------------
expectTypeOf(dense({ units: 2, inputShape: [cfg.n] }).batchInputShape).toEqualTypeOf<[null, Dim]>();
expectTypeOf(dense({ units: 2, inputDim: cfg.n }).batchInputShape).toEqualTypeOf<[null, Dim]>();
expectTypeOf(dense({ units: 2, inputShape: [3], batchSize: cfg.b }).batchInputShape).toEqualTypeOf<[Dim, 3]>();
expectTypeOf(dense({ units: 2, inputShape: cfg.s }).batchInputShape).toEqualTypeOf<[null, ...Dim[]]>();
expectTypeOf(dense({ units: 2, inputShape: [cfg.n] })(input({ shape: [3] }))).toEqualTypeOf<SymbolicTensor<[null, 2]>>();

// --- an axis typed any: a size the types do not know, not None ------------------------------------------
// `[any] extends [null]` holds, so Dense and Conv1D refused these ("needs the last axis (features) of its
// input defined ... but got (None, None)"), where the run succeeds whenever the axis has a size.
declare const anyFeatures: SymbolicTensor<[null, any]>;
declare const anyChannels: SymbolicTensor<[null, 5, any]>;
expectTypeOf(dense({ units: 4 })(anyFeatures)).toEqualTypeOf<SymbolicTensor<[null, 4]>>();
expectTypeOf(conv1d({ filters: 2, kernelSize: 3 })(anyChannels)).toEqualTypeOf<SymbolicTensor<[null, 3, 2]>>();
// Its weights are sized by that axis, so the count is not known either.
expectTypeOf(sequential({ layers: [anyFeatures, dense({ units: 4 })] }).countParams()).toEqualTypeOf<number>();
