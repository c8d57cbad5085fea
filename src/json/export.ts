/**
 * A shapeflow model as JSON that Keras and TensorFlow.js read: `toKerasJSON` writes Keras 3's format
 * (`model.to_json()`), `toTfjsJSON` the Keras 2 format TensorFlow.js's `tf.models.modelFromJSON` loads.
 * Every layer's entry is its `kerasConfig()`; this file only lays the graph out. Blocks (residual,
 * parallel, repeat) have no Keras class: they are written as the nested functional models they are.
 *
 * ```ts
 * JSON.stringify(toKerasJSON(sequential({ layers: [input({ shape: [3] }), dense({ units: 1 })] })));
 * // {"module":"keras.src.models.sequential","class_name":"Sequential","config":{"name":"sequential",...
 * ```
 */
import { fail } from "../core/errors.js";
import { BaseLayer, describe } from "../core/layer.js";
import type { Shape } from "../core/shape.js";
import type { Node, SymbolicTensor } from "../core/tensor.js";
import { CompositeLayer } from "../blocks/composite.js";
import { InputLayer } from "../layers/core/input.js";
import { MergeBase } from "../layers/merging/merge.js";
import { BidirectionalLayer } from "../layers/recurrent/bidirectional.js";
import { TimeDistributedLayer } from "../layers/recurrent/time-distributed.js";
import { RNNLayer } from "../layers/recurrent/rnn.js";
import { attentionClasses, initialStateClasses } from "./classes.js";
import { legacyHardSigmoid } from "./legacy.js";
import { snake, tfjsClass, tfjsSpelled } from "../core/keras-config.js";
import { noTfjsOption, rnnRefusals, tfjsActivations, tfjsConfig } from "../tfjs/bridge.js";
import { FunctionalModel, ModelBase } from "../models/model.js";
import type { UsableModelArg } from "../models/sequential.js";

export type notAModelToExport<fn extends string, got extends string> =
  `${fn}: expected a shapeflow model (sequential() or model()), but got ${got}. Fix: build the model first, e.g. ${fn}(sequential({ layers: [...] })).`;
export const notAModelToExport = <fn extends string, got extends string>(fn: fn, got: got): notAModelToExport<fn, got> =>
  `${fn}: expected a shapeflow model (sequential() or model()), but got ${got}. Fix: build the model first, e.g. ${fn}(sequential({ layers: [...] })).`;

export type kerasOtherHardSigmoid<name extends string, layer extends string, option extends string> =
  `toKerasJSON: layer "${name}" (${layer}) has ${option} "hardSigmoid" read from a Keras 2 or TF.js file, where it computes clip(0.2x + 0.5, 0, 1); Keras 3's hard_sigmoid computes clip(x / 6 + 0.5, 0, 1), so Keras would load another model. Fix: export it with toTfjsJSON (TF.js computes the file's function), or set ${option} "sigmoid" in the code codegen writes for the file (other numbers), then toKerasJSON.`;
export const kerasOtherHardSigmoid = <name extends string, layer extends string, option extends string>(name: name, layer: layer, option: option): kerasOtherHardSigmoid<name, layer, option> =>
  `toKerasJSON: layer "${name}" (${layer}) has ${option} "hardSigmoid" read from a Keras 2 or TF.js file, where it computes clip(0.2x + 0.5, 0, 1); Keras 3's hard_sigmoid computes clip(x / 6 + 0.5, 0, 1), so Keras would load another model. Fix: export it with toTfjsJSON (TF.js computes the file's function), or set ${option} "sigmoid" in the code codegen writes for the file (other numbers), then toKerasJSON.`;

/** A JSON value as Keras writes it. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };
/** A serialized Keras object: `{ class_name, config, ... }`. */
export interface KerasObject {
  readonly class_name: string;
  readonly config: { readonly [k: string]: Json };
  readonly [k: string]: Json;
}

type Format = "keras3" | "tfjs";
type AnyLayer = BaseLayer<any>;

/** A graph: its input tensors, output tensors, and its layers in the order they are listed. */
interface Graph {
  readonly name: string;
  readonly inputs: readonly SymbolicTensor[];
  readonly outputs: readonly SymbolicTensor[];
  /** Whether inputs / outputs were single tensors (Keras 3 writes a flat triple then). */
  readonly single: { readonly inputs: boolean; readonly outputs: boolean };
  readonly layers: readonly AnyLayer[];
}

