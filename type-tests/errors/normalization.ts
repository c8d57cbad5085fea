// BatchNormalization and LayerNormalization: every way their input or options can be wrong, with the
// sentence the compiler shows.
import { batchNormalization, dense, input, layerNormalization, sequential, type SymbolicTensor } from "../../src/index.js";

const img = input({ shape: [56, 56, 64] });
const seq = input({ shape: [10, 64] });

// --- BatchNormalization: the input -------------------------------------------------------------------

// The channels axis unknown: gamma, beta and the moving statistics could not be sized.
// error: Argument of type 'SymbolicTensor<[null, null]>' is not assignable to parameter of type '"BatchNormalization needs axis -1 of its input defined, since its weights are sized by it, but got (None, None). Fix: give that axis a size in the input shape; only other axes may be None."'
batchNormalization()(input({ shape: [null] }));

// The same through .apply, with channelsFirst data.
// error: BatchNormalization needs axis 1 of its input defined, since its weights are sized by it, but got (None, None, 32, 32).
batchNormalization({ axis: 1 }).apply(input({ shape: [null, 32, 32] }));

// The batch axis has no known size either.
// error: BatchNormalization needs axis 0 of its input defined, since its weights are sized by it, but got (None, 5).
batchNormalization({ axis: 0 })(input({ shape: [5] }));

// An axis the input does not have, counted from the front or from the back.
// error: BatchNormalization: axis 4 does not exist in (None, 56, 56, 64), which has rank 4. Fix: use an axis of the input, counted from 0, or from -1 for the last (the default).
batchNormalization({ axis: 4 })(img);
// error: BatchNormalization: axis -5 does not exist in (None, 56, 56, 64), which has rank 4.
batchNormalization({ axis: -5 })(img);

// A declared input that the data does not match.
// error: BatchNormalization: the layer was declared with batch input shape (None, 3), but is called on (None, 56, 56, 64).
batchNormalization({ inputShape: [3] })(img);

// A union of inputs fails if any member fails.
declare const maybeUnknown: SymbolicTensor<[null, 4]> | SymbolicTensor<[null, null]>;
// error: BatchNormalization needs axis -1 of its input defined, since its weights are sized by it, but got (None, None).
batchNormalization()(maybeUnknown);

// In a Sequential, the layer is named by its place.
// error: Sequential layer 1: BatchNormalization needs axis -1 of its input defined
sequential({ layers: [input({ shape: [null] }), batchNormalization(), dense({ units: 2 })] });

// --- BatchNormalization: the options -----------------------------------------------------------------

// error: BatchNormalization: axis must be an integer (an axis counted from 0, or from -1 for the last), but got 1.5. Fix: use e.g. axis: -1, the last axis (the default).
batchNormalization({ axis: 1.5 });
// Keras 3's BatchNormalization takes one axis only.
// error: Type 'number[]' is not assignable to type 'number'.
batchNormalization({ axis: [1, 2] });
// error: BatchNormalization has no option "momentun". Fix: did you mean momentum? BatchNormalization takes axis, momentum, epsilon, center, scale, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize, betaInitializer, gammaInitializer, movingMeanInitializer, movingVarianceInitializer, betaRegularizer, gammaRegularizer, betaConstraint, gammaConstraint, dtype.
batchNormalization({ momentun: 0.9 });
// A value of the wrong type: the compiler's own message.
// error: Type 'string' is not assignable to type 'boolean | undefined'.
batchNormalization({ center: "yes" });
// error: Type 'string' is not assignable to type 'number'.
batchNormalization({ epsilon: "1e-3" });
// error: BatchNormalization: the input shape is given twice, as inputShape and as batchInputShape.
batchNormalization({ inputShape: [3], batchInputShape: [8, 3] });
// error: BatchNormalization: every size in inputShape must be a positive integer or null, but got 0.
batchNormalization({ inputShape: [0] });

// --- LayerNormalization: the input -------------------------------------------------------------------

// error: Argument of type 'SymbolicTensor<[null, null]>' is not assignable to parameter of type '"LayerNormalization needs axis -1 of its input defined, since its weights are sized by it, but got (None, None). Fix: give that axis a size in the input shape; only other axes may be None."'
layerNormalization()(input({ shape: [null] }));
// Every axis in the list must be known; the first unknown one is named.
// error: LayerNormalization needs axis 2 of its input defined, since its weights are sized by it, but got (None, 10, None).
layerNormalization({ axis: [1, 2] })(input({ shape: [10, null] }));
// Scaling only (no beta) still needs gamma's sizes.
// error: LayerNormalization needs axis -1 of its input defined, since its weights are sized by it, but got (None, None).
layerNormalization({ center: false })(input({ shape: [null] }));
// error: LayerNormalization: axis 3 does not exist in (None, 10, 64), which has rank 3. Fix: use an axis of the input, counted from 0, or from -1 for the last (the default).
layerNormalization({ axis: [1, 3] })(seq);
// error: LayerNormalization: axis -4 does not exist in (None, 10, 64), which has rank 3.
layerNormalization({ axis: -4 })(seq);
// The same axis named twice, once from the front and once from the back.
// error: LayerNormalization: axis [1, -2] names axis 1 of (None, 10, 64) twice. Fix: list each axis once.
layerNormalization({ axis: [1, -2] })(seq);
// error: LayerNormalization: axis [2, 2] names axis 2 of (None, 10, 64) twice.
layerNormalization({ axis: [2, 2] }).apply(seq);

// --- LayerNormalization: the options -----------------------------------------------------------------

// error: LayerNormalization: axis must be an integer or a non-empty list of integers (an axis counted from 0, or from -1 for the last), but got []. Fix: use e.g. axis: -1, the last axis (the default).
layerNormalization({ axis: [] });
// error: LayerNormalization: axis must be an integer or a non-empty list of integers (an axis counted from 0, or from -1 for the last), but got [1, 0.5].
layerNormalization({ axis: [1, 0.5] });
// error: LayerNormalization: axis must be an integer or a non-empty list of integers (an axis counted from 0, or from -1 for the last), but got -1.5.
layerNormalization({ axis: -1.5 });
// error: LayerNormalization has no option "rms_scaling". Fix: did you mean rmsScaling? LayerNormalization takes axis, epsilon, center, scale, rmsScaling, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize, betaInitializer, gammaInitializer, betaRegularizer, gammaRegularizer, betaConstraint, gammaConstraint, dtype.
layerNormalization({ rms_scaling: true });
// error: LayerNormalization has no option "momentum".
layerNormalization({ momentum: 0.9 });

// Training-only options: a number where TF.js takes a name or an object; a misspelt one; a wrong dtype.
// error: Type 'number' is not assignable to type 'TrainingIdentifier
batchNormalization({ movingVarianceInitializer: 1 });
// error: BatchNormalization has no option "movingVarInitializer". Fix: check the spelling; BatchNormalization takes axis, momentum, epsilon, center, scale, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize, betaInitializer, gammaInitializer, movingMeanInitializer, movingVarianceInitializer, betaRegularizer, gammaRegularizer, betaConstraint, gammaConstraint, dtype.
batchNormalization({ movingVarInitializer: "ones" });
// error: LayerNormalization has no option "movingMeanInitializer". Fix: check the spelling; LayerNormalization takes axis, epsilon, center, scale, rmsScaling, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize, betaInitializer, gammaInitializer, betaRegularizer, gammaRegularizer, betaConstraint, gammaConstraint, dtype.
layerNormalization({ movingMeanInitializer: "zeros" });
// error: Type '"float64"' is not assignable to type
layerNormalization({ dtype: "float64" });
