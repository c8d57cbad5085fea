/**
 * Model JSON in and out (issue #16): every example exported in both formats and read back gives the
 * same summary; the code generator's output for every example compiles on TypeScript 7 and 5.9 with
 * the model's shapes in its types, and runs to the same summary; Keras 3 fixtures written to the
 * documented format (two inputs, a shared layer, nested models) load; each failure names its layer.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import * as shapeflow from "../src/index.js";
import { ShapeError } from "../src/index.js";
import { codegen, fromJSON, kerasClasses, nestedGraph, readPlan, toKerasJSON, toTfjsJSON } from "../src/json/index.js";
import { badModelJSON, layerRefused, notModelJSON, unknownLayerClass, wrapperLayer } from "../src/json/import.js";
import { notAModelToExport } from "../src/json/export.js";
import { layerOptions, wrapperClasses } from "../src/json/classes.js";
import { noTfjsOption } from "../src/tfjs/bridge.js";
import { compilers, root, runTsc, write } from "./tsc.js";
import * as batchAxis from "../examples/batch-axis.js";
import { branching } from "../examples/branching.js";
import { mobilenetV2 } from "../examples/mobilenet-v2.js";
import { resnet50 } from "../examples/resnet50.js";
import { m as seedFunctional } from "../examples/seed-functional.js";
import * as seedSequential from "../examples/seed-sequential.js";
import { channelsFirst, channelsLast } from "../examples/small-cnn.js";
import { mobilenetV2Straight } from "../examples/straight/mobilenet-v2-straight.js";
import { resnet50Straight } from "../examples/straight/resnet50-straight.js";
import { vgg16 } from "../examples/vgg16.js";
import { exportedCells, exportedHelpers } from "./exported-helpers.js";

type AnyModel = { readonly name: string; summary(o?: object): string; countParams(): number; readonly outputShape: unknown; readonly inputShape: unknown };
const examples: [string, AnyModel][] = [
  ["batchAxis.perPixelModel", batchAxis.perPixelModel], ["batchAxis.a", batchAxis.a], ["batchAxis.b", batchAxis.b],
  ["branching", branching], ["mobilenetV2", mobilenetV2], ["resnet50", resnet50], ["seedFunctional", seedFunctional],
  ["seedSequential.m", seedSequential.m], ["seedSequential.m2", seedSequential.m2], ["seedSequential.m3", seedSequential.m3],
  ["channelsFirst", channelsFirst], ["channelsLast", channelsLast], ["mobilenetV2Straight", mobilenetV2Straight],
  ["resnet50Straight", resnet50Straight], ["vgg16", vgg16],
] as unknown as [string, AnyModel][];

const quiet = { printFn: () => {} };
/**
 * A summary with the class of blocks folded: Keras has no Residual, Parallel or Repeat class, so a block
 * is written (and read back) as the functional model it is, and the code generator writes a chain as a
 * Sequential. Everything else (names, shapes, counts, connections) must be the same.
 */
const folded = (s: string): string => s.replace(/\((Residual|Parallel|Repeat|Functional|Sequential)\)/g, "(Block)").replace(/[ ─━┃│┏┓┗┛┡┩└┘├┤┼┬┴┳┻╇]+/g, " ");

describe("export, then import: the same model", () => {
  test.each(examples)("%s, in both formats", (_, m) => {
    for (const json of [toKerasJSON(m), toTfjsJSON(m)]) {
      const back = fromJSON(JSON.stringify(json));
      expect(back.countParams()).toBe(m.countParams());
      expect(back.outputShape).toEqual(m.outputShape);
      expect(folded(back.summary(quiet))).toBe(folded(m.summary(quiet)));
      // Read back and written again, it is the same JSON: nothing was lost on the way.
      expect("module" in json ? toKerasJSON(back) : toTfjsJSON(back)).toEqual(json);
    }
  });

  test("a model without blocks comes back with exactly the same summary", () => {
    for (const m of [branching, seedFunctional, seedSequential.m2, vgg16, resnet50Straight] as unknown as AnyModel[])
      for (const json of [toKerasJSON(m), toTfjsJSON(m)]) expect(fromJSON(json).summary(quiet)).toBe(m.summary(quiet));
  });
});

