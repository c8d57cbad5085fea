// Thirty RGB images of 50x50 pixels: the batch axis in every spelling. Leave it out (inputShape /
// shape) and it shows as None; fix it with batchSize, batchInputShape or batchShape and it shows as 30.
import { dense, flatten, input, model, sequential } from "shapeflow";

const anyBatch = input({ shape: [50, 50, 3] }); //                   SymbolicTensor<[null, 50, 50, 3]>
const withSize = input({ shape: [50, 50, 3], batchSize: 30 }); //    SymbolicTensor<[30, 50, 50, 3]>
const withBatchShape = input({ batchShape: [30, 50, 50, 3] }); //    SymbolicTensor<[30, 50, 50, 3]>
console.log(anyBatch.shape, withSize.shape, withBatchShape.shape);

// Dense acts on the last axis only: (30, 50, 50, 3) -> (30, 50, 50, 8), kernel [3, 8].
const perPixel = dense({ units: 8 })(withSize); //                  SymbolicTensor<[30, 50, 50, 8]>
// Flatten lays the 50 * 50 * 8 = 20000 numbers of each image in one axis.
const flat = flatten()(perPixel); //                                SymbolicTensor<[30, 20000]>
const scores = dense({ units: 10 })(flat); //                       SymbolicTensor<[30, 10]>
export const perPixelModel = model({ inputs: withSize, outputs: scores });
perPixelModel.summary();

// The same in a Sequential, once with batchInputShape and once with inputShape + batchSize.
export const a = sequential().add(dense({ units: 8, batchInputShape: [30, 50, 50, 3] })).add(flatten()).add(dense({ units: 10 }));
export const b = sequential().add(dense({ units: 8, inputShape: [50, 50, 3], batchSize: 30 })).add(flatten()).add(dense({ units: 10 }));
console.log("batchInputShape:", a.outputShape, "inputShape + batchSize:", b.outputShape);
