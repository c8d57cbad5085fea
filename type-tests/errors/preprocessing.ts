// Rescaling and Normalization: per-channel values that do not fit, axes that do not exist or are unknown, mean without variance.
import { identity, input, normalization, rescaling } from "../../src/index.js";

const img = input({ shape: [224, 224, 3] });

// error: Rescaling: scale [1, 2] has 2 values, one per channel, but the last axis of (None, 224, 224, 3) is 3. Fix: give scale 3 values (or one number), or apply it where the last axis has 2 channels.
rescaling({ scale: [1, 2] })(img);
// error: Rescaling: offset [0, 0, 0, 0] has 4 values, one per channel, but the last axis of (None, 224, 224, 3) is 3.
rescaling({ scale: 1, offset: [0, 0, 0, 0] })(img);
// error: Rescaling has no option "factor". Fix: check the spelling; Rescaling takes scale, offset, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize.
rescaling({ scale: 1, factor: 2 });

// error: Normalization: axis 3 does not exist in (None, 5, 3), which has rank 3. Fix: use an axis of the input, counted from 0, or from -1 for the last (the default).
normalization({ axis: 3 })(input({ shape: [5, 3] }));
// error: Normalization needs axis -1 of its input defined, since its weights are sized by it, but got (None, 5, None). Fix: give that axis a size in the input shape; only other axes may be None.
normalization()(input({ shape: [5, null] }));
// error: Normalization: axis [1, -2] names axis 1 of (None, 5, 3) twice. Fix: list each axis once.
normalization({ axis: [1, -2] })(input({ shape: [5, 3] }));
// error: Normalization: mean and variance go together, but got mean alone. Fix: give variance too, shaped as mean, or neither, to learn them with adapt() (they are then weights).
normalization({ mean: [0.5, 0.5, 0.5] });
// error: Normalization: mean and variance go together, but got variance alone.
normalization({ variance: 1 });
// error: Normalization: mean and variance must have the same shape, but got mean [0.5, 0.5, 0.5] and variance [1, 1]. Fix: give one variance for each mean.
normalization({ mean: [0.5, 0.5, 0.5], variance: [1, 1] });
// error: Normalization: axis must be an integer, a non-empty list of integers or null (an axis counted from 0, or from -1 for the last), but got 0.5.
normalization({ axis: 0.5 });
// error: Identity has no option "units". Fix: check the spelling; Identity takes name, trainable.
identity({ units: 3 });

// --- resizing and centerCrop ---------------------------------------------------------------------------------
import { centerCrop, resizing } from "../../src/index.js";
// error: Resizing needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 32, 3) of rank 3. Fix: give the input that layout, e.g. input({ shape: [28, 28, 1] }).
resizing({ height: 64, width: 64 })(input({ shape: [32, 3] }));
// error: Resizing: height must be a positive integer (the output's rows), but got 0. Fix: use e.g. height: 224.
resizing({ height: 0, width: 64 });
// Keras 3's image.resize refuses both (every backend: "Only one of `pad_to_aspect_ratio` & `crop_to_aspect_ratio` can be `True`").
// error: Resizing: cropToAspectRatio and padToAspectRatio cannot both be true (Keras 3 refuses it when the layer runs: "Only one of `pad_to_aspect_ratio` & `crop_to_aspect_ratio` can be `True`"). Fix: keep one of them: crop to the aspect ratio, or pad to it.
resizing({ height: 64, width: 64, cropToAspectRatio: true, padToAspectRatio: true });
// error: CenterCrop: width must be a positive integer (the output's columns), but got 2.5.
centerCrop({ height: 2, width: 2.5 });
// error: CenterCrop needs an input of rank 4
centerCrop({ height: 2, width: 2 })(input({ shape: [8] }));

// Rescaling's required scale left out: the compiler names RescalingOptions (layers/option-calls.ts).
// error: Argument of type '{ scal: number; }' is not assignable to parameter of type 'RescalingOptions'.
rescaling({ scal: 1 });
