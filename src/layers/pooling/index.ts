/** The pooling layers. */
export {};
