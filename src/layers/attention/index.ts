export { attention, type Attention, type AttentionOptions } from "./attention.js";
export { additiveAttention, type AdditiveAttention, type AdditiveAttentionOptions } from "./additive-attention.js";
export { multiHeadAttention, type MultiHeadAttention, type MultiHeadAttentionOptions } from "./multi-head-attention.js";
