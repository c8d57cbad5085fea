import type { Case } from "../cases.js";

/** Cases of Rescaling, Normalization and Identity: see ../cases.ts. */
export const preprocessingCases: readonly Case[] = [
  { code: `rescaling({ scale: 0.5 })(input({ shape: [224, 224, 3] }))`, shape: [null, 224, 224, 3] },
  { code: `rescaling({ scale: [1, 2, 3], offset: -1 })(input({ shape: [8, null, 3] }))`, shape: [null, 8, null, 3] },
  { code: `rescaling({ scale: [1, 2, 3] })(input({ shape: [8, null] }))`, shape: [null, 8, null] },
  { code: `sequential({ layers: [rescaling({ scale: 0.5, inputShape: [4] }), dense({ units: 2 })] }).outputShape`, shape: [null, 2] },
  { code: `rescaling({ scale: [1, 2] })(input({ shape: [224, 224, 3] }))`, error: "Rescaling: scale [1, 2] has 2 values, one per channel, but the last axis of (None, 224, 224, 3) is 3. Fix: give scale 3 values (or one number), or apply it where the last axis has 2 channels." },
  { code: `rescaling({ scale: 1, offset: [0, 0, 0, 0] })(input({ shape: [3] }))`, error: "Rescaling: offset [0, 0, 0, 0] has 4 values, one per channel, but the last axis of (None, 3) is 3." },
  { code: `normalization()(input({ shape: [224, 224, 3] }))`, shape: [null, 224, 224, 3] },
  { code: `normalization({ axis: [2, 1] })(input({ shape: [5, 4, 3] }))`, shape: [null, 5, 4, 3] },
  { code: `normalization({ axis: null })(input({ shape: [null, null] }))`, shape: [null, null, null] },
  { code: `normalization({ mean: [0.485, 0.456, 0.406], variance: [0.052, 0.05, 0.051] })(input({ shape: [8, 8, 3] }))`, shape: [null, 8, 8, 3] },
  { code: `sequential({ layers: [normalization({ inputShape: [4] }), dense({ units: 2 })] }).outputShape`, shape: [null, 2] },
  { code: `normalization({ axis: 3 })(input({ shape: [5, 3] }))`, error: "Normalization: axis 3 does not exist in (None, 5, 3), which has rank 3." },
  { code: `normalization()(input({ shape: [5, null] }))`, error: "Normalization needs axis -1 of its input defined, since its weights are sized by it, but got (None, 5, None)." },
  { code: `normalization({ axis: [1, -2] })(input({ shape: [5, 3] }))`, error: "Normalization: axis [1, -2] names axis 1 of (None, 5, 3) twice. Fix: list each axis once." },
  { code: `normalization({ mean: [0.5, 0.5, 0.5] })`, error: "Normalization: mean and variance go together, but got mean alone." },
  { code: `normalization({ mean: [0.5, 0.5, 0.5], variance: [1, 1] })`, error: "Normalization: mean and variance must have the same shape, but got mean [0.5, 0.5, 0.5] and variance [1, 1]." },
  { code: `identity()(input({ shape: [10] }))`, shape: [null, 10] },
];
export const imageSizeCases: readonly Case[] = [
  { code: `resizing({ height: 224, width: 200 })(input({ shape: [null, null, 3] }))`, shape: [null, 224, 200, 3] },
  { code: `resizing({ height: 64, width: 64, dataFormat: "channelsFirst", interpolation: "nearest" })(input({ shape: [3, 32, 32] }))`, shape: [null, 3, 64, 64] },
  { code: `centerCrop({ height: 224, width: 224 })(input({ shape: [256, 256, 3] }))`, shape: [null, 224, 224, 3] },
  { code: `centerCrop({ height: 300, width: 300 })(input({ shape: [256, 256, 3], batchSize: 2 }))`, shape: [2, 300, 300, 3] },
  { code: `resizing({ height: 64, width: 64 })(input({ shape: [32, 3] }))`, error: "Resizing needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 32, 3) of rank 3." },
  { code: `resizing({ height: 0, width: 64 })`, error: "Resizing: height must be a positive integer (the output's rows), but got 0. Fix: use e.g. height: 224." },
  { code: `resizing({ height: 64, width: 64, cropToAspectRatio: true, padToAspectRatio: true })`, error: "Resizing: cropToAspectRatio and padToAspectRatio cannot both be true (Keras 3 refuses it when the layer runs: \"Only one of `pad_to_aspect_ratio` & `crop_to_aspect_ratio` can be `True`\"). Fix: keep one of them: crop to the aspect ratio, or pad to it." },
  { code: `resizing({ height: 64, width: 64, cropToAspectRatio: true, padToAspectRatio: false })(input({ shape: [32, 48, 3] }))`, shape: [null, 64, 64, 3] },
  { code: `centerCrop({ height: 2, width: 2.5 })`, error: "CenterCrop: width must be a positive integer (the output's columns), but got 2.5." },
];
