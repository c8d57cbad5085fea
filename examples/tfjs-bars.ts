// A small convolutional classifier, trained for real: 8x8 grey images of one horizontal or one vertical
// bar, with noise, made in code (no download). shapeflow checks the network's shapes; shapeflow/tfjs
// builds it as a TensorFlow.js model, checks the data against them, trains it and reports accuracy.
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import * as tfl from "@tensorflow/tfjs-layers";
import { conv2d, dense, flatten, input, maxPooling2d, sequential } from "shapeflow";
import { withTfjs } from "shapeflow/tfjs";

const size = 8;
const seeded = (seed: number) => tfl.initializers.glorotUniform({ seed }); // Keras 3's default, seeded: the same run each time
export const m = sequential({
  layers: [
    input({ shape: [size, size, 1] }), //                          (None, 8, 8, 1)
    conv2d({ filters: 4, kernelSize: 3, activation: "relu", kernelInitializer: seeded(1) }), // (None, 6, 6, 4): 3*3*1*4 + 4 = 40
    maxPooling2d({ poolSize: 2 }), //                              (None, 3, 3, 4)
    flatten(), //                                                  (None, 36)
    dense({ units: 2, activation: "softmax", kernelInitializer: seeded(2) }), // 36*2 + 2 = 74; total 114
  ],
}); // Sequential<[null, 8, 8, 1], [null, 2], Params<114>>

/** `n` images, half with a horizontal bar (class 0), half with a vertical one (class 1); seeded noise. */
const bars = (n: number, seed: number) => {
  let s = seed;
  const random = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const images: number[][][][] = [];
  const labels: number[][] = [];
  for (let k = 0; k < n; k++) {
    const vertical = k % 2;
    const at = Math.floor(random() * size);
    images.push(Array.from({ length: size }, (_, r) => Array.from({ length: size }, (_, c) => [((vertical ? c : r) === at ? 1 : 0) + 0.3 * random()])));
    labels.push(vertical ? [0, 1] : [1, 0]);
  }
  return { xs: tf.tensor4d(images), ys: tf.tensor2d(labels) };
};

await tf.setBackend("cpu");
const net = await withTfjs(m, { tf: tfl });
net.compile({ optimizer: tf.train.adam(0.05), loss: "categoricalCrossentropy", metrics: ["accuracy"] });
m.summary();

const train = bars(200, 1);
const test = bars(100, 2);
/** The share of `data`'s images whose predicted class is the right one. */
const accuracy = (data: { xs: tf.Tensor4D; ys: tf.Tensor2D }) => {
  const p = net.predict(data.xs); // Predicted<[number, 2], Tensor>: the model's output shape, typed
  return tf.mean(tf.cast(tf.equal(tf.argMax(p, 1), tf.argMax(data.ys, 1)), "float32")).dataSync()[0]!;
};

export const accuracyBefore = accuracy(test);
console.log(`test accuracy before training: ${(accuracyBefore * 100).toFixed(0)}%`);
await net.fit(train.xs, train.ys, { epochs: 8, batchSize: 20, verbose: 0 });
export const accuracyAfter = accuracy(test);
console.log(`test accuracy after 8 epochs:  ${(accuracyAfter * 100).toFixed(0)}%`);
// net.predict(tf.zeros([8, 8, 1]) as tf.Tensor3D) does not compile: "the batch axis is missing: ... use tensor4d".
