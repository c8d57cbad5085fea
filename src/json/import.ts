/**
 * `fromJSON(json)`: a shapeflow model from a model's JSON: Keras 3's (`model.to_json()`, a `.keras`
 * archive's `config.json`), Keras 2's, or a TensorFlow.js `model.json` (with `modelTopology`). The JSON
 * is first read into a plan (which factory, which options, which calls), the same plan the code
 * generator writes out; the plan is then built with shapeflow's factories, so the runtime mirror checks
 * every shape, and a layer that cannot take its input is reported with shapeflow's usual sentence.
 *
 * ```ts
 * const m = fromJSON(await readFile("model.json", "utf8"));
 * m.summary();
 * ```
 */
import * as api from "../index.js";
import { fail, ShapeError } from "../core/errors.js";
import type { Shape } from "../core/shape.js";
import type { SymbolicTensor } from "../core/tensor.js";
import type { ModelInfo, ModelLayer } from "../models/model.js";
import { legacyHardSigmoid, legacyHardSigmoidKeys } from "./legacy.js";
import { attentionClasses, camel, canonicalClass, cellClasses, initialStateClasses, layerOptions, wrapperClasses, type Unmodeled } from "./classes.js";

// --- messages --------------------------------------------------------------------------------------

export type notModelJSON<got extends string> =
  `fromJSON: expected a model's JSON (class_name "Sequential", "Functional" or "Model", or a TF.js model.json with modelTopology), but got ${got}. Fix: pass the text of Keras's model.to_json(), a .keras archive's config.json, or a TF.js model.json.`;
export const notModelJSON = <got extends string>(got: got): notModelJSON<got> =>
  `fromJSON: expected a model's JSON (class_name "Sequential", "Functional" or "Model", or a TF.js model.json with modelTopology), but got ${got}. Fix: pass the text of Keras's model.to_json(), a .keras archive's config.json, or a TF.js model.json.`;

/**
 * A subclassed model's JSON (`class MyModel(keras.Model)`): Keras writes its class, its `registered_name`
 * ("package>Class" once registered) and its constructor's arguments, and a `compile_config`, which only
 * models have (trainers/trainer.py, saving/serialization_lib.py); its layers are made by its Python code.
 */
export type subclassedModel<name extends string, registered extends string> =
  `fromJSON: got a ${name}, a subclassed model (registered_name ${registered}): its layers are made by its Python code, which the JSON does not hold. Fix: save it from Keras as a Sequential or functional model, or write it with shapeflow's layers and blocks (README, "Not supported yet": subclassed models).`;
export const subclassedModel = <name extends string, registered extends string>(name: name, registered: registered): subclassedModel<name, registered> =>
  `fromJSON: got a ${name}, a subclassed model (registered_name ${registered}): its layers are made by its Python code, which the JSON does not hold. Fix: save it from Keras as a Sequential or functional model, or write it with shapeflow's layers and blocks (README, "Not supported yet": subclassed models).`;

export type noWrappedLayer<name extends string, layer extends string> =
  `fromJSON: layer "${name}" is a ${layer}, whose config must hold the config of the layer it wraps (its "layer" entry, { class_name, config }), but has none. Fix: pass the JSON as Keras or TF.js wrote it.`;
export const noWrappedLayer = <name extends string, layer extends string>(name: name, layer: layer): noWrappedLayer<name, layer> =>
  `fromJSON: layer "${name}" is a ${layer}, whose config must hold the config of the layer it wraps (its "layer" entry, { class_name, config }), but has none. Fix: pass the JSON as Keras or TF.js wrote it.`;

export type noClassName<name extends string> =
  `fromJSON: layer "${name}" has no class_name, so which layer it is cannot be known. Fix: pass the JSON as Keras or TF.js wrote it, each layer as { class_name, config }.`;
export const noClassName = <name extends string>(name: name): noClassName<name> =>
  `fromJSON: layer "${name}" has no class_name, so which layer it is cannot be known. Fix: pass the JSON as Keras or TF.js wrote it, each layer as { class_name, config }.`;

export type noSuchOutput<name extends string, layer extends string, index extends string, count extends string> =
  `fromJSON: model "${name}": layer "${layer}" is read at output ${index}, but its call makes ${count}. Fix: pass the JSON as Keras or TF.js wrote it.`;
export const noSuchOutput = <name extends string, layer extends string, index extends string, count extends string>(
  name: name,
  layer: layer,
  index: index,
  count: count,
): noSuchOutput<name, layer, index, count> =>
  `fromJSON: model "${name}": layer "${layer}" is read at output ${index}, but its call makes ${count}. Fix: pass the JSON as Keras or TF.js wrote it.`;

