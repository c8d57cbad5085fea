// Attention, AdditiveAttention and MultiHeadAttention: inputs that cannot attend to each other.
import { additiveAttention, attention, input, multiHeadAttention } from "../../src/index.js";

const q = input({ shape: [5, 8] });
const v = input({ shape: [7, 8] });

// Key and value of different steps: each key step scores one value step.
// error: Attention needs key and value of the same steps (every axis but the last), since each key step scores one value step, but key is (None, 6, 8) and value is (None, 7, 8): axis 1 is 6 vs 7. Fix: pass a key with the value's steps, or leave the key out to use the value as the key.
attention()([q, v, input({ shape: [6, 8] })]);
// error: AdditiveAttention needs key and value of the same steps (every axis but the last), since each key step scores one value step, but key is (None, 6, 8) and value is (None, 7, 8): axis 1 is 6 vs 7.
additiveAttention()([q, v, input({ shape: [6, 8] })]);
// error: MultiHeadAttention needs key and value of the same steps (every axis but the last), since each key step scores one value step, but key is (None, 6, 8) and value is (None, 7, 8): axis 1 is 6 vs 7.
multiHeadAttention({ numHeads: 2, keyDim: 4 })([q, v, input({ shape: [6, 8] })]);
// Keras's build compares them as they are: None is not 7
// error: MultiHeadAttention needs key and value of the same steps (every axis but the last), since each key step scores one value step, but key is (None, None, 8) and value is (None, 7, 8): axis 1 is None vs 7.
multiHeadAttention({ numHeads: 2, keyDim: 4 })([q, v, input({ shape: [null, 8] })]);

// Query and key features: a dot product needs equal sizes, a sum equal sizes or 1.
// error: Attention multiplies query by key along their last axis (features), which must have the same size, but query is (None, 5, 8) and key is (None, 7, 4): 8 vs 4. Fix: give query and key the same features (e.g. a dense({ units: 4 }) on the query), or use multiHeadAttention, which projects them.
attention()([q, v, input({ shape: [7, 4] })]);
// error: Attention adds query and key along their last axis (features), whose sizes must be equal (or 1), but query is (None, 5, 8) and value is (None, 7, 3): 8 vs 3.
attention({ scoreMode: "concat" })([q, input({ shape: [7, 3] })]);
// error: AdditiveAttention adds query and key along their last axis (features), whose sizes must be equal (or 1), but query is (None, 5, 8) and value is (None, 7, 3): 8 vs 3.
additiveAttention()([q, input({ shape: [7, 3] })]);

// error: AdditiveAttention needs the last axis (features) of query defined, since its scale weight is (features,), but got (None, 5, None). Fix: give the last axis a size in the input shape; only other axes may be None.
additiveAttention()([input({ shape: [5, null] }), v]);
// error: MultiHeadAttention needs the last axis (features) of value defined, since its kernels are (features, heads, keyDim), but got (None, 7, None).
multiHeadAttention({ numHeads: 2, keyDim: 4 })([q, input({ shape: [7, null] })]);

// The list and the ranks.
// error: Attention takes a list [query, value] or [query, value, key], but got a list of 1. Fix: pass the query and the value, attention()([query, value]), and the key third only when it differs from the value.
attention()([q]);
// error: MultiHeadAttention takes a list [query, value] or [query, value, key], but got a list of 4. Fix: pass the query and the value, multiHeadAttention({ numHeads: 4, keyDim: 16 })([query, value]), and the key third only when it differs from the value.
multiHeadAttention({ numHeads: 2, keyDim: 4 })([q, v, v, v]);
// error: Attention needs query, value and key of rank 3, (batch, steps, features), but value is (None, 8) of rank 2. Fix: give each input a steps axis and a features axis: input({ shape: [10, 16] }) makes (None, 10, 16).
attention()([q, input({ shape: [8] })]);
// error: MultiHeadAttention needs query, value and key of the same rank, 3 or more, (batch, steps, features), but value is (None, 7, 3, 8) of rank 4.
multiHeadAttention({ numHeads: 2, keyDim: 4 })([q, input({ shape: [7, 3, 8] })]);
// error: Attention cannot attend across different batch sizes, but key has batch size 4 while value has 3. Fix: give every input the same batchSize, or leave it out (None).
attention()([q, input({ batchShape: [3, 7, 8] }), input({ batchShape: [4, 7, 8] })]);