/** The nodes of a graph: walked from the outputs back to the inputs, in topological order. */
const graphNodes = (inputs: readonly SymbolicTensor[], outputs: readonly SymbolicTensor[]): Node[] => {
  const seen = new Set<Node>();
  const order: Node[] = [];
  const isInput = new Set(inputs);
  const visit = (t: SymbolicTensor): void => {
    if (seen.has(t.node)) return;
    seen.add(t.node);
    if (!isInput.has(t)) t.node.inputs.forEach(visit);
    order.push(t.node);
  };
  outputs.forEach(visit);
  return order;
};

const graphOf = (l: AnyLayer): Graph | undefined => {
  if (l instanceof FunctionalModel) {
    const shapesIn = l.inputShape as unknown[];
    const shapesOut = l.outputShape as unknown[];
    return {
      name: l.name,
      inputs: l.inputs,
      outputs: l.outputs,
      single: { inputs: !Array.isArray(shapesIn[0]), outputs: !Array.isArray(shapesOut[0]) },
      layers: l.layers,
    };
  }
  if (l instanceof CompositeLayer) {
    const g = l.graph ?? fail(notAModelToExport("toKerasJSON", `the block "${l.name}", which has not been called on a tensor`), l.name);
    const layers = [...new Set(graphNodes([g.input], [g.output]).map((n) => n.layer as AnyLayer))];
    return { name: l.name, inputs: [g.input], outputs: [g.output], single: { inputs: true, outputs: true }, layers };
  }
  return undefined;
};

const dtypePolicy = (name: Json): Json => ({ module: "keras", class_name: "DTypePolicy", config: { name }, registered_name: null });
/** Keras 3's spelling of a config value: objects gain `module` and `registered_name`; `dtype` is a policy. */
const keras3Value = (v: unknown, key: string): Json => {
  if (key === "dtype" && typeof v === "string") return dtypePolicy(v);
  if (Array.isArray(v)) return v.map((x) => keras3Value(x, ""));
  if (typeof v === "object" && v !== null) {
    const o = v as Record<string, unknown>;
    if (typeof o["class_name"] === "string" && "config" in o) {
      const module = /Initializer|^(Zeros|Ones|Constant|GlorotUniform|GlorotNormal|HeNormal|HeUniform|LecunNormal|LecunUniform|RandomNormal|RandomUniform|TruncatedNormal|VarianceScaling|Orthogonal|Identity)$/.test(o["class_name"])
        ? "keras.initializers"
        : "keras";
      return { module, class_name: o["class_name"], config: keras3Value(o["config"], ""), registered_name: null };
    }
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, keras3Value(x, k)]));
  }
  return v as Json;
};

const shapeJson = (s: Shape): Json => [...s];

class Writer {
  constructor(readonly format: Format) {}

  /** A plain layer's config, in the format's spelling. */
  layerConfig(l: AnyLayer, batchShape?: Shape): { [k: string]: Json } {
    const c: Record<string, unknown> = { ...l.kerasConfig().config };
    if (l instanceof InputLayer) {
      const shape = c["batch_shape"];
      delete c["batch_shape"];
      return this.inputConfig(shape as Shape, l.name, dtypePolicyName(c["dtype"]));
    }
    if (batchShape !== undefined) c["batch_input_shape"] = shapeJson(batchShape);
    if (this.format === "tfjs") tfjsOnly(l, c);
    else keras3Refusals(l);
    if (l instanceof BidirectionalLayer || l instanceof TimeDistributedLayer) return this.wrapperConfig(l, c);
    return this.format === "keras3" ? (keras3Value(c, "") as { [k: string]: Json }) : (c as { [k: string]: Json });
  }

  /**
   * A wrapper's config: the layer it wraps serialized as any layer is (a Sequential too), in the format's
   * spelling. Keras 3 writes a Bidirectional's forward copy (`forward_lstm`; Keras strips the prefix when
   * it reads it back); TF.js writes the layer it was given and names the copies itself, so its file holds
   * the wrapped layer's own name, as the bridge gives TF.js.
   */
  wrapperConfig(l: BidirectionalLayer | TimeDistributedLayer, c: Record<string, unknown>): { [k: string]: Json } {
    const own = this.format === "keras3" ? (keras3Value(c, "") as Record<string, Json>) : (c as Record<string, Json>);
    if (l instanceof TimeDistributedLayer) return { ...own, layer: this.object(l.inner) as unknown as Json };
    if (this.format === "tfjs") {
      if (l.backwardGiven)
        fail(noTfjsOption(l.name, "Bidirectional", "backwardLayer", `"${l.backward.name}"`, "leave backwardLayer out (TF.js 4.22 has none); the backward layer is then a copy of layer with goBackwards: true", "toTfjsJSON"), l.name);
      const inner = this.object(l.forward);
      return { ...own, layer: { ...inner, config: { ...inner.config, name: l.forward.name.replace(/^forward_/, "") } } };
    }
    return {
      ...own,
      layer: this.object(l.forward) as unknown as Json,
      ...(l.backwardGiven && { backward_layer: this.object(l.backward) as unknown as Json }),
    };
  }

