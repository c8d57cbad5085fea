/**
 * shapeflow/tfjs with `@tensorflow/tfjs-layers` and `-core` alone (docs/tfjs.md, "Which TensorFlow.js
 * packages"): no `@tensorflow/tfjs` is imported in this file, so no chained tensor op is registered,
 * as in a project that installed only those packages. Its own file: vitest runs each file in a worker
 * of its own, and the union package, once imported, registers chained ops for the whole process.
 */
import "@tensorflow/tfjs-backend-cpu";
import * as tfl from "@tensorflow/tfjs-layers";
import { expect, test } from "vitest";
import * as sf from "../src/index.js";
import { tfjsChainedOps, toTfjs } from "../src/tfjs/index.js";
import { ShapeError } from "../src/index.js";

test("without chained ops every non-recurrent layer builds: Dense and Conv2D", async () => {
  sf.clearSession();
  const m = sf.sequential({ layers: [sf.input({ shape: [8, 8, 1] }), sf.conv2d({ filters: 2, kernelSize: 3 }), sf.flatten(), sf.dense({ units: 3 })] });
  const t = await toTfjs(m, { tf: tfl });
  expect(t.countParams()).toBe(m.countParams());
});

test("a recurrent layer without chained ops: the known cause and the package to pass, not a generic fix", async () => {
  sf.clearSession();
  const m = sf.sequential({ layers: [sf.lstm({ units: 4, inputShape: [5, 3] })] });
  const e = await toTfjs(m, { tf: tfl }).then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ShapeError);
  const message = (e as ShapeError).message;
  const why = /^toTfjs: TensorFlow\.js cannot build layer "lstm" \(LSTM\): (\w+\.\w+ is not a function)\. /.exec(message)?.[1];
  expect(why).toBeDefined();
  expect(message).toBe(tfjsChainedOps("lstm", "LSTM", why!));
  expect(message).toContain('Fix: pass the @tensorflow/tfjs package as tf: toTfjs(model, { tf: await import("@tensorflow/tfjs") }).');
  expect((e as ShapeError).layer).toBe("lstm");
});