// Options.
// error: MultiHeadAttention: numHeads must be a positive integer (the number of attention heads), but got 0. Fix: use e.g. numHeads: 4.
multiHeadAttention({ numHeads: 0, keyDim: 4 });
// error: MultiHeadAttention: keyDim must be a positive integer (the size of each head's query and key), but got 2.5.
multiHeadAttention({ numHeads: 2, keyDim: 2.5 });
// error: MultiHeadAttention: outputShape must be a positive integer (the size of the output's last axis, or a list of sizes), but got 0.
multiHeadAttention({ numHeads: 2, keyDim: 4, outputShape: [3, 0] });
// error: MultiHeadAttention has no option "attentionAxis". Fix: did you mean attentionAxes? MultiHeadAttention takes numHeads, keyDim, valueDim, dropout, useBias, outputShape, attentionAxes, returnAttentionScores, name
multiHeadAttention({ numHeads: 2, keyDim: 4, attentionAxis: 1 });
// error: Attention: dropout is the fraction of the scores to drop and must be between 0 and 1, but got 2. Fix: use e.g. dropout: 0.1.
attention({ dropout: 2 });
// error: Attention has no option "usescale". Fix: did you mean useScale? Attention takes useScale, scoreMode, dropout, seed, returnAttentionScores, name, trainable, dtype.
attention({ usescale: true });
// error: Type '"add"' is not assignable to type '"concat" | "dot" | undefined'
attention({ scoreMode: "add" });

// Several outputs cannot go where one tensor goes.
// attentionAxes must name axes between the batch and the features (the runtime's sentence; one axis prints as a list, as the runtime keeps it)
// error: MultiHeadAttention: attentionAxes [3] must name axes of the query between its batch and features axes, from 1 to 2 (or from -2 back), but query is (None, 3, 4, 16). Fix: leave attentionAxes out to attend over every such axis, or name some of them, e.g. attentionAxes: [1].
multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: [3] })([input({ shape: [3, 4, 16] }), input({ shape: [3, 6, 16] })]);
// error: MultiHeadAttention: attentionAxes [2] must name axes of the query between its batch and features axes, from 1 to 1 (or from -2 back), but query is (None, 5, 8).
multiHeadAttention({ numHeads: 2, keyDim: 4, attentionAxes: 2 })([q, v]);
// error: MultiHeadAttention: attentionAxes [-3] must name axes of the query between its batch and features axes, from 1 to 1 (or from -2 back), but query is (None, 5, 8).
multiHeadAttention({ numHeads: 2, keyDim: 4, attentionAxes: -3 })([q, v]);
// error: MultiHeadAttention: attentionAxes [1, 0] must name axes of the query between its batch and features axes, from 1 to 2 (or from -2 back), but query is (None, 3, 4, 16).
multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: [1, 0] })([input({ shape: [3, 4, 16] }), input({ shape: [3, 6, 16] })]);
// error: MultiHeadAttention: attentionAxes [-4] must name axes of the query between its batch and features axes, from 1 to 2 (or from -2 back), but query is (None, 3, 4, 16).
multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: [-4] })([input({ shape: [3, 4, 16] }), input({ shape: [3, 6, 16] })]);
// The axes not attended over are batch axes of Keras's einsum: query and key must agree there (the runtime's sentence).
// error: MultiHeadAttention attends over axes [2] only, so query and key must agree on every other axis, but query is (None, 3, 4, 16) and key is (None, 5, 6, 16): axis 1 is 3 vs 5. Fix: attend over that axis too, or give query and key the same size there.
multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: [2] })([input({ shape: [3, 4, 16] }), input({ shape: [5, 6, 16] })]);
// error: MultiHeadAttention attends over axes [-3] only, so query and key must agree on every other axis, but query is (None, 3, 4, 16) and key is (None, 3, 6, 16): axis 2 is 4 vs 6.
multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: -3 })([input({ shape: [3, 4, 16] }), input({ shape: [3, 6, 16] })]);
// error: MultiHeadAttention attends over axes [1] only, so query and key must agree on every other axis, but query is (None, 3, 4, 16) and key is (None, 3, 7, 8): axis 2 is 4 vs 7.
multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: [1] })([input({ shape: [3, 4, 16] }), input({ shape: [3, 7, 16] }), input({ shape: [3, 7, 8] })]);

const [out, scores] = attention({ returnAttentionScores: true })([q, v]);
// error: has no element at index '2'
attention({ returnAttentionScores: true })([q, v])[2];
export { out, scores };

// A required option misspelt: the compiler names the factory's options type (layers/option-calls.ts).
// error: Object literal may only specify known properties, but 'numHead' does not exist in type 'MultiHeadAttentionOptions'. Did you mean to write 'numHeads'?
multiHeadAttention({ numHead: 2, keyDim: 4 });