describe("the formats", () => {
  const inp = shapeflow.input({ shape: [3], name: "x" });
  const out = shapeflow.dense({ units: 2, name: "y" })(inp);
  const m = shapeflow.model({ inputs: inp, outputs: out, name: "tiny" });

  test("Keras 3: batch_shape, nodes as args/kwargs with keras tensors, module and registered_name, flat io triples", () => {
    const j = toKerasJSON(m) as any;
    expect(j).toMatchObject({ module: "keras.src.models.functional", class_name: "Functional", registered_name: "Functional" });
    expect(j.config.input_layers).toEqual(["x", 0, 0]);
    expect(j.config.output_layers).toEqual(["y", 0, 0]);
    expect(j.config.layers[0].config).toEqual({ batch_shape: [null, 3], dtype: "float32", sparse: false, name: "x" });
    expect(j.config.layers[1].inbound_nodes).toEqual([
      { args: [{ class_name: "__keras_tensor__", config: { shape: [null, 3], dtype: "float32", keras_history: ["x", 0, 0] } }], kwargs: {} },
    ]);
    expect(j.config.layers[1].config.dtype).toEqual({ module: "keras", class_name: "DTypePolicy", config: { name: "float32" }, registered_name: null });
    expect(j.config.layers[1].config.kernel_initializer).toEqual({ module: "keras.initializers", class_name: "GlorotUniform", config: { seed: null }, registered_name: null });
    expect(j.config.layers[1].build_config).toEqual({ input_shape: [null, 3] });
  });

  test("TF.js / Keras 2: batch_input_shape, nested node lists, io lists of triples", () => {
    const j = toTfjsJSON(m) as any;
    expect(j.class_name).toBe("Model");
    expect(j.config.layers[0].config.batch_input_shape).toEqual([null, 3]);
    expect(j.config.layers[1].inbound_nodes).toEqual([[["x", 0, 0, {}]]]);
    expect(j.config.input_layers).toEqual([["x", 0, 0]]);
    expect(j.config.output_layers).toEqual([["y", 0, 0]]);
    const s = toTfjsJSON(seedSequential.m2) as any;
    expect(s.config.layers[0].config.batch_input_shape).toEqual([null, 3]);
  });

  test("a shared layer is one entry with one node a call; a nested model's calls are numbered as Keras numbers them", () => {
    const a = shapeflow.input({ shape: [4], name: "a" });
    const b = shapeflow.input({ shape: [4], name: "b" });
    const enc = shapeflow.dense({ units: 2, name: "enc" });
    const block = shapeflow.sequential({ name: "blk", layers: [shapeflow.input({ shape: [2] }), shapeflow.dense({ units: 2, name: "inner" })] });
    const s = shapeflow.add({ name: "s" })([block(enc(a)), enc(b)]);
    const m2 = shapeflow.model({ inputs: [a, b], outputs: s, name: "sh" });
    const k = toKerasJSON(m2) as any;
    const t = toTfjsJSON(m2) as any;
    const entry = (j: any, n: string) => j.config.layers.find((l: any) => l.name === n);
    expect(entry(k, "enc").inbound_nodes.length).toBe(2);
    expect(entry(t, "s").inbound_nodes).toEqual([[["blk", 1, 0, {}], ["enc", 1, 0, {}]]]); // TF.js: a Sequential's own graph is node 0
    expect(entry(k, "s").inbound_nodes[0].args[0].map((x: any) => x.config.keras_history)).toEqual([["blk", 0, 0], ["enc", 1, 0]]); // Keras 3: not
    expect(k.config.input_layers).toEqual([["a", 0, 0], ["b", 0, 0]]);
    for (const j of [k, t]) expect(fromJSON(j).summary(quiet)).toBe(m2.summary(quiet));
  });

  test("a model json with modelTopology, and a converter's topology with model_config, are read", () => {
    const t = toTfjsJSON(seedSequential.m2);
    expect(fromJSON({ format: "layers-model", modelTopology: t, weightsManifest: [] }).countParams()).toBe(41);
    expect(fromJSON({ modelTopology: { keras_version: "2.15.0", backend: "tensorflow", model_config: t } }).countParams()).toBe(41);
    const legacy = { class_name: "Sequential", config: (t.config as any).layers }; // old h5 files: config is the list of layers
    expect(fromJSON(legacy).countParams()).toBe(41);
  });
});

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(root, "test/fixtures/keras3", name), "utf8"));

