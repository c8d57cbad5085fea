/** The noise and regularization layers: SpatialDropout1D/2D/3D, GaussianNoise, GaussianDropout, AlphaDropout, ActivityRegularization. */
export { spatialDropout1d, type SpatialDropout1D, type SpatialDropout1DOptions } from "./spatial-dropout1d.js";
export { spatialDropout2d, type SpatialDropout2D, type SpatialDropout2DOptions } from "./spatial-dropout2d.js";
export { spatialDropout3d, type SpatialDropout3D, type SpatialDropout3DOptions } from "./spatial-dropout3d.js";
export { gaussianNoise, type GaussianNoise, type GaussianNoiseOptions } from "./gaussian-noise.js";
export { gaussianDropout, type GaussianDropout, type GaussianDropoutOptions } from "./gaussian-dropout.js";
export { alphaDropout, type AlphaDropout, type AlphaDropoutOptions } from "./alpha-dropout.js";
export { activityRegularization, type ActivityRegularization, type ActivityRegularizationOptions } from "./activity-regularization.js";
