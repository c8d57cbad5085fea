// Positive type tests for the normalization layers: exact output types, weight shapes and parameter
// counts, including unknown (`null`) and non-literal (`number`) sizes, which must flow through without
// a false error. Their negative twins, with the error text, are in ./errors/normalization.ts.
import { expectTypeOf } from "expect-type";
import {
  batchNormalization,
  conv2d,
  dense,
  input,
  layerNormalization,
  sequential,
  type Apply,
  type BatchNormalization,
  type Dim,
  type Fold,
  type LayerNormalization,
  type ParamCount,
  type ShapeErr,
  type SymbolicTensor,
  type WeightShapes,
} from "../src/index.js";
import type { ruleWeights } from "../src/core/layer.js";
import type { BatchNormalizationRule } from "../src/layers/normalization/batch-normalization.js";
import type { LayerNormalizationRule } from "../src/layers/normalization/layer-normalization.js";

declare const n: number;
declare const axisN: number;
declare const four: 4 | 5;

// --- batchNormalization: the shape is unchanged ---------------------------------------------------------
const img = input({ shape: [56, 56, 64] });
expectTypeOf(batchNormalization()).toEqualTypeOf<BatchNormalization<{}>>();
expectTypeOf(batchNormalization({})).toEqualTypeOf<BatchNormalization<{}>>();
expectTypeOf(batchNormalization({ momentum: 0.9, epsilon: 1e-5, name: "bn" })).toEqualTypeOf<BatchNormalization<{}>>();
expectTypeOf(batchNormalization({ axis: 1, center: false })).toEqualTypeOf<BatchNormalization<{ axis: 1; center: false }>>();
expectTypeOf(batchNormalization()(img)).toEqualTypeOf<SymbolicTensor<[null, 56, 56, 64]>>();
expectTypeOf(batchNormalization().apply(img)).toEqualTypeOf<SymbolicTensor<[null, 56, 56, 64]>>();
expectTypeOf(batchNormalization({ axis: -1 })(img)).toEqualTypeOf<SymbolicTensor<[null, 56, 56, 64]>>();
expectTypeOf(batchNormalization({ axis: 3 })(img)).toEqualTypeOf<SymbolicTensor<[null, 56, 56, 64]>>();
// channelsFirst: the channels are axis 1.
const imgFirst = input({ shape: [64, 56, 56] });
expectTypeOf(batchNormalization({ axis: 1 })(imgFirst)).toEqualTypeOf<SymbolicTensor<[null, 64, 56, 56]>>();
expectTypeOf(batchNormalization({ axis: -3 })(imgFirst)).toEqualTypeOf<SymbolicTensor<[null, 64, 56, 56]>>();
expectTypeOf(batchNormalization({ axis: 1 })(conv2d({ filters: 8, kernelSize: 3, dataFormat: "channelsFirst" })(input({ shape: [3, 32, 32] }))))
  .toEqualTypeOf<SymbolicTensor<[null, 8, 30, 30]>>();
// Unknown sizes elsewhere flow through; only the normalized axis must be known.
expectTypeOf(batchNormalization()(input({ shape: [null, null, 3] }))).toEqualTypeOf<SymbolicTensor<[null, null, null, 3]>>();
expectTypeOf(batchNormalization({ axis: 1 })(input({ shape: [3, null] }))).toEqualTypeOf<SymbolicTensor<[null, 3, null]>>();
expectTypeOf(batchNormalization()(input({ shape: [n, 3] }))).toEqualTypeOf<SymbolicTensor<[null, number, 3]>>();
expectTypeOf(batchNormalization()(input({ shape: [n] }))).toEqualTypeOf<SymbolicTensor<[null, number]>>();
expectTypeOf(batchNormalization()(input({ shape: [5], batchSize: 8 }))).toEqualTypeOf<SymbolicTensor<[8, 5]>>();
// The batch axis may be normalized when its size is known (Keras allows it).
expectTypeOf(batchNormalization({ axis: 0 })(input({ batchShape: [8, 5] }))).toEqualTypeOf<SymbolicTensor<[8, 5]>>();
// A non-literal axis: the compiler cannot tell which axis, so no error; the runtime checks it.
expectTypeOf(batchNormalization({ axis: axisN })(img)).toEqualTypeOf<SymbolicTensor<[null, 56, 56, 64]>>();
// As the first layer of a Sequential.
expectTypeOf(batchNormalization({ inputShape: [4] })).toEqualTypeOf<BatchNormalization<{ inputShape: [4] }>>();
expectTypeOf(sequential().add(batchNormalization({ inputShape: [4] })).add(dense({ units: 2 })).outputShape).toEqualTypeOf<[null, 2]>();
expectTypeOf(sequential({ layers: [batchNormalization({ batchInputShape: [8, 4] }), dense({ units: 2 })] }).outputShape).toEqualTypeOf<[8, 2]>();