describe("Keras 3 JSON written to the documented format", () => {
  test("two inputs concatenated", () => {
    const m = fromJSON(fixture("two-inputs.json"));
    expect(m.inputShape).toEqual([[null, 3], [null, 2]]);
    expect(m.outputShape).toEqual([null, 1]);
    expect(m.countParams()).toBe(6);
    expect(m.layers.map((l) => l.name)).toEqual(["a", "b", "cat", "y"]);
  });
  test("a shared layer: one Dense called on two inputs shares its weights", () => {
    const m = fromJSON(fixture("shared-layer.json"));
    expect(m.countParams()).toBe(8 * 4 + 4 + 4 + 1);
    expect(m.summary(quiet)).toContain("encoder[0][0],");
    expect(m.summary(quiet)).toContain("encoder[1][0]");
  });
  test("nested models: a Sequential and a Functional block", () => {
    const m = fromJSON(fixture("nested-model.json"));
    expect(m.outputShape).toEqual([null, 10]);
    expect(m.countParams()).toBe(8 * 9 + 8 + 1352 * 16 + 16 + 16 * 10 + 10);
    expect(m.layers.map((l) => `${l.name} ${l.className}`)).toEqual(["image InputLayer", "features Sequential", "head Functional"]);
  });
  test("Keras-only config entries are listed, not passed on; unset ones (null) are not", () => {
    const json = fixture("two-inputs.json") as any;
    json.config.layers[3].config.lora_rank = 4;
    json.config.layers[3].config.kernel_initializer = { module: "keras.initializers", class_name: "Orthogonal", config: { gain: 2, seed: null }, registered_name: null };
    const plan = readPlan(json) as any;
    expect(plan.layers.get("y").unmodeled).toEqual([{ key: "lora_rank", value: 4, shapeflow: undefined }]);
    expect(plan.layers.get("y").options.kernelInitializer).toEqual({ class_name: "Orthogonal", config: { gain: 2, seed: null } }); // kept, passed through
    expect(codegen(json)).toContain(`//   lora_rank: 4`);
  });
});

