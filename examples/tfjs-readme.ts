// README's "Training it with TensorFlow.js", run as written (test/tfjs-bridge.test.ts checks that the
// README shows these lines): from a checked model to a trained one.
import * as tf from "@tensorflow/tfjs";
import { dense, sequential } from "shapeflow";
import { withTfjs } from "shapeflow/tfjs";

const m = sequential({ layers: [dense({ units: 8, inputShape: [3], activation: "relu" }), dense({ units: 1 })] });
const net = await withTfjs(m, { tf });                          // net.tfModel is the tf.LayersModel, 41 params
net.compile({ optimizer: tf.train.adam(0.05), loss: "meanSquaredError" });
const xs = tf.randomUniform([200, 3], -1, 1, "float32", 7);
const ys = tf.matMul(xs, tf.tensor2d([[1], [-2], [0.5]]));      // the target: y = x0 - 2 x1 + 0.5 x2
await net.fit(xs, ys, { epochs: 100, verbose: 0 });
const y = net.predict([[0.5, -0.5, 1]]);                        // Predicted<[1, 1], Tensor>
console.log(y.shape, y.dataSync()[0]);                          // logs [1, 1] and about 2.0
export const answer = y.dataSync()[0]!;
