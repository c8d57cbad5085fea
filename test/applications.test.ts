// The Keras Applications written with shapeflow: at run time their parameter counts are the figures
// Keras publishes, trainable and not (the type-level totals are checked where each example is
// compiled: `const check: 25636712 = params` fails to compile if the type is anything else).
import { describe, expect, test } from "vitest";
import { mobilenetV2 } from "../examples/mobilenet-v2.js";
import { efficientnetB0 } from "../examples/efficientnet-b0.js";
import { mobilenet } from "../examples/mobilenet.js";
import { resnet50 } from "../examples/resnet50.js";
import { channelsFirst, channelsLast } from "../examples/small-cnn.js";
import { vgg16 } from "../examples/vgg16.js";

/** What these tests read of a model imported untyped. */
type Model = { inputShape: unknown; outputShape: unknown; countParams(): number; weights: readonly { trainable: boolean; shape: readonly number[] }[] };

const nonTrainable = (m: { weights: readonly { trainable: boolean; shape: readonly number[] }[] }) =>
  m.weights.filter((w) => !w.trainable).reduce((n, w) => n + w.shape.reduce((a, b) => a * b, 1), 0);

describe.each([
  { name: "VGG16", m: vgg16, total: 138_357_544, fixed: 0 },
  { name: "ResNet50", m: resnet50, total: 25_636_712, fixed: 53_120 },
  { name: "MobileNetV2", m: mobilenetV2, total: 3_538_984, fixed: 34_112 },
  { name: "EfficientNetB0", m: efficientnetB0, total: 5_330_571, fixed: 42_023 },
  { name: "MobileNet", m: mobilenet, total: 4_253_864, fixed: 21_888 },
])("$name", ({ m, total, fixed }) => {
  test("has Keras's parameter count", () => {
    expect(m.countParams()).toBe(total);
    expect(nonTrainable(m)).toBe(fixed);
  });
  test("takes (None, 224, 224, 3) and gives (None, 1000)", () => {
    expect(m.inputShape).toEqual([null, 224, 224, 3]);
    expect(m.outputShape).toEqual([null, 1000]);
  });
  test("prints a summary whose totals are Keras's", () => {
    const text = m.summary({ printFn: () => {} });
    expect(text).toContain(`Total params: ${total.toLocaleString("en-US")}`);
    expect(text).toContain(`Non-trainable params: ${fixed.toLocaleString("en-US")}`);
  });
});

test("the small CNN has the same parameters in both data formats, and the layout its format says", () => {
  expect(channelsLast.countParams()).toBe(1_446_322);
  expect(channelsFirst.countParams()).toBe(1_446_322);
  expect(channelsLast.layers.map((l) => l.output?.shape)).toContainEqual([null, 48, 48, 32]);
  expect(channelsFirst.layers.map((l) => l.output?.shape)).toContainEqual([null, 32, 48, 48]);
  expect(channelsFirst.outputShape).toEqual([null, 10]);
});

test("the block versions of ResNet50 and MobileNetV2 equal their straight-line versions", async () => {
  const { resnet50Straight } = await import("../examples/straight/resnet50-straight.js");
  const { mobilenetV2Straight } = await import("../examples/straight/mobilenet-v2-straight.js");
  for (const [blocks, straight] of [[resnet50, resnet50Straight], [mobilenetV2, mobilenetV2Straight]] as const) {
    expect(straight.outputShape).toEqual(blocks.outputShape);
    expect(straight.countParams()).toBe(blocks.countParams());
    expect(nonTrainable(straight)).toBe(nonTrainable(blocks));
  }
  // And the compiler agrees on their output shapes.
  const r: typeof resnet50Straight.outputShape = resnet50.outputShape;
  const m: typeof mobilenetV2.outputShape = mobilenetV2Straight.outputShape;
  expect([r, m]).toEqual([[null, 1000], [null, 1000]]);
});

test("the NASNetMobile bench fixture (straight, scripts/gen-straight.py) has Keras's parameter count and output shape", async () => {
  // Imported by a computed path so that `npm run typecheck` does not compile the fixture (bench/ measures
  // and budgets its type-check cost, and the fixture checks its own output shape at the type level).
  const path = ["..", "bench", "fixtures", "nasnet-mobile-straight.js"].join("/");
  const { nasnetMobileStraight: m } = (await import(path)) as { nasnetMobileStraight: Model };
  expect(m.inputShape).toEqual([null, 224, 224, 3]);
  expect(m.outputShape).toEqual([null, 1000]);
  expect(m.countParams()).toBe(5_326_716);
  expect(nonTrainable(m)).toBe(36_738);
});

test("the InceptionV3 bench fixture (straight, scripts/gen-straight.py) has Keras's parameter count and output shape", async () => {
  const path = ["..", "bench", "fixtures", "inception-v3-straight.js"].join("/");
  const { inceptionV3Straight: m } = (await import(path)) as { inceptionV3Straight: Model };
  expect(m.inputShape).toEqual([null, 299, 299, 3]);
  expect(m.outputShape).toEqual([null, 1000]);
  expect(m.countParams()).toBe(23_851_784);
  expect(nonTrainable(m)).toBe(34_432);
});
