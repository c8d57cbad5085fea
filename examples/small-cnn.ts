// The small CNN of the source question: 50x50 RGB images into 10 classes, once with the channels last
// (Keras's default, (batch, rows, cols, channels)) and once with them first ((batch, channels, rows,
// cols)). The layers are the same; only dataFormat and the input's layout change, and with them each
// shape. Parameter counts do not depend on the layout: both have 1,446,322.
import { conv2d, dense, dropout, flatten, input, maxPooling2d, sequential } from "shapeflow";

export const channelsLast = sequential({
  layers: [
    input({ shape: [50, 50, 3] }), //                                              (None, 50, 50, 3)
    conv2d({ filters: 32, kernelSize: 3, activation: "relu" }), //                 (None, 48, 48, 32): 3*3*3*32 + 32 = 896
    maxPooling2d({ poolSize: 2 }), //                                              (None, 24, 24, 32)
    conv2d({ filters: 64, kernelSize: 3, activation: "relu" }), //                 (None, 22, 22, 64): 3*3*32*64 + 64 = 18,496
    maxPooling2d({ poolSize: 2 }), //                                              (None, 11, 11, 64)
    flatten(), //                                                                  (None, 7744)
    dense({ units: 184, activation: "relu" }), //                                  7744*184 + 184 = 1,425,080
    dropout({ rate: 0.5 }),
    dense({ units: 10, activation: "softmax" }), //                                184*10 + 10 = 1,850; total 1,446,322
  ],
});

export const channelsFirst = sequential({
  layers: [
    input({ shape: [3, 50, 50] }), //                                              (None, 3, 50, 50)
    conv2d({ filters: 32, kernelSize: 3, activation: "relu", dataFormat: "channelsFirst" }), // (None, 32, 48, 48)
    maxPooling2d({ poolSize: 2, dataFormat: "channelsFirst" }), //                 (None, 32, 24, 24)
    conv2d({ filters: 64, kernelSize: 3, activation: "relu", dataFormat: "channelsFirst" }), // (None, 64, 22, 22)
    maxPooling2d({ poolSize: 2, dataFormat: "channelsFirst" }), //                 (None, 64, 11, 11)
    flatten({ dataFormat: "channelsFirst" }), //                                   (None, 7744)
    dense({ units: 184, activation: "relu" }),
    dropout({ rate: 0.5 }),
    dense({ units: 10, activation: "softmax" }),
  ],
});

// Hover: the exact totals, equal for both layouts.
const lastParams = channelsLast.countParams();
const firstParams = channelsFirst.countParams();
const same: typeof lastParams = firstParams;

if (import.meta.url === `file://${process.argv[1]}`) {
  channelsLast.summary();
  channelsFirst.summary();
  console.log("channelsLast", channelsLast.outputShape, lastParams, "| channelsFirst", channelsFirst.outputShape, same);
}