export type unknownLayerClass<name extends string, layer extends string> =
  `fromJSON: layer "${name}" is a ${layer}, which shapeflow has no layer for. Fix: replace it in the source model with layers shapeflow has (see the README's list), or build this part in TF.js.`;
export const unknownLayerClass = <name extends string, layer extends string>(name: name, layer: layer): unknownLayerClass<name, layer> =>
  `fromJSON: layer "${name}" is a ${layer}, which shapeflow has no layer for. Fix: replace it in the source model with layers shapeflow has (see the README's list), or build this part in TF.js.`;

export type rnnNotRead<name extends string, cells extends string> =
  `fromJSON: layer "${name}" is an RNN of cells (${cells}), which fromJSON does not read yet. Fix: write it in code as rnn({ cell }) with simpleRNNCell, lstmCell or gruCell, or use the simpleRNN, lstm or gru layer a single cell stands for.`;
export const rnnNotRead = <name extends string, cells extends string>(name: name, cells: cells): rnnNotRead<name, cells> =>
  `fromJSON: layer "${name}" is an RNN of cells (${cells}), which fromJSON does not read yet. Fix: write it in code as rnn({ cell }) with simpleRNNCell, lstmCell or gruCell, or use the simpleRNN, lstm or gru layer a single cell stands for.`;

export type layerRefused<name extends string, message extends string> = `fromJSON: layer "${name}": ${message}`;
export const layerRefused = <name extends string, message extends string>(name: name, message: message): layerRefused<name, message> =>
  `fromJSON: layer "${name}": ${message}`;

export type badModelJSON<model extends string, problem extends string> =
  `fromJSON: model "${model}": ${problem}. Fix: pass the JSON as Keras or TF.js wrote it.`;
export const badModelJSON = <model extends string, problem extends string>(model: model, problem: problem): badModelJSON<model, problem> =>
  `fromJSON: model "${model}": ${problem}. Fix: pass the JSON as Keras or TF.js wrote it.`;

export type weightsDiffer<weight extends string, file extends string, built extends string> =
  `fromJSON: the file's weightsManifest gives the weight "${weight}" the shape ${file}, but the layers its config describes make ${built}. Fix: pass the model.json as TF.js wrote it, with its own weightsManifest; if it is, report it: shapeflow would read it as another model.`;
export const weightsDiffer = <weight extends string, file extends string, built extends string>(weight: weight, file: file, built: built): weightsDiffer<weight, file, built> =>
  `fromJSON: the file's weightsManifest gives the weight "${weight}" the shape ${file}, but the layers its config describes make ${built}. Fix: pass the model.json as TF.js wrote it, with its own weightsManifest; if it is, report it: shapeflow would read it as another model.`;

// --- the plan --------------------------------------------------------------------------------------

/** A plain layer: its factory and options (defaults left out). */
export interface LayerPlan {
  readonly kind: "layer";
  readonly name: string;
  readonly className: string;
  readonly factory: string;
  readonly options: Readonly<Record<string, unknown>>;
  readonly unmodeled: readonly Unmodeled[];
  readonly merge: boolean;
  /** A wrapper's (Bidirectional, TimeDistributed) layers: the one it wraps, and a backward layer given apart. */
  readonly wrapped?: { readonly layer: Plan; readonly backwardLayer?: Plan };
  /**
   * The activation options (`recurrentActivation`) whose `hard_sigmoid` is the Keras 2 / TF.js file's
   * clip(0.2x + 0.5, 0, 1), not Keras 3's (src/json/legacy.ts).
   */
  readonly legacyHardSigmoid?: readonly string[];
  /** An RNN's cells (plans of `simpleRNNCell`, `lstmCell`, `gruCell`), and whether `cell` is their list (Keras's StackedRNNCells). */
  readonly cells?: { readonly list: readonly LayerPlan[]; readonly stacked: boolean };
}
/** An input: its batch shape and name. */
export interface InputPlan {
  readonly name: string;
  readonly batchShape: Shape;
  readonly dtype: string | undefined;
}
export interface SequentialPlan {
  readonly kind: "sequential";
  readonly name: string;
  readonly input: InputPlan;
  readonly layers: readonly Plan[];
}
/**
 * One call of a layer in a functional graph: the tensors it takes and the call it is (`layer#node`). A
 * tensor is its call's id, with `@k` for the call's output k other than the first (`encoder#0@2`, an
 * LSTM's state c).
 */
