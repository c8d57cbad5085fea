/** The reshaping layers. */
export { flatten, type Flatten, type FlattenOptions } from "./flatten.js";
export { reshape, type Reshape, type ReshapeOptions } from "./reshape.js";
export { permute, type Permute, type PermuteOptions } from "./permute.js";
export { repeatVector, type RepeatVector, type RepeatVectorOptions } from "./repeat-vector.js";
export { zeroPadding1d, zeroPadding2d, zeroPadding3d, type ZeroPadding1D, type ZeroPadding2D, type ZeroPadding3D, type ZeroPadding1DOptions, type ZeroPadding2DOptions, type ZeroPadding3DOptions } from "./zero-padding.js";
export { cropping1d, cropping2d, cropping3d, type Cropping1D, type Cropping2D, type Cropping3D, type Cropping1DOptions, type Cropping2DOptions, type Cropping3DOptions } from "./cropping.js";
export { upSampling1d, upSampling2d, upSampling3d, type UpSampling1D, type UpSampling2D, type UpSampling3D, type UpSampling1DOptions, type UpSampling2DOptions, type UpSampling3DOptions, type Interpolation } from "./up-sampling.js";
export type { Margin, Margins } from "./spatial.js";
