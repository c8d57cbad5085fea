/**
 * The padding layers at run time (ZeroPadding, Cropping, UpSampling, 1D to 3D): the family's parity
 * cases on their own, what the layers hold (no weights; the options as Keras 3 normalizes them), a real
 * model's parameter count, and what plain JavaScript callers get for misuse.
 */
import { beforeEach, describe, expect, test } from "vitest";
import * as shapeflow from "../src/index.js";
import {
  clearSession,
  conv2d,
  cropping1d,
  cropping2d,
  cropping3d,
  input,
  maxPooling2d,
  model,
  sequential,
  ShapeError,
  upSampling1d,
  upSampling2d,
  upSampling3d,
  zeroPadding1d,
  zeroPadding2d,
  zeroPadding3d,
} from "../src/index.js";
import { paddingCases } from "./cases/padding.js";
import { shapeError } from "./shape-error.js";

beforeEach(() => clearSession());

/** Calls `f` and returns the ShapeError it throws (failing if it throws anything else or nothing). */
// Plain JavaScript callers: the compiler is not there to stop these calls.
const js = <f extends (...a: never[]) => unknown>(fn: f) => fn as unknown as (...a: unknown[]) => any;

describe("the family's parity cases, at run time", () => {
  const run = (code: string): unknown => {
    clearSession();
    const names = Object.keys(shapeflow);
    try {
      const v = new Function(...names, `return (${code});`)(...names.map((k) => (shapeflow as Record<string, unknown>)[k]));
      return { shape: v instanceof shapeflow.SymbolicTensor ? v.shape : v };
    } catch (e) {
      if (!(e instanceof ShapeError)) throw e;
      return { error: e.message };
    }
  };
  test.each(paddingCases.map((c) => [c.code, c] as const))("%s", (_, c) => {
    const got = run(c.code);
    if (c.error !== undefined) expect(got).toHaveProperty("error", expect.stringContaining(c.error));
    else expect(got).toEqual({ shape: c.shape });
  });
});

describe("what the layers hold", () => {
  test("no weights and no parameters, built or not", () => {
    for (const l of [zeroPadding1d(), cropping1d(), upSampling1d()]) {
      l(input({ shape: [8, 3] }));
      expect([l.built, l.weights, l.countParams()]).toEqual([true, [], 0]);
    }
    for (const l of [zeroPadding2d(), cropping2d(), upSampling2d()]) {
      l(input({ shape: [8, 8, 3] }));
      expect([l.built, l.weights, l.countParams()]).toEqual([true, [], 0]);
    }
    for (const l of [zeroPadding3d(), cropping3d(), upSampling3d()]) {
      l(input({ shape: [8, 8, 8, 3] }));
      expect([l.built, l.weights, l.countParams()]).toEqual([true, [], 0]);
    }
  });

  test("Keras's class names and default names", () => {
    const ls = [zeroPadding1d(), zeroPadding2d(), zeroPadding3d(), cropping1d(), cropping2d(), cropping3d(), upSampling1d(), upSampling2d(), upSampling3d()];
    expect(ls.map((l) => l.className)).toEqual([
      "ZeroPadding1D", "ZeroPadding2D", "ZeroPadding3D", "Cropping1D", "Cropping2D", "Cropping3D", "UpSampling1D", "UpSampling2D", "UpSampling3D",
    ]);
    expect(ls.map((l) => l.name)).toEqual([
      "zero_padding1d", "zero_padding2d", "zero_padding3d", "cropping1d", "cropping2d", "cropping3d", "up_sampling1d", "up_sampling2d", "up_sampling3d",
    ]);
  });

  test("margins are normalized to one [before, after] pair per axis, as Keras 3 stores them", () => {
    const pad = (l: unknown) => (l as { padding: unknown }).padding;
    const crop = (l: unknown) => (l as { cropping: unknown }).cropping;
    expect(pad(zeroPadding1d())).toEqual([[1, 1]]);
    expect(pad(zeroPadding1d({ padding: [1, 2] }))).toEqual([[1, 2]]);
    expect(pad(zeroPadding2d())).toEqual([[1, 1], [1, 1]]);
    expect(pad(zeroPadding2d({ padding: [3, 4] }))).toEqual([[3, 3], [4, 4]]);
    expect(pad(zeroPadding2d({ padding: [[1, 2], 3] }))).toEqual([[1, 2], [3, 3]]);
    expect(pad(zeroPadding3d({ padding: 2 }))).toEqual([[2, 2], [2, 2], [2, 2]]);
    // Keras 3's defaults: Cropping1D and Cropping3D crop 1 off each side, Cropping2D nothing.
    expect(crop(cropping1d())).toEqual([[1, 1]]);
    expect(crop(cropping2d())).toEqual([[0, 0], [0, 0]]);
    expect(crop(cropping3d())).toEqual([[1, 1], [1, 1], [1, 1]]);
  });

  test("upsampling keeps its factors, format and interpolation", () => {
    const l = upSampling2d({ size: [1, 2], dataFormat: "channelsFirst", interpolation: "bilinear" }) as unknown as Record<string, unknown>;
    expect([l["size"], l["dataFormat"], l["interpolation"]]).toEqual([[1, 2], "channelsFirst", "bilinear"]);
    const d = upSampling2d() as unknown as Record<string, unknown>;
    expect([d["size"], d["dataFormat"], d["interpolation"]]).toEqual([[2, 2], "channelsLast", "nearest"]);
    expect((upSampling1d({ size: 3 }) as unknown as Record<string, unknown>)["size"]).toEqual([3]);
    expect((upSampling3d() as unknown as Record<string, unknown>)["size"]).toEqual([2, 2, 2]);
  });

  test("a layer without weights can be called on inputs of different shapes", () => {
    const p = zeroPadding2d({ padding: 1 });
    expect(p(input({ shape: [28, 28, 1] })).shape).toEqual([null, 30, 30, 1]);
    expect(p(input({ shape: [14, 10, 3] })).shape).toEqual([null, 16, 12, 3]);
  });

  test("the first layer of a Sequential can declare the input", () => {
    const m = sequential().add(cropping2d({ cropping: 2, inputShape: [28, 28, 3] }));
    expect(m.outputShape).toEqual([null, 24, 24, 3]);
    expect(upSampling1d({ inputShape: [5, 2], batchSize: 4 }).batchInputShape).toEqual([4, 5, 2]);
  });
});

