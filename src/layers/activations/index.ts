/** The activation layers: ReLU (with Keras 3's options), LeakyReLU, PReLU, ELU, Softmax, ThresholdedReLU. */
export { reLU, type ReLU, type ReLUOptions } from "./relu.js";
export { leakyReLU, type LeakyReLU, type LeakyReLUOptions } from "./leaky-relu.js";
export { prelu, type PReLU, type PReLUOptions } from "./prelu.js";
export { elu, type ELU, type ELUOptions } from "./elu.js";
export { softmax, type Softmax, type SoftmaxOptions } from "./softmax.js";
export { thresholdedReLU, type ThresholdedReLU, type ThresholdedReLUOptions } from "./thresholded-relu.js";
