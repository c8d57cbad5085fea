// Keras's character-level sequence-to-sequence example (lstm_seq2seq.py): an LSTM encoder reads the
// input sentence and returns its final states [h, c]; an LSTM decoder starts from them
// (initialState) and predicts the target sentence one character per step. 71 input characters, 93
// target characters, 256 latent units.
import { dense, input, lstm, model } from "shapeflow";

const encoderInputs = input({ shape: [null, 71], name: "encoder_inputs" }); //     SymbolicTensor<[null, null, 71]>
const [, h, c] = lstm({ units: 256, returnState: true, name: "encoder" })(encoderInputs); // each SymbolicTensor<[null, 256]>

const decoderInputs = input({ shape: [null, 93], name: "decoder_inputs" }); //     SymbolicTensor<[null, null, 93]>
const [decoded] = lstm({ units: 256, returnSequences: true, returnState: true, name: "decoder" })(decoderInputs, {
  initialState: [h, c], //                                                         a state of another size is a compile error
}); //                                                                             SymbolicTensor<[null, null, 256]>
const out = dense({ units: 93, activation: "softmax", name: "next_char" })(decoded); // SymbolicTensor<[null, null, 93]>

export const seq2seq = model({ inputs: [encoderInputs, decoderInputs], outputs: out });
// Model<[[null, null, 71], [null, null, 93]], [null, null, 93]>
seq2seq.summary();

// Keras 3's count: encoder 4 * 256 * (71 + 256 + 1) = 335,872; decoder 4 * 256 * (93 + 256 + 1) = 358,400;
// Dense 256 * 93 + 93 = 23,901.
export const seq2seqParams = 718_173;