export interface CallPlan {
  readonly layer: string;
  readonly inputs: readonly string[];
  /** A recurrent layer's `initialState` tensors (Keras 3's `initial_state`; TF.js lists them after the input). */
  readonly initialState?: readonly string[];
  readonly output: string;
}
export interface FunctionalPlan {
  readonly kind: "functional";
  readonly name: string;
  readonly inputs: readonly InputPlan[];
  /** The layers other than inputs, by name, in the order the JSON lists them. */
  readonly layers: ReadonlyMap<string, Plan>;
  /** Every call, in an order where each takes tensors made before it. */
  readonly calls: readonly CallPlan[];
  readonly outputs: readonly string[];
  readonly single: { readonly inputs: boolean; readonly outputs: boolean };
}
export type ModelPlan = SequentialPlan | FunctionalPlan;
export type Plan = LayerPlan | ModelPlan;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const describeJson = (x: unknown): string =>
  x === null ? "null" : Array.isArray(x) ? `an array of ${x.length}` : isObj(x) ? `an object with keys ${Object.keys(x).slice(0, 6).join(", ") || "(none)"}` : typeof x === "string" ? "a string that is not JSON" : typeof x;

const modelClasses = ["Sequential", "Functional", "Model"];
/** Keras 3 writes `module` and `registered_name`, and nodes as `{ args, kwargs }`; Keras 2 and TF.js do not. */
type Format = "keras3" | "keras2";

/** The model object of any accepted input: JSON text, a TF.js model.json, a converter topology, a model config. */
export const modelObject = (json: unknown): Obj => {
  let x = json;
  if (typeof x === "string") {
    try {
      x = JSON.parse(x);
    } catch {
      return fail(notModelJSON("text that is not JSON"));
    }
  }
  if (isObj(x) && isObj(x["modelTopology"])) x = x["modelTopology"];
  if (isObj(x) && isObj(x["model_config"])) x = x["model_config"];
  if (isObj(x) && typeof x["class_name"] === "string" && !modelClasses.includes(x["class_name"]) && isObj(x["compile_config"]))
    return fail(subclassedModel(x["class_name"], JSON.stringify(x["registered_name"] ?? x["class_name"])));
  if (!isObj(x) || typeof x["class_name"] !== "string" || !modelClasses.includes(x["class_name"]))
    return fail(notModelJSON(isObj(x) && typeof x["class_name"] === "string" ? `a ${x["class_name"]} (a layer, not a model)` : describeJson(x)));
  return x;
};

const formatOf = (o: Obj): Format => ("module" in o || "registered_name" in o ? "keras3" : "keras2");
const nameOf = (entry: Obj): string => {
  const c = entry["config"];
  return String(entry["name"] ?? (isObj(c) ? c["name"] : undefined) ?? "(unnamed)");
};

const shapeOf = (model: string, v: unknown): Shape => {
  if (!Array.isArray(v) || !v.every((d) => d === null || (typeof d === "number" && Number.isInteger(d) && d > 0)))
    return fail(badModelJSON(model, `an input shape must be a list of sizes and nulls, but got ${JSON.stringify(v)}`));
  return v as Shape;
};

const inputPlan = (model: string, config: Obj, fallbackName: string): InputPlan => {
  const s = config["batch_shape"] ?? config["batch_input_shape"];
  const shape = s !== undefined ? s : Array.isArray(config["input_shape"]) ? [null, ...(config["input_shape"] as unknown[])] : undefined;
  if (shape === undefined) return fail(badModelJSON(model, `the input "${fallbackName}" has no batch_shape or batch_input_shape`));
  const dtype = config["dtype"];
  const d = isObj(dtype) ? (dtype["config"] as Obj | undefined)?.["name"] : dtype;
  return { name: typeof config["name"] === "string" ? config["name"] : fallbackName, batchShape: shapeOf(model, shape), dtype: typeof d === "string" && d !== "float32" ? d : undefined };
};

/** The plan of a serialized layer or model (`{ class_name, config }`). */
const planOf = (entry: Obj, format: Format): Plan => {
  if (typeof entry["class_name"] !== "string") return fail(noClassName(nameOf(entry)), nameOf(entry));
  const className = entry["class_name"];
  const config = isObj(entry["config"]) ? entry["config"] : Array.isArray(entry["config"]) ? { layers: entry["config"] } : {};
  const name = nameOf(entry);
  // A Keras 2 h5 config may give a Sequential as a bare list of layers, without a name: Keras names it sequential.
  if (className === "Sequential") return sequentialPlan(name === "(unnamed)" ? "sequential" : name, config, format);
  if (className === "Functional" || className === "Model") return functionalPlan(name, config, format);
  if (canonicalClass(className) === "RNN") return rnnPlan(name, config, format);
  if (wrapperClasses[canonicalClass(className)] !== undefined) return wrapperPlan(className, name, config, format);
  let o;
  try {
    o = layerOptions(className, withResetAfter(className, config));
  } catch (e) {
    if (e instanceof ShapeError) return fail(layerRefused(name, e.message), name);
    throw e;
  }
  if (o === undefined) return fail(unknownLayerClass(name, className), name);
  const legacy = format === "keras2" ? legacyHardSigmoidKeys(config).map(camel) : [];
  return { kind: "layer", name, className: canonicalClass(className), ...o, ...(legacy.length > 0 && { legacyHardSigmoid: legacy }) };
};

