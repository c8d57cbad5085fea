// A GRU text classifier as a Sequential: sequences of 200 token ids, embedded, two stacked GRUs, a
// softmax over 5 classes. Keras 3's GRU has resetAfter: true, so its bias is [2, 3 * units]: a GRU of
// u units on F features has 3 * u * (F + u + 2) parameters. The compiler computes the total exactly.
import { dense, dropout, embedding, gru, input, sequential } from "shapeflow";

export const gruText = sequential()
  .add(input({ shape: [200], dtype: "int32" })) //           Sequential<[null, 200], [null, 200], Params<0>>
  .add(embedding({ inputDim: 10000, outputDim: 64 })) //    (None, 200, 64): 640,000
  .add(gru({ units: 64, returnSequences: true })) //        (None, 200, 64): 3 * 64 * (64 + 64 + 2) = 24,960
  .add(gru({ units: 32, dropout: 0.2 })) //                 (None, 32): 3 * 32 * (64 + 32 + 2) = 9,408
  .add(dropout({ rate: 0.5 }))
  .add(dense({ units: 5, activation: "softmax" })); //      (None, 5): 165

const params: 674533 = gruText.countParams(); //             the type is the exact total
gruText.summary();
export const gruTextParams = params;
