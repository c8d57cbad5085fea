import type { Case } from "../cases.js";

const q = `input({ shape: [5, 8] })`;
const v = `input({ shape: [7, 8] })`;
const x = `input({ shape: [128, 64] })`;

/** Cases of the attention layers (issue 15): see ../cases.ts. A call giving [output, scores] is read by index. */
export const attentionCases: readonly Case[] = [
  // Attention and AdditiveAttention: (batch, Tq, dim) x (batch, Tv, dimV) -> (batch, Tq, dimV); scores (batch, Tq, Tv)
  { code: `attention()([${q}, ${v}])`, shape: [null, 5, 8] },
  { code: `attention()([${q}, input({ shape: [7, 4] }), ${v}])`, shape: [null, 5, 4] },
  { code: `attention({ returnAttentionScores: true })([${q}, input({ shape: [7, 4] }), ${v}])[1]`, shape: [null, 5, 7] },
  { code: `attention({ scoreMode: "concat" })([input({ shape: [5, 1] }), ${v}])`, shape: [null, 5, 8] },
  { code: `attention()([input({ shape: [null, null] }), ${v}])`, shape: [null, null, 8] },
  { code: `additiveAttention()([${q}, ${v}])`, shape: [null, 5, 8] },
  { code: `additiveAttention({ returnAttentionScores: true, useScale: false })([input({ shape: [5, null] }), ${v}])[1]`, shape: [null, 5, 7] },
  { code: `attention()([${q}, ${v}, input({ shape: [6, 8] })])`, error: "Attention needs key and value of the same steps (every axis but the last), since each key step scores one value step, but key is (None, 6, 8) and value is (None, 7, 8): axis 1 is 6 vs 7. Fix: pass a key with the value's steps, or leave the key out to use the value as the key." },
  { code: `attention()([${q}, ${v}, input({ shape: [7, 4] })])`, error: "Attention multiplies query by key along their last axis (features), which must have the same size, but query is (None, 5, 8) and key is (None, 7, 4): 8 vs 4. Fix: give query and key the same features (e.g. a dense({ units: 4 }) on the query), or use multiHeadAttention, which projects them." },
  { code: `additiveAttention()([${q}, input({ shape: [7, 3] })])`, error: "AdditiveAttention adds query and key along their last axis (features), whose sizes must be equal (or 1), but query is (None, 5, 8) and value is (None, 7, 3): 8 vs 3." },
  { code: `additiveAttention()([input({ shape: [5, null] }), ${v}])`, error: "AdditiveAttention needs the last axis (features) of query defined, since its scale weight is (features,), but got (None, 5, None)." },
  { code: `attention()([${q}])`, error: "Attention takes a list [query, value] or [query, value, key], but got a list of 1. Fix: pass the query and the value, attention()([query, value]), and the key third only when it differs from the value." },
  { code: `attention()([${q}, input({ shape: [8] })])`, error: "Attention needs query, value and key of rank 3, (batch, steps, features), but value is (None, 8) of rank 2." },
  { code: `attention()([${q}, input({ batchShape: [3, 7, 8] }), input({ batchShape: [4, 7, 8] })])`, error: "Attention cannot attend across different batch sizes, but key has batch size 4 while value has 3." },
  { code: `attention({ dropout: 2 })`, error: "Attention: dropout is the fraction of the scores to drop and must be between 0 and 1, but got 2. Fix: use e.g. dropout: 0.1." },
  // MultiHeadAttention: (batch, Tq, Dq) -> (batch, Tq, Dq or outputShape); scores (batch, heads, Tq, Tv)
  { code: `multiHeadAttention({ numHeads: 4, keyDim: 16 })([${x}, ${x}])`, shape: [null, 128, 64] },
  { code: `multiHeadAttention({ numHeads: 4, keyDim: 16, returnAttentionScores: true })([${x}, input({ shape: [10, 32] })])[1]`, shape: [null, 4, 128, 10] },
  { code: `multiHeadAttention({ numHeads: 2, keyDim: 8, outputShape: [3, 4] })([${q}, ${v}])`, shape: [null, 5, 3, 4] },
  { code: `multiHeadAttention({ numHeads: 2, keyDim: 2, returnAttentionScores: true })([input({ shape: [3, 4, 16] }), input({ shape: [5, 6, 16] })])[1]`, shape: [null, 2, 3, 4, 5, 6] },
  // attentionAxes: the other axes are batch axes of Keras's einsum, where query and key must agree (None agrees with any size)
  { code: `multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: [2] })([input({ shape: [3, 4, 16] }), input({ shape: [null, 6, 8] })])`, shape: [null, 3, 4, 16] },
  { code: `multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: [-2] })([input({ shape: [3, 4, 16] }), input({ shape: [5, 6, 16] })])`, error: "MultiHeadAttention attends over axes [-2] only, so query and key must agree on every other axis, but query is (None, 3, 4, 16) and key is (None, 5, 6, 16): axis 1 is 3 vs 5. Fix: attend over that axis too, or give query and key the same size there." },
  { code: `multiHeadAttention({ numHeads: 2, keyDim: 2, returnAttentionScores: true })([input({ shape: [null, 16] }), input({ shape: [null, 16] })])[1]`, shape: [null, 2, null, null] },
  { code: `multiHeadAttention({ numHeads: 2, keyDim: 4 })([${q}, ${v}, input({ shape: [null, 8] })])`, error: "MultiHeadAttention needs key and value of the same steps (every axis but the last), since each key step scores one value step, but key is (None, None, 8) and value is (None, 7, 8): axis 1 is None vs 7." },
  { code: `multiHeadAttention({ numHeads: 2, keyDim: 4 })([${q}, input({ shape: [7, 3, 8] })])`, error: "MultiHeadAttention needs query, value and key of the same rank, 3 or more, (batch, steps, features), but value is (None, 7, 3, 8) of rank 4." },
  { code: `multiHeadAttention({ numHeads: 2, keyDim: 4 })([input({ shape: [8] }), input({ shape: [8] })])`, error: "MultiHeadAttention needs query, value and key of the same rank, 3 or more, (batch, steps, features), but query is (None, 8) of rank 2." },
  { code: `multiHeadAttention({ numHeads: 2, keyDim: 4 })([${q}, input({ shape: [7, null] })])`, error: "MultiHeadAttention needs the last axis (features) of value defined, since its kernels are (features, heads, keyDim), but got (None, 7, None)." },
  { code: `multiHeadAttention({ numHeads: 2, keyDim: 4 })([${q}, input({ batchShape: [2, 7, 8] }), input({ batchShape: [3, 7, 8] })])`, error: "MultiHeadAttention cannot attend across different batch sizes, but key has batch size 3 while value has 2." },
  { code: `multiHeadAttention({ numHeads: 0, keyDim: 4 })`, error: "MultiHeadAttention: numHeads must be a positive integer (the number of attention heads), but got 0. Fix: use e.g. numHeads: 4." },
  { code: `multiHeadAttention({ numHeads: 2, keyDim: 4, outputShape: [3, 0] })`, error: "MultiHeadAttention: outputShape must be a positive integer (the size of the output's last axis, or a list of sizes), but got 0." },
  { code: `multiHeadAttention({ numHeads: 2, keyDim: 4, dropout: -1 })`, error: "MultiHeadAttention: dropout is the fraction of the scores to drop and must be between 0 and 1, but got -1." },
];