  /** A layer (or model, or block) serialized on its own: `{ class_name, config, ... }`, without its nodes. */
  object(l: AnyLayer, inputShape?: Shape): KerasObject {
    const g = graphOf(l);
    if (g !== undefined) return this.functional(g);
    if (l instanceof ModelBase) return this.sequential(l);
    const { className } = l.kerasConfig();
    const config = this.layerConfig(l);
    if (this.format === "tfjs") return { class_name: className, config };
    return {
      module: "keras.layers",
      class_name: className,
      config,
      registered_name: null,
      ...(inputShape !== undefined && { build_config: { input_shape: shapeJson(inputShape) } }),
    };
  }

  sequential(m: ModelBase): KerasObject {
    const input = (m as unknown as { readonly inputShape: Shape }).inputShape; // shapeflow's "no input shape" when unbuilt
    // Keras 3 lists the model's own input layer (named input_layer, or as given to input()); a TF.js
    // Sequential has none (its first layer carries the shape), so the name below serves an empty one only.
    const name = this.format === "keras3" ? (m as unknown as { readonly inputLayerName: string }).inputLayerName : `${m.name}_input`;
    const inputLayer = { class_name: "InputLayer", config: this.inputConfig(input, name) };
    const layers = m.layers.map((l) => this.object(l, l.nodes[0]?.inputs[0]?.shape) as unknown as Json);
    if (this.format === "tfjs") {
      // As TF.js writes a Sequential: no InputLayer entry (TF.js refuses one in a nested Sequential), the
      // first layer carrying batch_input_shape (a nested model has its own input).
      const first = layers[0] as { config?: Record<string, Json>; class_name?: string } | undefined;
      if (first?.config !== undefined && !["Sequential", "Model", "Functional"].includes(first.class_name ?? "")) first.config["batch_input_shape"] = shapeJson(input);
      return { class_name: "Sequential", config: { name: m.name, layers: first === undefined ? [inputLayer] : layers } };
    }
    return {
      module: "keras.src.models.sequential",
      class_name: "Sequential",
      config: {
        name: m.name,
        trainable: m.trainable,
        dtype: dtypePolicy("float32"),
        layers: [{ module: "keras.layers", ...inputLayer, registered_name: null }, ...layers],
        build_input_shape: shapeJson(input),
      },
      registered_name: "Sequential",
      build_config: { input_shape: shapeJson(input) },
    };
  }

  /** An InputLayer's config: Keras 3's keys in its order (keras/src/layers/core/input_layer.py, get_config; `ragged` since 3.9, `optional` since 3.13, which earlier versions ignore), or TF.js's. */
  inputConfig(shape: Shape, name: string, dtype: Json = "float32"): { [k: string]: Json } {
    return this.format === "keras3"
      ? { batch_shape: shapeJson(shape), dtype, sparse: false, ragged: false, name, optional: false }
      : { batch_input_shape: shapeJson(shape), dtype, sparse: false, name };
  }