describe("errors name the problem and the layer", () => {
  test("not a model", () => {
    expect(() => fromJSON("{oops")).toThrow(new ShapeError(notModelJSON("text that is not JSON")));
    expect(() => fromJSON({ class_name: "Dense", config: {} })).toThrow(notModelJSON("a Dense (a layer, not a model)"));
    expect(() => fromJSON(42)).toThrow(notModelJSON("number"));
    expect(() => fromJSON({ weightsManifest: [] })).toThrow(notModelJSON("an object with keys weightsManifest"));
  });
  test("a class shapeflow has no layer for", () => {
    const json = fixture("two-inputs.json") as any;
    json.config.layers[3].class_name = "LSTMCellWrapper";
    expect(() => fromJSON(json)).toThrow(unknownLayerClass("y", "LSTMCellWrapper"));
  });
  test("a config shapeflow's rules refuse: shapeflow's own sentence, after the layer's name", () => {
    const json = fixture("two-inputs.json") as any;
    json.config.layers[3].config.units = 0;
    let message = "";
    try {
      shapeflow.dense({ units: 0 } as never);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^Dense: units/);
    expect(() => fromJSON(json)).toThrow(layerRefused("y", message));
  });
  test("a shape shapeflow's rules refuse: the layer's sentence", () => {
    const json = fixture("two-inputs.json") as any;
    json.config.layers[2].class_name = "Add"; // Add of (None, 3) and (None, 2)
    delete json.config.layers[2].config.axis;
    let message = "";
    try {
      shapeflow.add({ name: "cat" })([shapeflow.input({ shape: [3] }), shapeflow.input({ shape: [2] })] as never);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^Add/);
    expect(() => fromJSON(json)).toThrow(layerRefused("cat", message));
  });
  test("a tensor no layer makes, and a model with no input shape", () => {
    const json = fixture("two-inputs.json") as any;
    json.config.layers[3].inbound_nodes[0].args[0].config.keras_history = ["nope", 0, 0];
    expect(() => fromJSON(json)).toThrow(badModelJSON("two_in", `layer "y" takes the tensor nope at node 0, which no layer of the model makes`));
    expect(() => fromJSON({ class_name: "Sequential", config: { name: "s", layers: [{ class_name: "Dense", config: { units: 1 } }] } })).toThrow(
      badModelJSON("s", "the Sequential has no input shape (no InputLayer, batch_input_shape or build_input_shape)"),
    );
  });
  test("toTfjsJSON refuses what TF.js 4.22 would read as another model, with toTfjs's sentence; Keras 3's format has it", () => {
    const x = shapeflow.input({ shape: [8, 4], name: "seq" });
    const grouped = shapeflow.model({ name: "g", inputs: x, outputs: shapeflow.conv1d({ filters: 4, kernelSize: 3, groups: 2, name: "gc" })(x) });
    expect(() => toTfjsJSON(grouped)).toThrow(noTfjsOption("gc", "Conv1D", "groups", "2", "leave groups at 1 (TF.js has no grouped convolution), or split the channels with separate conv1d layers and concatenate"));
    const y = shapeflow.input({ shape: [8, 4], name: "seq2" });
    const up = shapeflow.model({ name: "u", inputs: y, outputs: shapeflow.conv1dTranspose({ filters: 2, kernelSize: 3, name: "up" })(y) });
    expect(() => toTfjsJSON(up)).toThrow(/^toTfjs: layer "up" is a Conv1DTranspose, which TensorFlow.js 4.22 has no layer for/);
    for (const m of [grouped, up]) expect(fromJSON(toKerasJSON(m)).summary(quiet)).toBe(m.summary(quiet));
  });

  test("export refuses what is not a model", () => {
    expect(() => toKerasJSON(shapeflow.dense({ units: 1, name: "d" }))).toThrow(notAModelToExport("toKerasJSON", `the layer "d"`));
    expect(() => toTfjsJSON(null)).toThrow(notAModelToExport("toTfjsJSON", "null"));
  });
  test("codegen refuses a nested graph that shapeflow's types cannot call as a layer", () => {
    const a = shapeflow.input({ shape: [4], name: "ia" });
    const inner = shapeflow.model({ name: "diamond", inputs: a, outputs: shapeflow.concatenate({ name: "c2" })([shapeflow.dense({ units: 2, name: "d2" })(a), shapeflow.dense({ units: 3, name: "d2b" })(a)]) });
    const x = shapeflow.input({ shape: [4], name: "x2" });
    const outer = shapeflow.model({ name: "outer", inputs: x, outputs: (inner as any)(shapeflow.dense({ units: 4, name: "d3" })(x)) });
    expect(codegen(toKerasJSON(outer))).toContain("parallel("); // Concatenate of two paths: parallel
    const y = shapeflow.input({ shape: [4], name: "iy" });
    const y1 = shapeflow.dense({ units: 4, name: "d4" })(y);
    const odd = shapeflow.model({ name: "odd", inputs: y, outputs: shapeflow.add({ name: "a4" })([y1, shapeflow.dense({ units: 4, name: "d5" })(y1)]) });
    const z = shapeflow.input({ shape: [4], name: "z" });
    const outer2 = shapeflow.model({ name: "outer2", inputs: z, outputs: (odd as any)(z) });
    expect(() => codegen(toKerasJSON(outer2))).toThrow(nestedGraph("odd"));
  });
});