// --- batchNormalization: weights and parameter counts ---------------------------------------------------
expectTypeOf<WeightShapes<BatchNormalization, [null, 56, 56, 64]>>().toEqualTypeOf<{
  gamma: [64];
  beta: [64];
  moving_mean: [64];
  moving_variance: [64];
}>();
expectTypeOf<WeightShapes<BatchNormalization<{ axis: 1 }>, [null, 3, 32, 32]>>().toEqualTypeOf<{
  gamma: [3];
  beta: [3];
  moving_mean: [3];
  moving_variance: [3];
}>();
expectTypeOf<WeightShapes<BatchNormalization<{ center: false; scale: false }>, [null, 8]>>().toEqualTypeOf<{
  moving_mean: [8];
  moving_variance: [8];
}>();
// ResNet50's first BatchNormalization (conv1_bn, 64 channels): 256 params, 128 of them non-trainable.
expectTypeOf<ParamCount<BatchNormalization, [null, 112, 112, 64]>>().toEqualTypeOf<256>();
// ResNet50's last one (conv5_block3_3_bn, 2048 channels).
expectTypeOf<ParamCount<BatchNormalization, [null, 7, 7, 2048]>>().toEqualTypeOf<8192>();
expectTypeOf<ParamCount<BatchNormalization<{ scale: false }>, [null, 10]>>().toEqualTypeOf<30>();
expectTypeOf<ParamCount<BatchNormalization<{ center: false; scale: false }>, [null, 10]>>().toEqualTypeOf<20>();
expectTypeOf<ParamCount<BatchNormalization, [null, number]>>().toEqualTypeOf<number>();
expectTypeOf<ParamCount<BatchNormalization<{ axis: number }>, [null, 4]>>().toEqualTypeOf<number>();
expectTypeOf<ParamCount<BatchNormalization, [null, typeof four]>>().toEqualTypeOf<number>();
expectTypeOf<Apply<BatchNormalization, [null, 4]>>().toEqualTypeOf<[null, 4]>();
expectTypeOf<Fold<[BatchNormalization, BatchNormalization<{ axis: 1 }>], [null, 4, 5]>>().toEqualTypeOf<[null, 4, 5]>();
// A rule that fails gives the message as a type.
expectTypeOf<Apply<BatchNormalization, [null, null]>>().toEqualTypeOf<
  ShapeErr<"BatchNormalization needs axis -1 of its input defined, since its weights are sized by it, but got (None, None). Fix: give that axis a size in the input shape; only other axes may be None.">
>();
expectTypeOf<ParamCount<BatchNormalization<{ axis: 2 }>, [null, 4]>>().toEqualTypeOf<
  ShapeErr<"BatchNormalization: axis 2 does not exist in (None, 4), which has rank 2. Fix: use an axis of the input, counted from 0, or from -1 for the last (the default).">
>();

// --- layerNormalization: the shape is unchanged ---------------------------------------------------------
const seq = input({ shape: [10, 64] });
expectTypeOf(layerNormalization()).toEqualTypeOf<LayerNormalization<{}>>();
expectTypeOf(layerNormalization({ axis: [1, 2] })).toEqualTypeOf<LayerNormalization<{ axis: [1, 2] }>>();
expectTypeOf(layerNormalization({ axis: 1, epsilon: 1e-6, center: false })).toEqualTypeOf<LayerNormalization<{ axis: 1; center: false }>>();
expectTypeOf(layerNormalization()(seq)).toEqualTypeOf<SymbolicTensor<[null, 10, 64]>>();
expectTypeOf(layerNormalization().apply(seq)).toEqualTypeOf<SymbolicTensor<[null, 10, 64]>>();
expectTypeOf(layerNormalization({ axis: [1, 2] })(seq)).toEqualTypeOf<SymbolicTensor<[null, 10, 64]>>();
expectTypeOf(layerNormalization({ axis: [-1, 1] })(seq)).toEqualTypeOf<SymbolicTensor<[null, 10, 64]>>();
expectTypeOf(layerNormalization()(input({ shape: [null, 64] }))).toEqualTypeOf<SymbolicTensor<[null, null, 64]>>();
expectTypeOf(layerNormalization()(input({ shape: [n, 64] }))).toEqualTypeOf<SymbolicTensor<[null, number, 64]>>();
expectTypeOf(layerNormalization({ axis: [axisN, 1] })(seq)).toEqualTypeOf<SymbolicTensor<[null, 10, 64]>>();
// Without gamma and beta, no weight needs the axis's size, so it may be unknown (as in Keras 3).
expectTypeOf(layerNormalization({ center: false, scale: false })(input({ shape: [null] }))).toEqualTypeOf<SymbolicTensor<[null, null]>>();
expectTypeOf(sequential().add(layerNormalization({ inputShape: [10, 64] })).add(dense({ units: 2 })).outputShape).toEqualTypeOf<[null, 10, 2]>();

