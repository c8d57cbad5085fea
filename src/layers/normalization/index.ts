/** The normalization layers. */
export {};
