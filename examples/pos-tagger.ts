// A part-of-speech tagger: one tag per token. Token ids of any length are embedded, read in both
// directions by an LSTM that returns every step (Bidirectional concatenates the two: 2 * 32 = 64), and
// TimeDistributed applies one Dense softmax over the 17 tags to every step, with one set of weights.
// Parameters as Keras 3 counts them:
//   Embedding(10000, 64):                10000 * 64                 = 640,000
//   Bidirectional(LSTM(32)) on 64:       2 * 4 * 32 * (64 + 32 + 1) =  24,832
//   TimeDistributed(Dense(17)) on 64:    64 * 17 + 17               =   1,105
import { bidirectional, dense, embedding, input, lstm, model, timeDistributed } from "shapeflow";

const nTags = 17;
const tokens = input({ shape: [null], dtype: "int32", name: "tokens" }); //                     SymbolicTensor<[null, null]>
const vectors = embedding({ inputDim: 10000, outputDim: 64, maskZero: true })(tokens); //     SymbolicTensor<[null, null, 64]>
const read = bidirectional({ layer: lstm({ units: 32, returnSequences: true }) })(vectors); // SymbolicTensor<[null, null, 64]>
const tags = timeDistributed({ layer: dense({ units: nTags, activation: "softmax" }) })(read); // SymbolicTensor<[null, null, 17]>

export const tagger = model({ inputs: tokens, outputs: tags, name: "pos_tagger" }); //          Model<[null, null], [null, null, 17]>
tagger.summary();
export const taggerParams = 640000 + 24832 + 1105;
