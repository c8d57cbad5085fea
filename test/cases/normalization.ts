import type { Case } from "../cases.js";

/** Cases of the normalization layers: see ../cases.ts. */
export const normalizationCases: readonly Case[] = [
  // batchNormalization: the shape is unchanged; the normalized axis must exist and be known
  { code: `batchNormalization()(input({ shape: [56, 56, 64] }))`, shape: [null, 56, 56, 64] },
  { code: `batchNormalization({ momentum: 0.9, epsilon: 1e-5 }).apply(input({ shape: [10] }))`, shape: [null, 10] },
  { code: `batchNormalization({ axis: 1 })(input({ shape: [64, 56, 56] }))`, shape: [null, 64, 56, 56] },
  { code: `batchNormalization({ axis: -3 })(input({ shape: [64, null, null] }))`, shape: [null, 64, null, null] },
  { code: `batchNormalization({ axis: 0 })(input({ batchShape: [8, 5] }))`, shape: [8, 5] },
  { code: `batchNormalization({ center: false, scale: false })(input({ shape: [null, 3] }))`, shape: [null, null, 3] },
  { code: `batchNormalization()(conv2d({ filters: 8, kernelSize: 3 })(input({ shape: [32, 32, 3] })))`, shape: [null, 30, 30, 8] },
  { code: `sequential().add(batchNormalization({ inputShape: [4] })).add(dense({ units: 2 })).outputShape`, shape: [null, 2] },
  { code: `batchNormalization()(input({ shape: [null] }))`, error: "BatchNormalization needs axis -1 of its input defined, since its weights are sized by it, but got (None, None). Fix: give that axis a size in the input shape; only other axes may be None." },
  { code: `batchNormalization({ axis: 1 })(input({ shape: [null, 32, 32] }))`, error: "BatchNormalization needs axis 1 of its input defined, since its weights are sized by it, but got (None, None, 32, 32)." },
  { code: `batchNormalization({ axis: 0 })(input({ shape: [5] }))`, error: "BatchNormalization needs axis 0 of its input defined, since its weights are sized by it, but got (None, 5)." },
  { code: `batchNormalization({ axis: 4 })(input({ shape: [56, 56, 64] }))`, error: "BatchNormalization: axis 4 does not exist in (None, 56, 56, 64), which has rank 4. Fix: use an axis of the input, counted from 0, or from -1 for the last (the default)." },
  { code: `batchNormalization({ axis: -3 })(input({ shape: [4] }))`, error: "BatchNormalization: axis -3 does not exist in (None, 4), which has rank 2." },
  { code: `batchNormalization({ axis: 1.5 })`, error: "BatchNormalization: axis must be an integer (an axis counted from 0, or from -1 for the last), but got 1.5. Fix: use e.g. axis: -1, the last axis (the default)." },
  { code: `batchNormalization({ momentun: 0.9 })`, error: `BatchNormalization has no option "momentun". Fix: did you mean momentum? BatchNormalization takes axis, momentum, epsilon, center, scale, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize, betaInitializer, gammaInitializer, movingMeanInitializer, movingVarianceInitializer, betaRegularizer, gammaRegularizer, betaConstraint, gammaConstraint, dtype.` },
  { code: `batchNormalization({ axis: 1, inputShape: [3] })(input({ shape: [4] }))`, error: "BatchNormalization: the layer was declared with batch input shape (None, 3), but is called on (None, 4)." },
  { code: `sequential({ layers: [input({ shape: [null] }), batchNormalization()] })`, error: "Sequential layer 1: BatchNormalization needs axis -1 of its input defined" },
  // layerNormalization: gamma and beta take the sizes of the normalized axes
  { code: `layerNormalization()(input({ shape: [10, 64] }))`, shape: [null, 10, 64] },
  { code: `layerNormalization({ axis: [1, 2] })(input({ shape: [10, 64] }))`, shape: [null, 10, 64] },
  { code: `layerNormalization({ axis: [-1, 1] }).apply(input({ shape: [10, null, 64] }))`, shape: [null, 10, null, 64] },
  { code: `layerNormalization({ axis: [1, 2, 3] })(input({ batchShape: [5, 20, 30, 40] }))`, shape: [5, 20, 30, 40] },
  { code: `layerNormalization({ center: false, scale: false })(input({ shape: [null] }))`, shape: [null, null] },
  { code: `layerNormalization({ rmsScaling: true })(input({ shape: [7] }))`, shape: [null, 7] },
  { code: `layerNormalization()(input({ shape: [null] }))`, error: "LayerNormalization needs axis -1 of its input defined, since its weights are sized by it, but got (None, None). Fix: give that axis a size in the input shape; only other axes may be None." },
  { code: `layerNormalization({ axis: [1, 2] })(input({ shape: [10, null] }))`, error: "LayerNormalization needs axis 2 of its input defined, since its weights are sized by it, but got (None, 10, None)." },
  { code: `layerNormalization({ center: false })(input({ shape: [null] }))`, error: "LayerNormalization needs axis -1 of its input defined" },
  { code: `layerNormalization({ axis: [1, 3] })(input({ shape: [10, 64] }))`, error: "LayerNormalization: axis 3 does not exist in (None, 10, 64), which has rank 3. Fix: use an axis of the input, counted from 0, or from -1 for the last (the default)." },
  { code: `layerNormalization({ axis: -4 })(input({ shape: [10, 64] }))`, error: "LayerNormalization: axis -4 does not exist in (None, 10, 64), which has rank 3." },
  { code: `layerNormalization({ axis: [1, -2] })(input({ shape: [10, 64] }))`, error: "LayerNormalization: axis [1, -2] names axis 1 of (None, 10, 64) twice. Fix: list each axis once." },
  { code: `layerNormalization({ axis: [] })`, error: "LayerNormalization: axis must be an integer or a non-empty list of integers (an axis counted from 0, or from -1 for the last), but got []. Fix: use e.g. axis: -1, the last axis (the default)." },
  { code: `layerNormalization({ axis: [1, 0.5] })`, error: "LayerNormalization: axis must be an integer or a non-empty list of integers (an axis counted from 0, or from -1 for the last), but got [1, 0.5]." },
  { code: `layerNormalization({ rms_scaling: true })`, error: `LayerNormalization has no option "rms_scaling". Fix: did you mean rmsScaling? LayerNormalization takes axis, epsilon, center, scale, rmsScaling, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize, betaInitializer, gammaInitializer, betaRegularizer, gammaRegularizer, betaConstraint, gammaConstraint, dtype.` },
];