  functional(g: Graph): KerasObject {
    const nodes = new Set(graphNodes(g.inputs, g.outputs));
    /** The index of a node among its layer's nodes in this graph: Keras numbers a layer's calls per model. */
    const nodeIndex = (n: Node): number => (n.layer as AnyLayer).nodes.filter((x) => nodes.has(x)).indexOf(n) + nodeOffset(this.format, n.layer as AnyLayer);
    const triple = (t: SymbolicTensor): Json => [t.node.layer.name, nodeIndex(t.node), t.outputIndex];
    const ref = (t: SymbolicTensor): Json =>
      this.format === "tfjs"
        ? [t.node.layer.name, nodeIndex(t.node), t.outputIndex, {}]
        : { class_name: "__keras_tensor__", config: { shape: shapeJson(t.shape), dtype: "float32", keras_history: triple(t) } };
    const layers = g.layers.map((l): Json => {
      const calls = l.nodes.filter((n) => nodes.has(n));
      const inbound = calls
        .filter((n) => n.inputs.length > 0)
        .map((n): Json => {
          // TF.js lists a recurrent call's initial states after its input, and reads them back so (RNN.apply).
          if (this.format === "tfjs") return n.inputs.map(ref);
          const [x, ...rest] = n.inputs;
          // Keras 3 keeps the call as it was made: lstm(x, initial_state=[h, c]).
          if (initialStateClasses.has(l.className) && rest.length > 0) return { args: [ref(x!)], kwargs: { initial_state: rest.map(ref) } };
          // Attention layers are asked for their scores at the call; MultiHeadAttention's call is mha(query, value, key=None).
          const scores: { [k: string]: Json } = attentionClasses.has(l.className) && (l as { returnAttentionScores?: boolean }).returnAttentionScores === true ? { return_attention_scores: true } : {};
          if (l.className === "MultiHeadAttention") {
            const [value, key] = rest;
            return { args: [ref(x!), ref(value!)], kwargs: { ...(key !== undefined && { key: ref(key) }), ...scores } };
          }
          return { args: [takesList(l, n) ? n.inputs.map(ref) : ref(x!)], kwargs: scores };
        });
      const firstInput = calls[0]?.inputs;
      const inputShape = firstInput === undefined || firstInput.length === 0 ? undefined : !takesList(l, calls[0]) ? firstInput[0]!.shape : undefined;
      const o = this.object(l, inputShape) as Record<string, Json>;
      if (this.format === "keras3" && isMerge(l) && firstInput !== undefined)
        o["build_config"] = { input_shape: firstInput.map((t) => shapeJson(t.shape)) };
      return this.format === "tfjs"
        ? { name: l.name, class_name: o["class_name"]!, config: o["config"]!, inbound_nodes: inbound }
        : { ...o, name: l.name, inbound_nodes: inbound };
    });
    const io = (ts: readonly SymbolicTensor[], single: boolean): Json =>
      this.format === "keras3" && single ? triple(ts[0]!) : ts.map(triple);
    const config = { name: g.name, trainable: true, layers, input_layers: io(g.inputs, g.single.inputs), output_layers: io(g.outputs, g.single.outputs) };
    // TF.js writes "Model" (Keras 2.4+ "Functional"); TF.js and Keras read both.
    if (this.format === "tfjs") return { class_name: "Model", config };
    return { module: "keras.src.models.functional", class_name: "Functional", config, registered_name: "Functional" };
  }
}

/**
 * Where a nested model's calls start being numbered: a Functional model owns node 0 (its input linked
 * to its output), in Keras 3 (`node_reindexing_map` in functional.py) and TF.js alike; a Sequential
 * does too in TF.js and Keras 2, which make it a functional container, but not in Keras 3.
 */
export const nodeOffset = (format: Format, l: AnyLayer): number =>
  l instanceof FunctionalModel || l instanceof CompositeLayer ? 1 : l instanceof ModelBase && format === "tfjs" ? 1 : 0;

/**
 * What TF.js 4.22 would read otherwise, refused as the bridge refuses it (its tables, `toTfjs`'s
 * messages): a class TF.js has no layer for, or an option it lacks (it would load a different model
 * without a word: a Conv1D with `groups: 2` loads with groups 1). Keys TF.js lacks, at the one value
 * it behaves as, are left out.
 */
const tfjsOnly = (l: AnyLayer, c: Record<string, unknown>): void => {
  // TF.js has both wrappers (the bridge builds them); the layer inside is checked as it is written.
  if (l instanceof BidirectionalLayer || l instanceof TimeDistributedLayer) return;
  // An RNN's cells are written in its config, which TF.js reads into its own cells; what it would build otherwise is refused.
  if (l instanceof RNNLayer) {
    rnnRefusals(l, "toTfjsJSON");
    c["cell"] = cellsAsTfjs(c["cell"]);
    return;
  }
  const own = tfjsConfig(l, "toTfjsJSON");
  // Activations in TF.js's names (Keras 3's silu is TF.js's swish); the other keys as Keras writes them.
  for (const key of ["activation", "recurrent_activation"]) if (key in c) c[key] = own[key];
  tfjsIdentifiers(c);
};
/**
 * A config's initializers, regularizers and constraints as TF.js's modelFromJSON reads them (it camelCases
 * names and keys): Keras's lecun_normal is TF.js's le_cun_normal (leCunNormal), its LecunNormal class
 * TF.js's LeCunNormal, its L1 and L2 TF.js's L1L2 with the other factor 0.
 */