// --- layerNormalization: weights and parameter counts ---------------------------------------------------
expectTypeOf<WeightShapes<LayerNormalization, [null, 10, 64]>>().toEqualTypeOf<{ gamma: [64]; beta: [64] }>();
// Keras 3's own example: axis [1, 2, 3] on (5, 20, 30, 40) gives gamma and beta of (20, 30, 40).
expectTypeOf<WeightShapes<LayerNormalization<{ axis: [1, 2, 3] }>, [5, 20, 30, 40]>>().toEqualTypeOf<{
  gamma: [20, 30, 40];
  beta: [20, 30, 40];
}>();
// In the order written.
expectTypeOf<WeightShapes<LayerNormalization<{ axis: [2, 1] }>, [null, 10, 64]>>().toEqualTypeOf<{ gamma: [64, 10]; beta: [64, 10] }>();
expectTypeOf<WeightShapes<LayerNormalization<{ scale: false }>, [null, 8]>>().toEqualTypeOf<{ beta: [8] }>();
expectTypeOf<WeightShapes<LayerNormalization<{ center: false; scale: false }>, [null, 8]>>().toEqualTypeOf<{}>();
expectTypeOf<WeightShapes<LayerNormalization<{ rmsScaling: true; scale: false }>, [null, 8]>>().toEqualTypeOf<{ gamma: [8] }>();
// BERT-base's LayerNormalization on 768 features: 1,536 params.
expectTypeOf<ParamCount<LayerNormalization, [null, 128, 768]>>().toEqualTypeOf<1536>();
expectTypeOf<ParamCount<LayerNormalization<{ axis: [1, 2, 3] }>, [5, 20, 30, 40]>>().toEqualTypeOf<48000>();
expectTypeOf<ParamCount<LayerNormalization<{ center: false; scale: false }>, [null, 8]>>().toEqualTypeOf<0>();
expectTypeOf<ParamCount<LayerNormalization, [null, number]>>().toEqualTypeOf<number>();
expectTypeOf<ParamCount<LayerNormalization<{ axis: number[] }>, [null, 4]>>().toEqualTypeOf<number>();

// --- what the compiler cannot know passes through, for the runtime to check ------------------------------
declare const either: SymbolicTensor<[null, 3]> | SymbolicTensor<[null, 4, 5]>;
declare const anyRank: SymbolicTensor;
declare const maybeUnknown: SymbolicTensor<[null, 4 | null]>;
expectTypeOf(batchNormalization()(either)).toEqualTypeOf<SymbolicTensor<[null, 3] | [null, 4, 5]>>();
expectTypeOf(layerNormalization()(either)).toEqualTypeOf<SymbolicTensor<[null, 3] | [null, 4, 5]>>();
expectTypeOf(batchNormalization()(anyRank)).toEqualTypeOf<SymbolicTensor<Dim[]>>();
expectTypeOf(layerNormalization({ axis: [1, 2] })(anyRank)).toEqualTypeOf<SymbolicTensor<Dim[]>>();
expectTypeOf(batchNormalization()(maybeUnknown)).toEqualTypeOf<SymbolicTensor<[null, 4 | null]>>();
expectTypeOf(batchNormalization()(input({ shape: [four] }))).toEqualTypeOf<SymbolicTensor<[null, 4 | 5]>>();

// --- the moving statistics are marked non-trainable in the rule's weight list ---------------------------
expectTypeOf<ruleWeights<BatchNormalizationRule<{}>, [null, 4]>>().toEqualTypeOf<
  [["gamma", [4]], ["beta", [4]], ["moving_mean", [4], false], ["moving_variance", [4], false]]
>();
expectTypeOf<ruleWeights<LayerNormalizationRule<{}>, [null, 4]>>().toEqualTypeOf<[["gamma", [4]], ["beta", [4]]]>();

// --- training-only options (issue #12): accepted, dropped from the type, no shape changed ------------
expectTypeOf(batchNormalization({ betaInitializer: "zeros", gammaInitializer: {}, movingMeanInitializer: "zeros", movingVarianceInitializer: "ones", betaRegularizer: "l2", gammaRegularizer: "l1", betaConstraint: "nonNeg", gammaConstraint: {}, dtype: "float32" })).toEqualTypeOf<
  BatchNormalization<{}>
>();
expectTypeOf(batchNormalization({ axis: 1, gammaInitializer: "ones" })(input({ shape: [3, 8] }))).toEqualTypeOf<SymbolicTensor<[null, 3, 8]>>();
expectTypeOf(layerNormalization({ betaInitializer: "zeros", gammaInitializer: {}, betaRegularizer: "l2", gammaRegularizer: "l1", betaConstraint: "nonNeg", gammaConstraint: {} })).toEqualTypeOf<
  LayerNormalization<{}>
>();
expectTypeOf(layerNormalization({ gammaInitializer: "ones" })(input({ shape: [3, 8] }))).toEqualTypeOf<SymbolicTensor<[null, 3, 8]>>();
