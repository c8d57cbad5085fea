// The activation layers: options that Keras 3 refuses, axes the input lacks, PReLU weights that cannot be sized.
import { activation, input, leakyReLU, prelu, reLU, softmax, thresholdedReLU } from "../../src/index.js";

const img = input({ shape: [8, 8, 3] });
declare const n: number;

// error: ReLU: maxValue must be a number of 0 or more (the largest output), but got -1. Fix: use e.g. maxValue: 6.
reLU({ maxValue: -1 });
// error: ReLU: negativeSlope must be a number of 0 or more (the slope below the threshold), but got -0.1. Fix: use e.g. negativeSlope: 0.1.
reLU({ negativeSlope: -0.1 });
// error: ReLU: threshold must be a number of 0 or more (the input below which the slope applies), but got -2.
reLU({ threshold: -2 });
// A union with a negative member may be negative.
// error: ReLU: maxValue must be a number of 0 or more (the largest output), but got -1.
reLU({ maxValue: Math.random() > 0.5 ? 6 : -1 });
// error: ReLU has no option "alpha". Fix: check the spelling; ReLU takes maxValue, negativeSlope, threshold, name, trainable.
reLU({ alpha: 0.1 });
// error: LeakyReLU: negativeSlope must be a number of 0 or more (the slope below 0), but got -0.3. Fix: use e.g. negativeSlope: 0.3.
leakyReLU({ negativeSlope: -0.3 });
// TF.js's name for it is not Keras 3's.
// error: LeakyReLU has no option "alpha". Fix: check the spelling; LeakyReLU takes negativeSlope, name, trainable.
leakyReLU({ alpha: 0.3 });
// error: ThresholdedReLU: theta must be a number of 0 or more (the threshold), but got -1. Fix: use e.g. theta: 1.
thresholdedReLU({ theta: -1 });

// error: Softmax: axis 2 does not exist in (None, 10), which has rank 2. Fix: use an axis of the input, counted from 0, or from -1 for the last (the default).
softmax({ axis: 2 })(input({ shape: [10] }));
// error: Softmax: axis -3 does not exist in (None, 10), which has rank 2.
softmax({ axis: -3 })(input({ shape: [10] }));
// error: Softmax: axis 1.5 does not exist in (None, 5, 3), which has rank 3.
softmax({ axis: 1.5 })(input({ shape: [5, 3] }));

// error: PReLU needs axis 1 of its input defined, since its alpha weight has one value per element along it, but got (None, None, 3). Fix: give that axis a size in the input shape, or share alpha along it: sharedAxes: [1].
prelu()(input({ shape: [null, 3] }));
// error: PReLU needs axis 2 of its input defined, since its alpha weight has one value per element along it, but got (None, 8, None, 3).
prelu({ sharedAxes: 1 })(input({ shape: [8, null, 3] }));
// error: PReLU: sharedAxes [1, 3] names axis 3, which is not an axis of (None, 8, 3) after its batch axis (1 to 2). Fix: list axes from 1 to 2, e.g. sharedAxes: [1, 2] to share alpha across an image's rows and columns.
prelu({ sharedAxes: [1, 3] })(input({ shape: [8, 3] }));
// The batch axis is not shared: alpha has no value for it.
// error: PReLU: sharedAxes 0 names axis 0, which is not an axis of (None, 8, 8, 3) after its batch axis (1 to 3).
prelu({ sharedAxes: 0 })(img);
// error: PReLU: sharedAxes [-1] names axis -1, which is not an axis of (None, 8, 8, 3) after its batch axis (1 to 3).
prelu({ sharedAxes: [-1] })(img);

// Names Keras 3 does not have, or that would change the shape.
// error: Type '"glu"' is not assignable to type
activation({ activation: "glu" });
// error: Type '"leaky_relu"' is not assignable to type
activation({ activation: "leaky_relu" });
// What the compiler cannot know is not an error.
softmax({ axis: n })(img);
prelu({ sharedAxes: [n] })(input({ shape: [null, 3] }));