describe("a real model", () => {
  test("ResNet50's stem: conv1_pad, conv1_conv (9,472 params, as Keras reports), pool1_pad, pool1_pool", () => {
    const x = input({ shape: [224, 224, 3] });
    const p1 = zeroPadding2d({ padding: [[3, 3], [3, 3]], name: "conv1_pad" })(x);
    const c1 = conv2d({ filters: 64, kernelSize: 7, strides: 2, name: "conv1_conv" })(p1);
    const p2 = zeroPadding2d({ padding: [[1, 1], [1, 1]], name: "pool1_pad" })(c1);
    const y = maxPooling2d({ poolSize: 3, strides: 2, name: "pool1_pool" })(p2);
    expect([p1.shape, c1.shape, p2.shape, y.shape]).toEqual([
      [null, 230, 230, 3],
      [null, 112, 112, 64],
      [null, 114, 114, 64],
      [null, 56, 56, 64],
    ]);
    const m = model({ inputs: x, outputs: y });
    expect(m.countParams()).toBe(7 * 7 * 3 * 64 + 64);
    expect(m.countParams()).toBe(9472);
    const text = m.summary({ printFn: () => {}, lineLength: 88 });
    expect(text).toMatch(/conv1_pad \(ZeroPadding2D\)\s+│?\s*\(None, 230, 230, 3\)\s+│?\s*0/);
    expect(text).toMatch(/pool1_pad \(ZeroPadding2D\)\s+│?\s*\(None, 114, 114, 64\)\s+│?\s*0/);
  });

  test("a U-Net style skip: the encoder's 57x57 cropped to the decoder's 56x56, then upsampled", () => {
    const skip = input({ shape: [57, 57, 64] });
    const cropped = cropping2d({ cropping: [[0, 1], [0, 1]] })(skip);
    expect(cropped.shape).toEqual([null, 56, 56, 64]);
    expect(upSampling2d({ size: 2 })(cropped).shape).toEqual([null, 112, 112, 64]);
  });
});

