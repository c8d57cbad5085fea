// A transformer encoder block on (None, 128, 64) tokens (already embedded), as in Keras's "Text
// classification with Transformer": self-attention with 4 heads of 16, add & layer norm, a feed-forward
// of dense(128, relu) -> dense(64), add & layer norm, then a small classification head. Every shape is
// checked by the compiler; the attention's count follows Keras 3's rule (test/attention.test.ts checks
// the total by hand, and type-tests/attention.test-d.ts the attention's 16,640 in the types).
import { add, dense, dropout, globalAveragePooling1d, input, layerNormalization, model, multiHeadAttention } from "shapeflow";

const tokens = input({ shape: [128, 64] }); //                                           SymbolicTensor<[null, 128, 64]>
const attended = multiHeadAttention({ numHeads: 4, keyDim: 16 })([tokens, tokens]); //     (None, 128, 64): 16,640
const x1 = layerNormalization({ epsilon: 1e-6 })(add()([tokens, dropout({ rate: 0.1 })(attended)])); // (None, 128, 64): 128
const ff = dense({ units: 128, activation: "relu" })(x1); //                              (None, 128, 128): 8,320
const ffOut = dense({ units: 64 })(ff); //                                                (None, 128, 64): 8,256
const x2 = layerNormalization({ epsilon: 1e-6 })(add()([x1, dropout({ rate: 0.1 })(ffOut)])); //  (None, 128, 64): 128
const pooled = globalAveragePooling1d()(x2); //                                           (None, 64)
const out = dense({ units: 2, activation: "softmax" })(dropout({ rate: 0.1 })(pooled)); // (None, 2): 130

export const transformerEncoder = model({ inputs: tokens, outputs: out }); //            Model<[null, 128, 64], [null, 2]>
const outputShape: [null, 2] = transformerEncoder.outputShape;
transformerEncoder.summary();
export const transformerOutputShape = outputShape;