const tfjsIdentifiers = (c: Record<string, unknown>): void => {
  for (const [k, v] of Object.entries(c)) {
    if (!/_(initializer|regularizer|constraint)$/.test(k)) continue;
    const spelled = typeof v === "string" ? tfjsSpelled(v) : undefined;
    if (spelled !== undefined) c[k] = snake(spelled);
    const o = v as { class_name?: unknown; config?: Record<string, unknown> } | null;
    if (typeof o !== "object" || o === null || typeof o.class_name !== "string") continue;
    const config = o.config ?? {};
    if (o.class_name === "L1") c[k] = { class_name: "L1L2", config: { l1: config["l1"], l2: 0 } };
    else if (o.class_name === "L2") c[k] = { class_name: "L1L2", config: { l1: 0, l2: config["l2"] } };
    else if (tfjsClass(o.class_name) !== o.class_name) c[k] = { ...o, class_name: tfjsClass(o.class_name) };
  }
};
/** An RNN's `cell` entry (a cell, or StackedRNNCells' list) with each cell's activations in TF.js's names (checked by `rnnRefusals`). */
const cellsAsTfjs = (cell: unknown): unknown => {
  if (typeof cell !== "object" || cell === null) return cell;
  const o = cell as { class_name?: unknown; config?: Record<string, unknown> };
  if (o.class_name === "StackedRNNCells" && Array.isArray(o.config?.["cells"])) return { ...o, config: { ...o.config, cells: (o.config["cells"] as unknown[]).map(cellsAsTfjs) } };
  if (o.config === undefined) return cell;
  const c = { ...o.config };
  for (const key of ["activation", "recurrent_activation"]) if (c[key] === "silu") c[key] = "swish";
  tfjsIdentifiers(c);
  return { ...o, config: c };
};

/**
 * A `hardSigmoid` read from a Keras 2 / TF.js file (src/json/legacy.ts) refused in Keras 3's JSON, whose
 * `hard_sigmoid` is another function.
 */
const keras3Refusals = (l: AnyLayer): void => {
  const own = legacyHardSigmoid.get(l) ?? [];
  const cells = l instanceof RNNLayer ? l.cells.flatMap((c) => legacyHardSigmoid.get(c) ?? []) : [];
  const option = [...own, ...cells][0];
  if (option !== undefined) fail(kerasOtherHardSigmoid(l.name, l.className, option), l.name);
};

/** A layer that takes a list of tensors (Keras passes the list as one argument). */
const isMerge = (l: AnyLayer): boolean => l instanceof MergeBase;
/** A layer whose call takes its tensors as one list: a merge, a model of several inputs, any call of several but a recurrent one's. */
const takesList = (l: AnyLayer, n: Node | undefined = l.nodes[0]): boolean =>
  isMerge(l) || (l instanceof FunctionalModel && l.inputs.length > 1) || (!initialStateClasses.has(l.className) && (n?.inputs.length ?? 0) > 1);
const dtypePolicyName = (d: unknown): Json => (typeof d === "string" ? d : "float32");

const checkModel = (fn: string, m: unknown): AnyLayer => {
  if (!(m instanceof ModelBase)) return fail(notAModelToExport(fn, m instanceof BaseLayer ? `the layer "${(m as AnyLayer).name}"` : describe(m)));
  return m;
};

/**
 * The model in Keras 3's JSON format, as `model.to_json()` writes it (Keras 3.4 and later: `dtype`
 * policies, `module` and `registered_name` on every object, nodes as `{ args, kwargs }`). Keras reads it
 * with `keras.models.model_from_json(JSON.stringify(json))`.
 */
export const toKerasJSON = <m>(model: UsableModelArg<m>): KerasObject => new Writer("keras3").object(checkModel("toKerasJSON", model));

/**
 * The model in the Keras 2 format TensorFlow.js reads and writes (`batch_input_shape`, nodes as nested
 * lists): `tf.models.modelFromJSON(json)` loads it (a bare topology, or `{ modelTopology: json }`).
 * A layer or option TF.js 4.22 lacks (a wrapped layer's too) is a `ShapeError` naming the layer, as `toTfjs` gives, never a
 * file TF.js would read as another model.
 */
export const toTfjsJSON = <m>(model: UsableModelArg<m>): KerasObject => ({
  ...new Writer("tfjs").object(checkModel("toTfjsJSON", model)),
  keras_version: "tfjs-layers 4.22.0",
  backend: "tensor_flow.js",
});