/**
 * A GRU (cell) config without `reset_after` as the format that omits it means it: false (and TF.js's
 * `unit_forget_bias: null`, false as TF.js reads it). Keras 3 always
 * writes the key (keras/src/layers/rnn/gru.py, get_config); TF.js never had a reset-after GRU and wrote no
 * key before mid-2020 (tfjs-layers/src/layers/recurrent.ts), nor did Keras up to 2.1; Keras 3's default
 * (true) would read such a file as another model (a bias of [2, 3 * units]).
 */
const withResetAfter = (className: string, config: Obj): Obj => {
  if ((canonicalClass(className) === "GRU" || className === "GRUCell") && !("reset_after" in config)) return { ...config, reset_after: false };
  // TF.js writes an LSTM's unset unitForgetBias as null, which its LSTM reads as false (tfjs-layers/src/layers/recurrent.ts).
  if ("unit_forget_bias" in config && config["unit_forget_bias"] === null) return { ...config, unit_forget_bias: false };
  return config;
};

/** An RNN's switches, in Keras's spelling: its options where true. */
const rnnSwitches = ["return_sequences", "return_state", "go_backwards", "stateful", "unroll", "zero_output_for_mask"] as const;

/**
 * An RNN of cells (Keras 3 and TF.js write `cell` as the cell's `{ class_name, config }`, a list of them as
 * StackedRNNCells' `{ config: { cells } }`): each cell's plan, read as a layer's options are, then its
 * switches. Cells other than SimpleRNNCell, LSTMCell and GRUCell are refused by name (`rnnNotRead`).
 */
const rnnPlan = (name: string, config: Obj, format: Format): LayerPlan => {
  const cell = isObj(config["cell"]) ? config["cell"] : {};
  const stacked = cell["class_name"] === "StackedRNNCells";
  const entries: unknown[] = stacked && isObj(cell["config"]) && Array.isArray(cell["config"]["cells"]) ? cell["config"]["cells"] : [cell];
  const classOf = (c: unknown): string => (isObj(c) && typeof c["class_name"] === "string" ? c["class_name"] : "?");
  if (entries.length === 0 || !entries.every((c) => classOf(c) in cellClasses)) return fail(rnnNotRead(name, entries.map(classOf).join(", ")), name);
  const list = entries.map((c): LayerPlan => {
    const cls = classOf(c);
    const own = (c as Obj)["config"];
    const o = asLayer(name, () => layerOptions(cls, withResetAfter(cls, isObj(own) ? own : {}), cellClasses))!;
    const legacy = format === "keras2" && isObj(own) ? legacyHardSigmoidKeys(own).map(camel) : [];
    return { kind: "layer", name: typeof o.options["name"] === "string" ? o.options["name"] : cls, className: cls, ...o, ...(legacy.length > 0 && { legacyHardSigmoid: legacy }) };
  });
  const options: Record<string, unknown> = { name };
  if (config["trainable"] === false) options["trainable"] = false;
  for (const k of rnnSwitches) if (config[k] === true) options[camel(k)] = true;
  const skip = new Set<string>(["name", "trainable", "dtype", "cell", "batch_input_shape", "batch_shape", "input_shape", "batch_size", ...rnnSwitches]);
  const unmodeled = Object.entries(config).filter(([k, v]) => !skip.has(k) && v !== null).map(([key, value]) => ({ key, value, shapeflow: undefined }));
  return { kind: "layer", name, className: "RNN", factory: "rnn", options, unmodeled, merge: false, cells: { list, stacked } };
};

/** The options of a wrapper's own config entries (the wrapped layers apart). */
const wrapperOwn: Readonly<Record<string, readonly string[]>> = { Bidirectional: ["merge_mode"], TimeDistributed: [] };

/**
 * A Bidirectional or TimeDistributed: the plan of the layer it wraps, then its own options. Keras 3
 * writes a Bidirectional's forward copy (`forward_lstm`) and reads it back without the prefix; it always
 * writes the backward layer too, which is left out when it is the copy shapeflow makes anyway.
 */
