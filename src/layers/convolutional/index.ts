/** The convolution layers. */
export { conv1d, type Conv1D, type Conv1DOptions } from "./conv1d.js";
export { conv2d, type Conv2D, type Conv2DOptions } from "./conv2d.js";
export { conv3d, type Conv3D, type Conv3DOptions } from "./conv3d.js";
export { conv1dTranspose, type Conv1DTranspose, type Conv1DTransposeOptions } from "./conv1d-transpose.js";
export { conv2dTranspose, type Conv2DTranspose, type Conv2DTransposeOptions } from "./conv2d-transpose.js";
export { conv3dTranspose, type Conv3DTranspose, type Conv3DTransposeOptions } from "./conv3d-transpose.js";
export { separableConv1d, type SeparableConv1D, type SeparableConv1DOptions } from "./separable-conv1d.js";
export { separableConv2d, type SeparableConv2D, type SeparableConv2DOptions } from "./separable-conv2d.js";
export { depthwiseConv1d, type DepthwiseConv1D, type DepthwiseConv1DOptions } from "./depthwise-conv1d.js";
export { depthwiseConv2d, type DepthwiseConv2D, type DepthwiseConv2DOptions } from "./depthwise-conv2d.js";
export type { ConvOptions, WindowOptions } from "./base-conv.js";
export type { ConvTransposeOptions } from "./base-conv-transpose.js";
export type { SeparableConvOptions } from "./base-separable-conv.js";
export type { DepthwiseConvOptions } from "./base-depthwise-conv.js";