test("every layer factory shapeflow exports has its Keras class in kerasClasses (one line to add with a new layer)", () => {
  const sf = shapeflow as unknown as Record<string, unknown>;
  const notLayers = ["input", "model", "sequential", "residual", "parallel", "repeat", "gate", "pipe", ...exportedHelpers, ...exportedCells];
  const factories = Object.keys(sf).filter((k) => /^[a-z]/.test(k) && typeof sf[k] === "function" && !notLayers.includes(k));
  const known = [...Object.values(kerasClasses), ...Object.values(wrapperClasses)];
  expect(factories.filter((f) => !known.includes(f))).toEqual([]);
  for (const [cls, f] of Object.entries(kerasClasses)) expect(typeof sf[f], `${cls}: ${f}`).toBe("function");
});

/** Options for each factory, away from the defaults where they can be, to check that the way back finds them. */
const optionsFor: Record<string, object> = {
  dense: { units: 4, activation: "relu", useBias: false, kernelInitializer: "heNormal", dtype: "float32" },
  activation: { activation: "hardSigmoid" }, dropout: { rate: 0.3 }, add: {}, concatenate: { axis: 1 },
  conv1d: { filters: 2, kernelSize: 3, padding: "causal", dilationRate: 2 },
  conv2d: { filters: 2, kernelSize: [3, 5], strides: 2, dataFormat: "channelsFirst", groups: 2 },
  conv3d: { filters: 2, kernelSize: 3, padding: "same" }, conv1dTranspose: { filters: 2, kernelSize: 3, strides: 2 },
  conv2dTranspose: { filters: 2, kernelSize: 3, strides: 2, padding: "same" }, conv3dTranspose: { filters: 2, kernelSize: 3 },
  separableConv1d: { filters: 2, kernelSize: 3 }, separableConv2d: { filters: 2, kernelSize: 3, depthMultiplier: 2 },
  depthwiseConv1d: { kernelSize: 3 }, depthwiseConv2d: { kernelSize: 3, depthMultiplier: 3, useBias: false },
  maxPooling1d: { poolSize: 3 }, maxPooling2d: { poolSize: [2, 3], strides: 1, padding: "same" }, maxPooling3d: {},
  averagePooling1d: { poolSize: 2 }, averagePooling2d: { poolSize: 2, dataFormat: "channelsFirst" }, averagePooling3d: { poolSize: 2 },
  globalMaxPooling1d: {}, globalMaxPooling2d: { dataFormat: "channelsFirst" }, globalMaxPooling3d: { keepdims: true },
  globalAveragePooling1d: {}, globalAveragePooling2d: {}, globalAveragePooling3d: {},
  flatten: {}, reshape: { targetShape: [2, -1] }, permute: { dims: [2, 1] }, repeatVector: { n: 3 },
  zeroPadding1d: { padding: 2 }, zeroPadding2d: { padding: [[1, 2], [3, 4]] }, zeroPadding3d: {},
  cropping1d: { cropping: [1, 2] }, cropping2d: { cropping: [1, 2] }, cropping3d: {},
  upSampling1d: { size: 3 }, upSampling2d: { size: [2, 3], interpolation: "bilinear" }, upSampling3d: {},
  batchNormalization: { axis: 1, momentum: 0.9, epsilon: 1e-5, center: false }, layerNormalization: { axis: [1, 2], scale: false },
  embedding: { inputDim: 10, outputDim: 4, maskZero: true }, masking: { maskValue: -1 },
  simpleRNN: { units: 4, returnSequences: true, dropout: 0.2 }, lstm: { units: 4, returnState: true, unitForgetBias: false },
  gru: { units: 4, resetAfter: false, goBackwards: true },
  convLstm1d: { filters: 2, kernelSize: 3, returnSequences: true }, convLstm2d: { filters: 2, kernelSize: [3, 2], padding: "same", unitForgetBias: false },
  convLstm3d: { filters: 2, kernelSize: 3, dataFormat: "channelsFirst", returnState: true },
  subtract: {}, multiply: {}, average: {}, maximum: {}, minimum: {}, dot: { axes: [1, 2], normalize: true },
  reLU: { maxValue: 6 }, leakyReLU: { negativeSlope: 0.1 }, prelu: { sharedAxes: [1, 2] }, elu: { alpha: 0.5 }, softmax: { axis: 1 },
  thresholdedReLU: { theta: 0.5 }, spatialDropout1d: { rate: 0.2, seed: 3 }, spatialDropout2d: { rate: 0.2, dataFormat: "channelsFirst" },
  spatialDropout3d: { rate: 0.2 }, gaussianNoise: { stddev: 0.1 }, gaussianDropout: { rate: 0.3 }, alphaDropout: { rate: 0.3 },
  activityRegularization: { l1: 0.01 }, rescaling: { scale: 0.5, offset: 1 }, normalization: { axis: 1 },
  resizing: { height: 4, width: 5 }, centerCrop: { height: 4, width: 5 }, identity: {},
};

