import type { Case } from "../cases.js";

/** Cases of the noise and regularization layers, and of Dropout's noiseShape: see ../cases.ts. */
export const regularizationCases: readonly Case[] = [
  { code: `spatialDropout1d({ rate: 0.2 })(input({ shape: [100, 16] }))`, shape: [null, 100, 16] },
  { code: `spatialDropout2d({ rate: 0.2 })(input({ shape: [7, 7, 32] }))`, shape: [null, 7, 7, 32] },
  { code: `spatialDropout2d({ rate: 0.2, dataFormat: "channelsFirst" })(input({ shape: [32, null, null] }))`, shape: [null, 32, null, null] },
  { code: `spatialDropout3d({ rate: 0 })(input({ shape: [4, 7, 7, 32] }))`, shape: [null, 4, 7, 7, 32] },
  { code: `spatialDropout1d({ rate: 0.2 })(input({ shape: [7, 7, 32] }))`, error: "SpatialDropout1D needs an input of rank 3, (batch, steps, features) with channelsLast, or (batch, features, steps) with channelsFirst, but got (None, 7, 7, 32) of rank 4." },
  { code: `spatialDropout2d({ rate: 0.2 })(input({ shape: [16] }))`, error: "SpatialDropout2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 16) of rank 2. Fix: give the input that layout, e.g. input({ shape: [28, 28, 1] })." },
  { code: `spatialDropout3d({ rate: 0.2, dataFormat: "channelsFirst" })(input({ shape: [16] }))`, error: "SpatialDropout3D needs an input of rank 5, (batch, dim1, dim2, dim3, channels) with channelsLast, or (batch, channels, dim1, dim2, dim3) with channelsFirst, but got (None, 16) of rank 2." },
  { code: `spatialDropout2d({ rate: 1.5 })`, error: "SpatialDropout2D: rate is the fraction of feature maps to drop and must be between 0 and 1, but got 1.5. Fix: use e.g. rate: 0.2." },
  { code: `gaussianNoise({ stddev: 0.1 })(input({ shape: [10] }))`, shape: [null, 10] },
  { code: `gaussianNoise({ stddev: 2 })`, error: "GaussianNoise: stddev is the standard deviation of the noise and must be between 0 and 1, but got 2." },
  { code: `gaussianDropout({ rate: 0.2 })(input({ shape: [10] }))`, shape: [null, 10] },
  { code: `gaussianDropout({ rate: -0.1 })`, error: "GaussianDropout: rate is the drop probability and must be between 0 and 1, but got -0.1." },
  { code: `alphaDropout({ rate: 0.1, noiseShape: [null, 1] })(input({ shape: [10] }))`, shape: [null, 10] },
  { code: `alphaDropout({ rate: 0.2, noiseShape: [2, 1, 4] })(input({ shape: [4, 4], batchSize: 3 }))`, error: "AlphaDropout: noiseShape [2, 1, 4] does not fit the input (3, 4, 4): axis 0 is 2 where the input has 3." },
  { code: `activityRegularization({ l1: 0.01 })(input({ shape: [10] }))`, shape: [null, 10] },
  { code: `activityRegularization({ l2: -1 })`, error: "ActivityRegularization: l2 must be a number of 0 or more (the L2 factor), but got -1." },
  // Dropout's noiseShape, checked against the input
  { code: `dropout({ rate: 0.2, noiseShape: [null, 1, 1, 1] })(input({ shape: [7, 7, 32] }))`, shape: [null, 7, 7, 32] },
  { code: `dropout({ rate: 0.2, noiseShape: [null, 5] })(input({ shape: [null] }))`, shape: [null, null] },
  { code: `dropout({ rate: 0.2, noiseShape: [null, 1, 32] })(input({ shape: [7, 7, 32] }))`, error: "Dropout: noiseShape [null, 1, 32] has 3 sizes, but the input (None, 7, 7, 32) has rank 4." },
  { code: `dropout({ rate: 0.2, noiseShape: [null, 1, 1, 16] })(input({ shape: [7, 7, 32] }))`, error: "Dropout: noiseShape [null, 1, 1, 16] does not fit the input (None, 7, 7, 32): axis 3 is 16 where the input has 32." },
  { code: `dropout({ rate: 0.2, noiseShape: [null, 0] })`, error: "Dropout: every size in noiseShape must be a positive integer or null, but got 0." },
];