const wrapperPlan = (className: string, name: string, config: Obj, format: Format): LayerPlan => {
  const cls = canonicalClass(className);
  const factory = wrapperClasses[cls]!;
  const entry = (v: unknown, strip?: string): Obj => {
    if (!isObj(v) || typeof v["class_name"] !== "string") return fail(noWrappedLayer(name, cls), name);
    const c = isObj(v["config"]) ? v["config"] : {};
    const own = typeof c["name"] === "string" && strip !== undefined && c["name"].startsWith(strip) ? { ...c, name: c["name"].slice(strip.length) } : c;
    return { ...v, config: own };
  };
  const layer = planOf(entry(config["layer"], format === "keras3" && cls === "Bidirectional" ? "forward_" : undefined), format);
  const options: Record<string, unknown> = { name };
  if (config["trainable"] === false) options["trainable"] = false;
  const mode = config["merge_mode"];
  if (cls === "Bidirectional" && mode !== undefined && mode !== "concat") options["mergeMode"] = typeof mode === "string" ? camel(mode) : mode;
  const skip = new Set(["name", "trainable", "dtype", "layer", "backward_layer", "batch_input_shape", "batch_shape", "input_shape", "batch_size", ...wrapperOwn[cls]!]);
  const unmodeled = Object.entries(config).filter(([k, v]) => !skip.has(k) && v !== null).map(([key, value]) => ({ key, value, shapeflow: undefined }));
  let backwardLayer: Plan | undefined;
  if (config["backward_layer"] !== undefined && config["backward_layer"] !== null) {
    const given = planOf(entry(config["backward_layer"]), format);
    // The copy shapeflow (and Keras, given no backward layer) makes: the same, or given apart.
    const copy = asLayer(name, () => build({ kind: "layer", name, className: cls, factory, options, unmodeled: [], merge: false, wrapped: { layer } })) as unknown as {
      readonly backward?: { readonly className: string; kerasConfig(): { readonly config: Readonly<Record<string, unknown>> } };
    };
    const b = copy.backward;
    const same = b !== undefined && given.kind === "layer" && JSON.stringify(asLayer(name, () => layerOptions(b.className, b.kerasConfig().config))) === JSON.stringify({ factory: given.factory, options: given.options, unmodeled: given.unmodeled, merge: given.merge });
    if (!same) backwardLayer = given;
  }
  return { kind: "layer", name, className: cls, factory, options, unmodeled, merge: false, wrapped: { layer, ...(backwardLayer !== undefined && { backwardLayer }) } };
};

/** The batch input shape a Sequential's first layer declares (a nested Sequential's, in turn). */
const declaredInput = (entry: unknown): Obj | undefined => {
  if (!isObj(entry) || !isObj(entry["config"])) return undefined;
  const c = entry["config"];
  if (c["batch_input_shape"] !== undefined || c["batch_shape"] !== undefined) return c;
  const layers = c["layers"] as unknown[] | undefined;
  if (entry["class_name"] === "Sequential") return declaredInput(layers?.[0]);
  // A functional model first: its input's.
  const first = ioRefs(c["input_layers"]).refs[0]?.[0];
  const input = layers?.find((l) => isObj(l) && l["class_name"] === "InputLayer" && nameOf(l) === first);
  return isObj(input) && isObj(input["config"]) ? input["config"] : undefined;
};

const sequentialPlan = (name: string, config: Obj, format: Format): SequentialPlan => {
  const entries = config["layers"];
  if (!Array.isArray(entries)) return fail(badModelJSON(name, "its config has no list of layers"));
  const rest = entries.filter(isObj);
  let input: InputPlan | undefined;
  if (rest[0]?.["class_name"] === "InputLayer") input = inputPlan(name, rest.shift()!["config"] as Obj, `${name}_input`);
  else {
    const declared = declaredInput(rest[0]);
    // The input Keras makes for a first layer's batch_input_shape is not that layer: it takes the model's name.
    if (declared !== undefined) input = inputPlan(name, { ...declared, name: `${name}_input` }, `${name}_input`);
    else if (config["build_input_shape"] !== undefined) input = { name: `${name}_input`, batchShape: shapeOf(name, config["build_input_shape"]), dtype: undefined };
  }
  if (input === undefined) return fail(badModelJSON(name, "the Sequential has no input shape (no InputLayer, batch_input_shape or build_input_shape)"));
  return { kind: "sequential", name, input, layers: rest.map((e) => planOf(e, format)) };
};

/** The tensors a Keras 3 call argument holds: `__keras_tensor__` objects, in lists or alone. */
const kerasTensors = (v: unknown): unknown[][] =>
  Array.isArray(v)
    ? v.flatMap(kerasTensors)
    : isObj(v) && v["class_name"] === "__keras_tensor__"
      ? [((v["config"] as Obj | undefined)?.["keras_history"] as unknown[]) ?? []]
      : [];

/**
 * A node's input references `[layer, node, tensor]`, in either format: the call's arguments, and the
 * tensors of Keras 3's `initial_state` (a Keras 2 / TF.js node lists them after the input instead).
 */
