// The noise and regularization layers: ranks, fractions, and a noiseShape that does not fit the input.
import { activityRegularization, alphaDropout, dropout, gaussianDropout, gaussianNoise, input, spatialDropout1d, spatialDropout2d, spatialDropout3d } from "../../src/index.js";

const img = input({ shape: [7, 7, 32] });

// error: SpatialDropout1D needs an input of rank 3, (batch, steps, features) with channelsLast, or (batch, features, steps) with channelsFirst, but got (None, 7, 7, 32) of rank 4.
spatialDropout1d({ rate: 0.2 })(img);
// error: SpatialDropout2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 16) of rank 2. Fix: give the input that layout, e.g. input({ shape: [28, 28, 1] }).
spatialDropout2d({ rate: 0.2 })(input({ shape: [16] }));
// error: SpatialDropout3D needs an input of rank 5
spatialDropout3d({ rate: 0.2 })(img);
// error: SpatialDropout2D: rate is the fraction of feature maps to drop and must be between 0 and 1, but got 1.5. Fix: use e.g. rate: 0.2.
spatialDropout2d({ rate: 1.5 });
// error: GaussianNoise: stddev is the standard deviation of the noise and must be between 0 and 1, but got 2. Fix: use e.g. stddev: 0.1.
gaussianNoise({ stddev: 2 });
// error: GaussianDropout: rate is the drop probability and must be between 0 and 1, but got -0.1.
gaussianDropout({ rate: -0.1 });
// error: AlphaDropout: rate is the drop probability and must be between 0 and 1, but got 3.
alphaDropout({ rate: 3 });
// error: ActivityRegularization: l1 must be a number of 0 or more (the L1 factor), but got -1. Fix: use e.g. l1: 0.01.
activityRegularization({ l1: -1 });
// error: ActivityRegularization has no option "l3". Fix: check the spelling; ActivityRegularization takes l1, l2, name, trainable.
activityRegularization({ l3: 1 });

// --- noiseShape --------------------------------------------------------------------------------------
// error: Dropout: noiseShape [null, 1, 32] has 3 sizes, but the input (None, 7, 7, 32) has rank 4. Fix: give one size for each axis of the input, the batch axis included: null to take the input's size, 1 to share the mask along that axis.
dropout({ rate: 0.2, noiseShape: [null, 1, 32] })(img);
// error: Dropout: noiseShape [null, 1, 1, 16] does not fit the input (None, 7, 7, 32): axis 3 is 16 where the input has 32. Fix: use 1 there to share the mask along that axis, null to take the input's size, or the input's size.
dropout({ rate: 0.2, noiseShape: [null, 1, 1, 16] })(img);
// error: Dropout: every size in noiseShape must be a positive integer or null, but got 0. Fix: use null for a size taken from the input, 1 for an axis the mask is shared along.
dropout({ rate: 0.2, noiseShape: [null, 0] });
// error: AlphaDropout: noiseShape [2, 1, 4] does not fit the input (3, 4, 4): axis 0 is 2 where the input has 3.
alphaDropout({ rate: 0.2, noiseShape: [2, 1, 4] })(input({ shape: [4, 4], batchSize: 3 }));
