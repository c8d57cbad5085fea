/** The pooling layers: windowed (Max/AveragePooling) and global (GlobalMax/GlobalAveragePooling), 1D to 3D. */
export { maxPooling1d, type MaxPooling1D, type MaxPooling1DOptions } from "./max-pooling1d.js";
export { maxPooling2d, type MaxPooling2D, type MaxPooling2DOptions } from "./max-pooling2d.js";
export { maxPooling3d, type MaxPooling3D, type MaxPooling3DOptions } from "./max-pooling3d.js";
export { averagePooling1d, type AveragePooling1D, type AveragePooling1DOptions } from "./average-pooling1d.js";
export { averagePooling2d, type AveragePooling2D, type AveragePooling2DOptions } from "./average-pooling2d.js";
export { averagePooling3d, type AveragePooling3D, type AveragePooling3DOptions } from "./average-pooling3d.js";
export { globalMaxPooling1d, type GlobalMaxPooling1D, type GlobalMaxPooling1DOptions } from "./global-max-pooling1d.js";
export { globalMaxPooling2d, type GlobalMaxPooling2D, type GlobalMaxPooling2DOptions } from "./global-max-pooling2d.js";
export { globalMaxPooling3d, type GlobalMaxPooling3D, type GlobalMaxPooling3DOptions } from "./global-max-pooling3d.js";
export { globalAveragePooling1d, type GlobalAveragePooling1D, type GlobalAveragePooling1DOptions } from "./global-average-pooling1d.js";
export { globalAveragePooling2d, type GlobalAveragePooling2D, type GlobalAveragePooling2DOptions } from "./global-average-pooling2d.js";
export { globalAveragePooling3d, type GlobalAveragePooling3D, type GlobalAveragePooling3DOptions } from "./global-average-pooling3d.js";
export type { PoolingOptions } from "./base-pooling.js";
export type { GlobalPoolingOptions } from "./base-global-pooling.js";