const nodeRefs = (model: string, layer: string, node: unknown): { args: unknown[][]; states: unknown[][]; scores: boolean } => {
  if (Array.isArray(node)) {
    for (const r of node)
      if (Array.isArray(r) && isObj(r[3]) && Object.keys(r[3]).length > 0)
        fail(badModelJSON(model, `layer "${layer}" is called with arguments ${JSON.stringify(r[3])}, which shapeflow does not model`));
    return { args: node as unknown[][], states: [], scores: false };
  }
  if (isObj(node)) {
    const kw = isObj(node["kwargs"]) ? node["kwargs"] : {};
    // MultiHeadAttention's call is mha(query, value, key=None): its tensors by name follow the positional ones in that order.
    const named = ["query", "value", "key"].filter((k) => kerasTensors(kw[k]).length > 0);
    const tensorKwargs = Object.keys(kw).filter((k) => k !== "initial_state" && !named.includes(k) && kerasTensors(kw[k]).length > 0);
    if (tensorKwargs.length > 0) fail(badModelJSON(model, `layer "${layer}" is called with tensors in ${tensorKwargs.join(", ")}, which shapeflow does not model`));
    return {
      args: [...kerasTensors(node["args"]), ...named.flatMap((k) => kerasTensors(kw[k]))],
      states: kerasTensors(kw["initial_state"]),
      scores: kw["return_attention_scores"] === true,
    };
  }
  return fail(badModelJSON(model, `layer "${layer}" has a node that is neither a list nor { args, kwargs }: ${JSON.stringify(node)}`));
};

/**
 * Whether a call takes its tensors as one list: a merge layer, a model of several inputs, or any call of
 * several tensors but a recurrent layer's (whose further tensors are its initial states).
 */
export const takesList = (p: Plan, c?: CallPlan): boolean =>
  (p.kind === "layer" && p.merge) || (p.kind === "functional" && p.inputs.length > 1) || (c !== undefined && c.inputs.length > 1);

/** `encoder#0@2` -> `encoder at node 0, output 2`, as messages name a tensor. */
const tensorName = (id: string): string => id.replace("#", " at node ").replace("@", ", output ");

const ioRefs = (v: unknown): { refs: unknown[][]; single: boolean } =>
  Array.isArray(v) && typeof v[0] === "string" ? { refs: [v], single: true } : { refs: Array.isArray(v) ? (v as unknown[][]) : [], single: false };

