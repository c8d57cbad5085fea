import type { Case } from "../cases.js";

/** Cases of the activation layers: see ../cases.ts. */
export const activationCases: readonly Case[] = [
  { code: `reLU()(input({ shape: [8, 8, 3] }))`, shape: [null, 8, 8, 3] },
  { code: `reLU({ maxValue: 6, negativeSlope: 0.1, threshold: 0.5 })(input({ shape: [null] }))`, shape: [null, null] },
  { code: `reLU({ maxValue: -1 })`, error: "ReLU: maxValue must be a number of 0 or more (the largest output), but got -1. Fix: use e.g. maxValue: 6." },
  { code: `reLU({ negativeSlope: -0.1 })`, error: "ReLU: negativeSlope must be a number of 0 or more (the slope below the threshold), but got -0.1." },
  { code: `reLU({ threshold: -2 })`, error: "ReLU: threshold must be a number of 0 or more (the input below which the slope applies), but got -2." },
  { code: `leakyReLU({ negativeSlope: 0.2 })(input({ shape: [4] }))`, shape: [null, 4] },
  { code: `leakyReLU({ negativeSlope: -0.3 })`, error: "LeakyReLU: negativeSlope must be a number of 0 or more (the slope below 0), but got -0.3." },
  { code: `elu({ alpha: 0.5 })(input({ shape: [4] }))`, shape: [null, 4] },
  { code: `thresholdedReLU({ theta: 0.5 })(input({ shape: [4], batchSize: 2 }))`, shape: [2, 4] },
  { code: `thresholdedReLU({ theta: -1 })`, error: "ThresholdedReLU: theta must be a number of 0 or more (the threshold), but got -1." },
  { code: `softmax()(input({ shape: [10] }))`, shape: [null, 10] },
  { code: `softmax({ axis: 1 })(input({ shape: [5, 3] }))`, shape: [null, 5, 3] },
  { code: `softmax({ axis: -3 })(input({ shape: [5, 3] }))`, shape: [null, 5, 3] },
  { code: `softmax({ axis: 2 })(input({ shape: [10] }))`, error: "Softmax: axis 2 does not exist in (None, 10), which has rank 2. Fix: use an axis of the input, counted from 0, or from -1 for the last (the default)." },
  { code: `softmax({ axis: -3 })(input({ shape: [10] }))`, error: "Softmax: axis -3 does not exist in (None, 10), which has rank 2." },
  { code: `prelu()(input({ shape: [8, 8, 3] }))`, shape: [null, 8, 8, 3] },
  { code: `prelu({ sharedAxes: [1, 2] })(input({ shape: [null, null, 3] }))`, shape: [null, null, null, 3] },
  { code: `prelu({ sharedAxes: 1 })(input({ shape: [null, 3] }))`, shape: [null, null, 3] },
  { code: `prelu()(input({ shape: [null, 3] }))`, error: "PReLU needs axis 1 of its input defined, since its alpha weight has one value per element along it, but got (None, None, 3). Fix: give that axis a size in the input shape, or share alpha along it: sharedAxes: [1]." },
  { code: `prelu({ sharedAxes: [1, 3] })(input({ shape: [8, 3] }))`, error: "PReLU: sharedAxes [1, 3] names axis 3, which is not an axis of (None, 8, 3) after its batch axis (1 to 2)." },
  { code: `prelu({ sharedAxes: 0 })(input({ shape: [8, 3] }))`, error: "PReLU: sharedAxes 0 names axis 0, which is not an axis of (None, 8, 3) after its batch axis (1 to 2)." },
  { code: `activation({ activation: "silu" })(input({ shape: [4] }))`, shape: [null, 4] },
  { code: `dense({ units: 2, activation: "logSoftmax" })(input({ shape: [4] }))`, shape: [null, 2] },
  { code: `sequential({ layers: [dense({ units: 4, inputShape: [3] }), prelu(), softmax()] }).outputShape`, shape: [null, 4] },
];
