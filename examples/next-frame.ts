// keras.io's next-frame prediction with ConvLSTM2D: movies of any length, 64x64 frames of one channel;
// three ConvLSTM2D layers that return every frame (batch-normalized between them), and a Conv3D over
// (time, rows, cols) that gives one sigmoid channel per pixel. A ConvLSTM2D of f filters with a k x k
// kernel on c channels has k * k * c * 4f + k * k * f * 4f + 4f parameters:
//   ConvLSTM2D(64, 5x5) on 1:   25 * 1 * 256 + 25 * 64 * 256 + 256 = 416,256
//   BatchNormalization(64):     4 * 64                             =     256 (128 of them not trained)
//   ConvLSTM2D(64, 3x3) on 64:  9 * 64 * 256 + 9 * 64 * 256 + 256  = 295,168
//   BatchNormalization(64):                                        =     256
//   ConvLSTM2D(64, 1x1) on 64:  64 * 256 + 64 * 256 + 256          =  33,024
//   Conv3D(1, 3x3x3) on 64:     27 * 64 * 1 + 1                    =   1,729
import { batchNormalization, conv3d, convLstm2d, input, model } from "shapeflow";

const frames = input({ shape: [null, 64, 64, 1] }); //                                                   SymbolicTensor<[null, null, 64, 64, 1]>
const x = convLstm2d({ filters: 64, kernelSize: [5, 5], padding: "same", returnSequences: true, activation: "relu" })(frames);
const h1 = batchNormalization()(x);  //                                                                   SymbolicTensor<[null, null, 64, 64, 64]>
const h2 = batchNormalization()(convLstm2d({ filters: 64, kernelSize: [3, 3], padding: "same", returnSequences: true, activation: "relu" })(h1));
const h3 = convLstm2d({ filters: 64, kernelSize: [1, 1], padding: "same", returnSequences: true, activation: "relu" })(h2);
const next = conv3d({ filters: 1, kernelSize: [3, 3, 3], activation: "sigmoid", padding: "same" })(h3); // SymbolicTensor<[null, null, 64, 64, 1]>

export const nextFrame = model({ inputs: frames, outputs: next, name: "next_frame" }); //               Model<[null, null, 64, 64, 1], [null, null, 64, 64, 1]>
nextFrame.summary();
export const nextFrameParams = 416256 + 256 + 295168 + 256 + 33024 + 1729;