const functionalPlan = (name: string, config: Obj, format: Format): FunctionalPlan => {
  const entries = config["layers"];
  if (!Array.isArray(entries)) return fail(badModelJSON(name, "its config has no list of layers"));
  const inputs: InputPlan[] = [];
  const layers = new Map<string, Plan>();
  const offsets = new Map<string, number>();
  const pending: { layer: string; node: number; refs: unknown[][]; states: number }[] = [];
  for (const e of entries.filter(isObj)) {
    const fmt = formatOf(e) === "keras3" || format === "keras3" ? "keras3" : "keras2";
    const layer = nameOf(e);
    if (e["class_name"] === "InputLayer") {
      inputs.push(inputPlan(name, e["config"] as Obj, layer));
      offsets.set(layer, 0);
      continue;
    }
    const plan = planOf(e, fmt);
    layers.set(layer, plan);
    // Keras numbers a nested Functional's calls from 1 (node 0 is its own graph); TF.js and Keras 2 a nested Sequential's too.
    offsets.set(layer, e["class_name"] === "Functional" || e["class_name"] === "Model" || (e["class_name"] === "Sequential" && fmt === "keras2") ? 1 : 0);
    const nodes = Array.isArray(e["inbound_nodes"]) ? e["inbound_nodes"] : [];
    const refs = nodes.map((n) => nodeRefs(name, layer, n));
    // Keras 3 asks an attention layer for its scores at the call (return_attention_scores=True); shapeflow's
    // layer gives them at every call (returnAttentionScores), so its calls must agree.
    const scores = refs.filter((r) => r.scores).length;
    if (scores > 0) {
      if (plan.kind !== "layer" || !attentionClasses.has(plan.className))
        return fail(badModelJSON(name, `layer "${layer}" is called with return_attention_scores, which only Attention, AdditiveAttention and MultiHeadAttention take`));
      if (scores < refs.length)
        fail(badModelJSON(name, `layer "${layer}" returns its attention scores at some calls and not at others, which shapeflow does not model: its returnAttentionScores holds for every call`));
      layers.set(layer, { ...plan, options: { ...plan.options, returnAttentionScores: true } });
    }
    nodes.forEach((n, k) => {
      const { args, states } = refs[k]!;
      // Keras 2 / TF.js: a layer of one input called on several tensors was given its initial states.
      const recurrent = plan.kind === "layer" && initialStateClasses.has(plan.className);
      const extra = states.length > 0 || !recurrent ? states.length : Math.max(0, args.length - 1);
      pending.push({ layer, node: k, refs: [...args, ...states], states: extra });
    });
  }
  const idOf = (r: unknown[]): string => {
    const [layer, node, tensor] = r as [unknown, unknown, unknown];
    if (typeof layer !== "string" || typeof node !== "number") return fail(badModelJSON(name, `a tensor reference must be [layer, node, tensor], but got ${JSON.stringify(r)}`));
    if (tensor !== undefined && !(typeof tensor === "number" && Number.isInteger(tensor) && tensor >= 0))
      return fail(badModelJSON(name, `a tensor reference must be [layer, node, tensor], but got ${JSON.stringify(r)}`));
    const id = `${layer}#${node - (offsets.get(layer) ?? 0)}`;
    return tensor === undefined || tensor === 0 ? id : `${id}@${tensor}`;
  };
  /** The call that makes a tensor. */
  const callOf = (id: string): string => id.replace(/@\d+$/, "");
  const made = new Set(inputs.map((i) => `${i.name}#0`));
  const calls: CallPlan[] = [];
  // As Keras's from_config: take the calls whose inputs exist, until none is left or none can be taken.
  let left = pending;
  while (left.length > 0) {
    const next = left.filter((p) => {
      const ids = p.refs.map(idOf);
      const ready = ids.every((id) => made.has(callOf(id))) && (p.node === 0 || made.has(`${p.layer}#${p.node - 1}`));
      if (ready) {
        const n = ids.length - p.states;
        calls.push({ layer: p.layer, inputs: ids.slice(0, n), ...(p.states > 0 && { initialState: ids.slice(n) }), output: `${p.layer}#${p.node}` });
        made.add(`${p.layer}#${p.node}`);
      }
      return !ready;
    });
    if (next.length === left.length) {
      const missing = next[0]!.refs.map(idOf).find((id) => !made.has(callOf(id))) ?? "";
      return fail(badModelJSON(name, `layer "${next[0]!.layer}" takes the tensor ${tensorName(missing)}, which no layer of the model makes`));
    }
    left = next;
  }
  const ins = ioRefs(config["input_layers"]);
  const outs = ioRefs(config["output_layers"]);
  const outputs = outs.refs.map(idOf);
  for (const o of outputs) if (!made.has(callOf(o))) fail(badModelJSON(name, `the output ${tensorName(o)} is made by no layer`));
  const inputNames = ins.refs.map((r) => String(r[0]));
  const ordered = inputNames.map((n) => inputs.find((i) => i.name === n) ?? fail(badModelJSON(name, `the input "${n}" is no InputLayer of the model`)));
  return {
    kind: "functional",
    name,
    inputs: ordered,
    layers,
    calls,
    outputs,
    single: { inputs: format === "keras3" ? ins.single : ordered.length === 1, outputs: format === "keras3" ? outs.single : outputs.length === 1 },
  };
};

/** The plan of a model's JSON (any accepted form): what `fromJSON` builds and the code generator writes. */
export const readPlan = (json: unknown): ModelPlan => {
  const o = modelObject(json);
  return planOf(o, formatOf(o)) as ModelPlan;
};

// --- building the plan ---------------------------------------------------------------------------

type Made = ((x: unknown, call?: unknown) => SymbolicTensor | SymbolicTensor[]) & { readonly name: string };
const factories = api as unknown as Record<string, (o: unknown) => unknown>;

/** Runs `f`; a ShapeError from it is reported as the layer's. */
const asLayer = <x>(name: string, f: () => x): x => {
  try {
    return f();
  } catch (e) {
    if (e instanceof ShapeError && !e.message.startsWith("fromJSON:")) return fail(layerRefused(name, e.message), name);
    throw e;
  }
};

const makeInput = (i: InputPlan): SymbolicTensor =>
  factories["input"]!({ batchShape: [...i.batchShape], name: i.name, ...(i.dtype !== undefined && { dtype: i.dtype }) }) as SymbolicTensor;

/** How many tensors each call of a built plan made (the code generator destructures several). */
export const outputCounts = new WeakMap<CallPlan, number>();