describe("plain JavaScript misuse gets a ShapeError", () => {
  test("options that are not an options object", () => {
    expect(shapeError(() => js(zeroPadding2d)(null)).message).toBe(
      "ZeroPadding2D expects an options object, but got null. Fix: pass options such as { padding: ... }.",
    );
    expect(shapeError(() => js(cropping2d)(3)).message).toContain("Cropping2D expects an options object, but got number.");
    expect(shapeError(() => js(upSampling2d)([2, 2])).message).toContain("UpSampling2D expects an options object, but got an array.");
  });

  test("margins of the wrong type or form", () => {
    expect(shapeError(() => js(zeroPadding2d)({ padding: "1" })).message).toBe(
      'ZeroPadding2D: padding must be a number, a list of 2 (one per axis: [rows, cols]), or a list of 2 [before, after] pairs, all non-negative integers, but got "1". Fix: use e.g. padding: [[1, 1], [2, 2]].',
    );
    expect(shapeError(() => js(zeroPadding2d)({ padding: null })).message).toContain("but got null.");
    expect(shapeError(() => js(zeroPadding2d)({ padding: Number.NaN })).message).toContain("but got NaN.");
    expect(shapeError(() => js(zeroPadding2d)({ padding: [1, "2"] })).message).toContain('but got [1, "2"].');
    expect(shapeError(() => js(zeroPadding2d)({ padding: [[1, 2, 3], 1] })).message).toContain("but got [[1, 2, 3], 1].");
    expect(shapeError(() => js(zeroPadding1d)({ padding: [1] })).message).toBe(
      "ZeroPadding1D: padding must be a number or a [before, after] pair, all non-negative integers, but got [1]. Fix: use e.g. padding: [1, 2].",
    );
    expect(shapeError(() => js(cropping1d)({ cropping: {} })).message).toContain("Cropping1D: cropping must be a number or a [before, after] pair");
    expect(shapeError(() => js(cropping3d)({ cropping: [1, 1, -1] })).message).toContain("but got [1, 1, -1].");
    expect(shapeError(() => js(cropping2d)({ cropping: 1e21 })).message).toContain("but got 1e+21.");
  });

  test("sizes that are not positive integers", () => {
    expect(shapeError(() => js(upSampling1d)({ size: "2" })).message).toBe(
      'UpSampling1D: size must be a positive integer (how many times each step is repeated), but got "2". Fix: use e.g. size: 2.',
    );
    expect(shapeError(() => js(upSampling1d)({ size: 1.5 })).message).toContain("but got 1.5.");
    expect(shapeError(() => js(upSampling2d)({ size: "2" })).message).toBe(
      'UpSampling2D: size must be a positive integer or a list of 2 positive integers (the factor each spatial axis is repeated by), but got "2". Fix: use e.g. size: 2.',
    );
    expect(shapeError(() => js(upSampling2d)({ size: [2.5, 2] })).message).toContain("but got [2.5, 2].");
    expect(shapeError(() => js(upSampling3d)({ size: [2, 2] })).message).toContain("UpSampling3D: size must be a positive integer or a list of 3 positive integers");
  });

  test("choices outside the allowed ones", () => {
    expect(shapeError(() => js(upSampling2d)({ interpolation: "cubic" })).message).toBe(
      'UpSampling2D: interpolation must be one of "nearest", "bilinear", "bicubic", "lanczos3", "lanczos5", but got "cubic". Fix: use one of "nearest", "bilinear", "bicubic", "lanczos3", "lanczos5".',
    );
    expect(shapeError(() => js(zeroPadding2d)({ dataFormat: "NHWC" })).message).toContain(
      'ZeroPadding2D: dataFormat must be one of "channelsLast", "channelsFirst", but got "NHWC".',
    );
    expect(shapeError(() => js(cropping3d)({ dataFormat: "channels_first" })).message).toContain('but got "channels_first".');
  });

  test("calling a layer on something that is not a tensor", () => {
    expect(shapeError(() => js(zeroPadding2d())([null, 28, 28, 3])).message).toBe(
      "ZeroPadding2D: expected a SymbolicTensor (from input() or another layer), but got an array of 4. Fix: start from input({ shape: [...] }) and pass the tensor a layer returned.",
    );
    expect(shapeError(() => js(cropping1d())(undefined)).message).toContain("Cropping1D: expected a SymbolicTensor");
  });

  test("an input the layer cannot take names the layer, in the error's layer field too", () => {
    const c = cropping2d({ cropping: 30, name: "crop" });
    // The compiler rejects this call too (see ./cases/padding.ts); here the runtime's error is checked.
    const e = shapeError(() => js(c)(input({ shape: [50, 50, 3] })));
    expect(e.layer).toBe("crop");
    expect(e.message).toContain("Cropping2D: cropping 30 + 30 from axis 1 (rows) of size 50 leaves nothing");
  });
});
