// The IMDB sentiment classifier of Keras's examples (bidirectional_lstm_imdb.py): token ids embedded in
// 128 numbers, two bidirectional LSTMs of 64 units, one sigmoid output. Parameter counts from Keras 3's
// rules: Embedding 20000 * 128; each Bidirectional(LSTM(64)) 2 * 4 * 64 * (features + 64 + 1) on 128
// features (the first gives every step, concatenated to 128); Dense 128 + 1.
import { bidirectional, dense, embedding, input, lstm, model } from "shapeflow";

const ids = input({ shape: [null], dtype: "int32" }); //                                  SymbolicTensor<[null, null]>
const x = embedding({ inputDim: 20000, outputDim: 128 })(ids); //                         SymbolicTensor<[null, null, 128]>
const seq = bidirectional({ layer: lstm({ units: 64, returnSequences: true }) })(x); //   SymbolicTensor<[null, null, 128]>
const last = bidirectional({ layer: lstm({ units: 64 }) })(seq); //                       SymbolicTensor<[null, 128]>
const out = dense({ units: 1, activation: "sigmoid" })(last); //                          SymbolicTensor<[null, 1]>

export const imdb = model({ inputs: ids, outputs: out }); //                                Model<[null, null], [null, 1]>
imdb.summary();

// The count Keras 3 prints: 2,560,000 + 98,816 + 98,816 + 129.
export const imdbParams = 2_757_761;