test("a wrapper layer (Bidirectional, TimeDistributed) in a file is refused by name, not as a class shapeflow lacks", () => {
  const x = shapeflow.input({ shape: [5, 3] });
  const m = shapeflow.model({ inputs: x, outputs: shapeflow.timeDistributed({ layer: shapeflow.dense({ units: 2 }), name: "td" })(x) });
  expect(() => fromJSON(toKerasJSON(m))).toThrow(wrapperLayer("td", "TimeDistributed", "timeDistributed"));
});

test("every Keras class's config comes back to the same layer: kerasConfig() inverted, defaults left out", () => {
  const sf = shapeflow as unknown as Record<string, (o: object) => { kerasConfig(): { className: string; config: Record<string, unknown> } }>;
  const missing = Object.values(kerasClasses).filter((f) => optionsFor[f] === undefined);
  expect(missing, "add options for the new factory to optionsFor").toEqual([]);
  for (const [cls, f] of Object.entries(kerasClasses)) {
    const { className, config } = sf[f]!({ ...optionsFor[f], name: `l_${f}` }).kerasConfig();
    expect(className).toBe(cls);
    const plan = layerOptions(className, config)!;
    expect(plan.unmodeled, f).toEqual([]);
    expect(sf[plan.factory]!(plan.options).kerasConfig().config, f).toEqual(config);
    // Nothing the factory would write anyway: each option left changes the config.
    for (const k of Object.keys(plan.options).filter((k) => k !== "name")) {
      const { [k]: _, ...rest } = plan.options;
      let changed = true;
      try {
        changed = JSON.stringify(sf[plan.factory]!(rest).kerasConfig().config) !== JSON.stringify(config);
      } catch {
        // a required option
      }
      expect(changed, `${f}: ${k}`).toBe(true);
    }
  }
});

// --- code generation ---------------------------------------------------------------------------------

const dir = ".tmp/json-codegen";
const generated = new Map<string, string>();
beforeAll(() => {
  for (const [name, m] of examples) {
    const id = name.replace(/\W/g, "_");
    generated.set(`${id}_keras`, codegen(toKerasJSON(m), { from: "../../src/index.js", source: `${name} (Keras 3)` }));
    generated.set(`${id}_tfjs`, codegen(toTfjsJSON(m), { from: "../../src/index.js", source: `${name} (TF.js)` }));
  }
  for (const f of ["two-inputs", "shared-layer", "nested-model"])
    generated.set(`fixture_${f.replace(/-/g, "_")}`, codegen(fixture(`${f}.json`), { from: "../../src/index.js" }));
  for (const [id, text] of generated) write(join(root, dir, `${id}.ts`), text);
  write(
    join(root, dir, "tsconfig.json"),
    JSON.stringify({
      extends: "../../tsconfig.json",
      compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true, noErrorTruncation: true, rootDir: "../..", outDir: "out" },
      include: ["*.ts"],
      exclude: [],
    }),
  );
});