/** Builds a plan with shapeflow's factories: the runtime mirror checks each layer on its input. */
export const build = (p: Plan): Made => {
  if (p.kind === "layer") {
    const w = p.wrapped;
    const layers = w === undefined ? {} : { layer: build(w.layer), ...(w.backwardLayer !== undefined && { backwardLayer: build(w.backwardLayer) }) };
    const cells = p.cells === undefined ? {} : { cell: p.cells.stacked ? p.cells.list.map(build) : build(p.cells.list[0]!) };
    const made = asLayer(p.name, () => factories[p.factory]!({ ...p.options, ...layers, ...cells })) as Made;
    if (p.legacyHardSigmoid !== undefined) legacyHardSigmoid.set(made, p.legacyHardSigmoid);
    // A Bidirectional runs copies of the layer it wraps: they compute the file's function too.
    const inner = w?.layer.kind === "layer" ? w.layer.legacyHardSigmoid : undefined;
    if (inner !== undefined)
      for (const copy of [(made as { forward?: object }).forward, (made as { backward?: object }).backward]) if (copy !== undefined && !legacyHardSigmoid.has(copy)) legacyHardSigmoid.set(copy, inner);
    return made;
  }
  if (p.kind === "sequential") {
    const layers = p.layers.map(build);
    return asLayer(p.name, () => factories["sequential"]!({ name: p.name, layers: [makeInput(p.input), ...layers] })) as Made;
  }
  const tensors = new Map<string, SymbolicTensor>();
  const inputs = p.inputs.map((i) => {
    const t = makeInput(i);
    tensors.set(`${i.name}#0`, t);
    return t;
  });
  const layers = new Map([...p.layers].map(([k, l]) => [k, build(l)]));
  const tensor = (id: string): SymbolicTensor => {
    const t = tensors.get(id);
    if (t !== undefined) return t;
    const [call, k] = id.split("@") as [string, string];
    const count = [...tensors.keys()].filter((x) => x === call || x.startsWith(`${call}@`)).length;
    return fail(noSuchOutput(p.name, call.replace(/#\d+$/, ""), k, count === 1 ? "one" : String(count)));
  };
  for (const c of p.calls) {
    const l = layers.get(c.layer)!;
    const xs = c.inputs.map(tensor);
    const states = c.initialState?.map(tensor);
    const list = takesList(p.layers.get(c.layer)!, c);
    const y = asLayer(c.layer, () => l(list ? xs : xs[0], ...(states === undefined ? [] : [{ initialState: states }])));
    const ys = Array.isArray(y) ? y : [y];
    ys.forEach((t, k) => tensors.set(k === 0 ? c.output : `${c.output}@${k}`, t));
    outputCounts.set(c, ys.length);
  }
  const outputs = p.outputs.map(tensor);
  return factories["model"]!({
    name: p.name,
    inputs: p.single.inputs ? inputs[0] : inputs,
    outputs: p.single.outputs ? outputs[0] : outputs,
  }) as Made;
};

/**
 * A model read from JSON: its shapes are known only at run time, so they are typed as any model's, and as
 * a layer it takes any tensor (or list) and gives a tensor of unknown shape (`ModelLayer`), checked at run time.
 */
export type ImportedModel = ModelInfo & ModelLayer & {
  readonly inputShape: Shape | readonly Shape[];
  readonly outputShape: Shape | readonly Shape[];
};

/**
 * Builds a shapeflow model from a model's JSON: Keras 3 (`model.to_json()`, a `.keras` archive's
 * `config.json`), Keras 2, or a TF.js `model.json` (text or parsed). The runtime mirror checks every
 * layer on its input; a class shapeflow has no layer for, a file that is not a model, and a config that
 * fails are `ShapeError`s naming the layer. Config entries shapeflow does not model are listed by
 * `readPlan(json)` (and in the code generator's output).
 */
export const fromJSON = (json: unknown): ImportedModel => {
  const m = build(readPlan(json)) as unknown as ImportedModel & { readonly weights: readonly { readonly name: string; readonly shape: readonly number[] }[] };
  checkManifest(m, json);
  return m;
};

/**
 * A TF.js model.json's `weightsManifest` against the weights the model's layers make: a weight of the same
 * name with another shape is a ShapeError (the config was read as another model). Names shapeflow gives
 * otherwise are not compared.
 */
const checkManifest = (m: { readonly weights: readonly { readonly name: string; readonly shape: readonly number[] }[] }, json: unknown): void => {
  let x = json;
  if (typeof x === "string") x = JSON.parse(x);
  const groups = isObj(x) && Array.isArray(x["weightsManifest"]) ? x["weightsManifest"] : [];
  const built = new Map<string, readonly number[]>();
  for (const w of m.weights) built.set(w.name, w.shape);
  for (const g of groups) {
    const ws = isObj(g) && Array.isArray(g["weights"]) ? g["weights"] : [];
    for (const w of ws) {
      if (!isObj(w) || typeof w["name"] !== "string" || !Array.isArray(w["shape"])) continue;
      const shape = built.get(w["name"]);
      if (shape !== undefined && JSON.stringify(shape) !== JSON.stringify(w["shape"]))
        fail(weightsDiffer(w["name"], `[${(w["shape"] as unknown[]).join(", ")}]`, `[${shape.join(", ")}]`));
    }
  }
};
