// VGG16 as in Keras Applications (include_top, 224x224x3, 1000 classes), written straight as a
// Sequential. The compiler knows every shape and the exact parameter count Keras publishes:
// hover `params` to read 138357544.
import { conv2d, dense, flatten, input, maxPooling2d, sequential, type ParamCount } from "shapeflow";

const conv = <const f extends number>(filters: f) => conv2d({ filters, kernelSize: 3, padding: "same", activation: "relu" });
const pool = () => maxPooling2d({ poolSize: 2, strides: 2 });

export const vgg16 = sequential({
  name: "vgg16",
  layers: [
    input({ shape: [224, 224, 3] }),
    conv(64), conv(64), pool(), //                  block 1: (None, 112, 112, 64)
    conv(128), conv(128), pool(), //                block 2: (None, 56, 56, 128)
    conv(256), conv(256), conv(256), pool(), //     block 3: (None, 28, 28, 256)
    conv(512), conv(512), conv(512), pool(), //     block 4: (None, 14, 14, 512)
    conv(512), conv(512), conv(512), pool(), //     block 5: (None, 7, 7, 512)
    flatten(), //                                               (None, 25088)
    dense({ units: 4096, activation: "relu" }),
    dense({ units: 4096, activation: "relu" }),
    dense({ units: 1000, activation: "softmax" }),
  ],
});

// Hover: const params: 138357544, const out: [null, 1000]
const params = vgg16.countParams();
const out = vgg16.outputShape;
export type VGG16Params = ParamCount<typeof vgg16>; // 138357544
const check: 138357544 = params;

if (import.meta.url === `file://${process.argv[1]}`) {
  vgg16.summary();
  console.log("VGG16:", check, "params, output", out);
}