describe("codegen", () => {
  test.each(compilers.filter((c) => c.name === "TypeScript 7" || c.name === "TypeScript 5.9"))("the code for every example compiles on $name, typed with its shapes", ({ bin }) => {
    expect(runTsc(bin, join(dir, "tsconfig.json"))).toEqual([]);
    const text = (id: string) => readFileSync(join(root, dir, `out/${dir}/${id}.d.ts`), "utf8");
    expect(text("vgg16_keras")).toContain("Sequential<[null, 224, 224, 3], [null, 1000], 138357544>");
    expect(text("mobilenetV2_tfjs")).toContain("Sequential<[null, 224, 224, 3], [null, 1000], 3538984>");
    expect(text("branching_keras")).toContain("Model<[null, 3], [null, 1]>");
    expect(text("fixture_two_inputs")).toContain("Model<[[null, 3], [null, 2]], [null, 1]>");
    expect(text("fixture_nested_model")).toContain("Model<[null, 28, 28, 1], [null, 10]>");
  });

  test.each([...examples.map(([n]) => n), "fixture two-inputs", "fixture shared-layer", "fixture nested-model"])("%s: the generated code runs to the same summary", async (name) => {
    const ids = name.startsWith("fixture") ? [`fixture_${name.split(" ")[1]!.replace(/-/g, "_")}`] : [`${name.replace(/\W/g, "_")}_keras`, `${name.replace(/\W/g, "_")}_tfjs`];
    const source = name.startsWith("fixture") ? fromJSON(fixture(`${name.split(" ")[1]}.json`)) : examples.find(([n]) => n === name)![1];
    for (const id of ids) {
      const mod = (await import(pathToFileURL(join(root, dir, `${id}.ts`)).href)) as { default: AnyModel };
      expect(mod.default.countParams()).toBe(source.countParams());
      expect(mod.default.outputShape).toEqual(source.outputShape);
      expect(folded(mod.default.summary(quiet))).toBe(folded(source.summary(quiet)));
    }
  });

  test("readable code: names kept, one const a tensor, a shared layer called twice, defaults left out", () => {
    const text = generated.get("fixture_shared_layer")!;
    expect(text).toContain(`const encoderLayer = dense({ name: "encoder", units: 4, activation: "relu" });`);
    expect(text).toContain("const encoder0 = encoderLayer(left);");
    expect(text).toContain("const encoder1 = encoderLayer(right);");
    expect(text).toContain("const sum = add({ name: \"sum\" })([encoder0, encoder1]);");
    expect(text).toContain("export default siamese;");
    expect(generated.get("seedSequential_m2_keras")).toMatch(/sequential\(\{\n  name: "sequential_\d+",\n  layers: \[\n    input\(\{ batchShape: \[null, 3\]/);
  });
});

describe("npx shapeflow codegen (bin/shapeflow.mjs, run on the build)", () => {
  const bin = join(root, "bin/shapeflow.mjs");
  const run = (...args: string[]): { out: string; err: string; code: number } => {
    try {
      return { out: execFileSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", stdio: "pipe" }), err: "", code: 0 };
    } catch (e) {
      const x = e as { stdout: string; stderr: string; status: number };
      return { out: x.stdout, err: x.stderr, code: x.status };
    }
  };
  test("writes the code to standard output", () => {
    const file = "test/fixtures/keras3/shared-layer.json";
    expect(run("codegen", file)).toEqual({ out: codegen(fixture("shared-layer.json"), { source: "shared-layer.json" }), err: "", code: 0 });
    expect(run("codegen", file, "--summary", "--from", "./x.js").out).toBe(codegen(fixture("shared-layer.json"), { source: "shared-layer.json", summary: true, from: "./x.js" }));
  });
  test("a file that is not a model, a missing file, a wrong command: a message and a non-zero exit", () => {
    expect(run("codegen", "package.json")).toMatchObject({ out: "", code: 1, err: expect.stringContaining("fromJSON: expected a model's JSON") });
    expect(run("codegen", "nope.json")).toMatchObject({ code: 1, err: expect.stringContaining("shapeflow: cannot read nope.json") });
    expect(run("train")).toMatchObject({ code: 2, err: expect.stringContaining(`unknown command "train"`) });
    expect(run("--help")).toMatchObject({ code: 0, out: expect.stringContaining("Usage: shapeflow codegen <model.json>") });
  });
});
