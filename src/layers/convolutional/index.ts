/** The convolution layers. */
export { conv1d, type Conv1D, type Conv1DOptions } from "./conv1d.js";
export { conv2d, type Conv2D, type Conv2DOptions } from "./conv2d.js";
export { conv3d, type Conv3D, type Conv3DOptions } from "./conv3d.js";
export type { ConvOptions } from "./base-conv.js";
