/**
 * The picture of a model as a graph, which `toDot`, `toMermaid` and `plotModel` all draw: one box a
 * layer (a shared layer is one box with every connection), one edge a tensor passed on (labelled with
 * its shape), nested models and blocks either one box or, with `expandNested`, a dashed cluster of their
 * own layers with the edges re-pointed to them, as Keras's `plot_model` does.
 */
import { fail, type Checked, type ShapeErr } from "../core/errors.js";
import { BaseLayer, type LayerInfo } from "../core/layer.js";
import { checkKeys, formatOption } from "../core/options.js";
import { checkBoolean, readOptions } from "../core/read-options.js";
import type { Shape } from "../core/shape.js";
import { SymbolicTensor } from "../core/tensor.js";
import { CompositeLayer } from "../blocks/composite.js";
import { InputLayer } from "../layers/core/input.js";
import { FunctionalModel, ModelBase, type ModelInfo } from "../models/model.js";
import type { unusableReason } from "../models/sequential.js";

/** Keras's `plot_model` options, with the same meanings (camelCase, as TF.js names options). */
export interface PlotOptions {
  /** Show each layer's input and output shapes, and each edge's shape. Default false, as Keras. */
  readonly showShapes?: boolean;
  /** Show each layer's output dtype. Default false. */
  readonly showDtype?: boolean;
  /** Show each layer's name beside its class. Default true for `toDot`/`toMermaid` (Keras's `model_to_dot`), false for `plotModel` (Keras's `plot_model`). */
  readonly showLayerNames?: boolean;
  /** Show the activation of layers that have one (Dense, convolutions, Activation). Default false. */
  readonly showLayerActivations?: boolean;
  /** Mark layers with weights as trainable or not. Default false. */
  readonly showTrainable?: boolean;
  /** Draw nested models and blocks as dashed clusters of their layers instead of one box. Default false. */
  readonly expandNested?: boolean;
  /** The direction of the graph: `"TB"` top to bottom (default), `"LR"` left to right, `"BT"`, `"RL"`. */
  readonly rankdir?: "TB" | "LR" | "BT" | "RL";
}

/** One box: a layer. */
export interface PlotNode {
  /** A stable id for the drawing: `n0`, `n1`, ... in the order the layers are met. */
  readonly id: string;
  readonly name: string;
  readonly className: string;
  /** The shapes that go in, one per inbound tensor of the layer's first drawn call (none for an input). */
  readonly inputShapes: readonly Shape[];
  /** The shapes that come out of the layer's first drawn call: one, or several (an LSTM's `[output, h, c]`); none if unknown. */
  readonly outputShapes: readonly Shape[];
  /** The `activation` of a layer that has one, as Keras names it (`relu`, `linear`). */
  readonly activation: string | undefined;
  readonly dtype: string;
  /** `undefined` for a layer without weights; otherwise whether all its weights are trainable. */
  readonly trainable: boolean | undefined;
  /** The id of the cluster (nested model or block) the box is drawn in, if any. */
  readonly cluster: string | undefined;
}

/** One arrow: a tensor from one layer to another. */
export interface PlotEdge {
  readonly from: string;
  readonly to: string;
  readonly shape: Shape;
}

/** A dashed frame around the layers of a nested model or block. */
export interface PlotCluster {
  readonly id: string;
  readonly name: string;
  readonly className: string;
  readonly parent: string | undefined;
}

export interface PlotGraph {
  readonly name: string;
  readonly nodes: readonly PlotNode[];
  readonly edges: readonly PlotEdge[];
  readonly clusters: readonly PlotCluster[];
}

export type notAPlotModel<fn extends string, got extends string> =
  `${fn}: expected a shapeflow model (sequential() or model()), but got ${got}. Fix: build the model first, e.g. ${fn}(model({ inputs, outputs })).`;
export const notAPlotModel = <fn extends string, got extends string>(fn: fn, got: got): notAPlotModel<fn, got> =>
  `${fn}: expected a shapeflow model (sequential() or model()), but got ${got}. Fix: build the model first, e.g. ${fn}(model({ inputs, outputs })).`;

export type badRankdir<fn extends string, got extends string> =
  `${fn}: rankdir must be "TB", "LR", "BT" or "RL", but got ${got}. Fix: use e.g. rankdir: "LR" for left to right, or leave it out for top to bottom.`;
export const badRankdir = <fn extends string, got extends string>(fn: fn, got: got): badRankdir<fn, got> =>
  `${fn}: rankdir must be "TB", "LR", "BT" or "RL", but got ${got}. Fix: use e.g. rankdir: "LR" for left to right, or leave it out for top to bottom.`;

/**
 * The model argument of the drawing functions: any model that can be drawn; a Sequential without an
 * input shape (or with a layer that could not take its input) is its summary's reason, as at run time;
 * a tensor or a layer is the sentence above.
 */
export type PlotModelArg<fn extends string, m> = Checked<
  [m] extends [ModelInfo] ? ([unusableReason<m>] extends [never] ? "ok" : ShapeErr<unusableReason<m>>) : ShapeErr<notAPlotModel<fn, m extends SymbolicTensor ? "a tensor" : m extends LayerInfo ? "a layer" : "a value that is no model">>,
  m
>;

export const plotOptionKeys = ["showShapes", "showDtype", "showLayerNames", "showLayerActivations", "showTrainable", "expandNested", "rankdir"] as const;
const rankdirs = ["TB", "LR", "BT", "RL"] as const;

/** The options, read once and checked (plain JavaScript may pass anything), with their defaults. */
export const readPlotOptions = (
  fn: string,
  options: unknown,
  extraKeys: readonly string[] = [],
  showLayerNames = true,
): Required<PlotOptions> => {
  const o = readOptions(options === undefined ? {} : options) as PlotOptions;
  checkKeys(fn, o, [...plotOptionKeys, ...extraKeys]);
  for (const k of plotOptionKeys) if (k !== "rankdir") checkBoolean(fn, k, o[k]);
  if (o.rankdir !== undefined && !rankdirs.includes(o.rankdir)) fail(badRankdir(fn, formatOption(o.rankdir)));
  return {
    showShapes: o.showShapes ?? false,
    showDtype: o.showDtype ?? false,
    showLayerNames: o.showLayerNames ?? showLayerNames,
    showLayerActivations: o.showLayerActivations ?? false,
    showTrainable: o.showTrainable ?? false,
    expandNested: o.expandNested ?? false,
    rankdir: o.rankdir ?? "TB",
  };
};

/** Where a tensor comes from in the drawing: the box that made it (after expanding nested models). */
interface End {
  readonly id: string;
  readonly shape: Shape;
}

/** One functional graph being drawn: tensors fed in from outside, tensors drawn, the cluster it is in. */
interface Context {
  readonly fed: ReadonlyMap<SymbolicTensor, readonly End[]>;
  readonly drawn: Map<SymbolicTensor, End[]>;
  readonly cluster: string | undefined;
  /** A functional model's inputs made from a layer's tensor: drawn from the clone, as the model starts there (Keras 3). */
  readonly clones: ReadonlyMap<SymbolicTensor, SymbolicTensor>;
}

/** A model or block whose inside can be drawn: its inner graph as tensors, or a chain of layers. */
type Inside =
  | { readonly inputs: readonly SymbolicTensor[]; readonly outputs: readonly SymbolicTensor[]; readonly clones?: ReadonlyMap<SymbolicTensor, SymbolicTensor> }
  | { readonly chain: readonly BaseLayer<any>[] };
const insideOf = (l: BaseLayer<any>): Inside | undefined =>
  l instanceof FunctionalModel ? { inputs: l.inputs, outputs: l.outputs, clones: l.clonedInputs }
  : l instanceof ModelBase ? { chain: l.layers }
  : l instanceof CompositeLayer && l.graph !== undefined ? { inputs: [l.graph.input], outputs: [l.graph.output] }
  : undefined;

/** Every output of the call that made `t` (an LSTM with `returnState` gives three), in Keras's order. */
const outputsOf = (t: SymbolicTensor): Shape[] => {
  const all = (t.node as { readonly outputs?: readonly SymbolicTensor[] }).outputs;
  return all !== undefined && all.length > 0 ? all.map((x) => x.shape) : [t.shape];
};

/** The layer's `activation` from its Keras config, when it has one. */
const activationOf = (l: BaseLayer<any>): string | undefined => {
  const a = (l.kerasConfig().config as Record<string, unknown>)["activation"];
  return typeof a === "string" ? a : undefined;
};
const dtypeOf = (l: BaseLayer<any>): string => {
  const d = (l.kerasConfig().config as Record<string, unknown>)["dtype"];
  return typeof d === "string" ? d : "float32";
};

/**
 * Walks a model as Keras's `model_to_dot` does: a Sequential as the chain of its layers (no input box),
 * a functional model from its outputs back to its inputs (input boxes drawn), each layer once.
 */
export const plotGraph = (fn: string, m: unknown, expandNested: boolean): PlotGraph => {
  if (!(m instanceof ModelBase))
    return fail(notAPlotModel(fn, m instanceof BaseLayer ? `the layer "${m.name}"` : m instanceof SymbolicTensor ? "a tensor" : `a value that is no model (${formatOption(m)})`));
  const nodes: PlotNode[] = [];
  const edges: PlotEdge[] = [];
  const clusters: PlotCluster[] = [];
  const ids = new Map<BaseLayer<any>, string>();
  const seenEdges = new Set<string>();
  const clusterIds = new Map<BaseLayer<any>, string>();

  const box = (l: BaseLayer<any>, inputShapes: readonly Shape[], outputShapes: readonly Shape[], cluster: string | undefined): string => {
    let id = ids.get(l);
    if (id !== undefined) return id;
    id = `n${ids.size}`;
    ids.set(l, id);
    const weights = l.weights;
    nodes.push({
      id,
      name: l.name,
      className: l.className,
      inputShapes,
      outputShapes,
      activation: activationOf(l),
      dtype: dtypeOf(l),
      trainable: weights.length === 0 ? undefined : weights.every((w) => w.trainable),
      cluster,
    });
    return id;
  };
  const edge = (from: End, to: string): void => {
    const key = `${from.id}->${to}:${from.shape.join(",")}`;
    if (seenEdges.has(key)) return;
    seenEdges.add(key);
    edges.push({ from: from.id, to, shape: from.shape });
  };

  /** A layer called on `ins` (already drawn), giving `out`: its box, or its inside when expanded. */
  const call = (
    l: BaseLayer<any>,
    ins: readonly (readonly End[])[],
    inputShapes: readonly Shape[],
    outputShapes: readonly Shape[],
    out: Shape | undefined,
    cluster: string | undefined,
  ): End[] => {
    const inside = expandNested ? insideOf(l) : undefined;
    if (inside === undefined) {
      const id = box(l, inputShapes, outputShapes, cluster);
      for (const from of ins.flat()) edge(from, id);
      return out === undefined ? [] : [{ id, shape: out }];
    }
    // A nested model called twice is one cluster, whose boxes take the edges of both calls.
    let cid = clusterIds.get(l);
    if (cid === undefined) {
      cid = `cluster_${clusters.length}`;
      clusterIds.set(l, cid);
      clusters.push({ id: cid, name: l.name, className: l.className, parent: cluster });
    }
    if ("chain" in inside) return chain(inside.chain, ins, cid);
    const ctx: Context = { fed: new Map(inside.inputs.map((t, i) => [t, ins[i] ?? []])), drawn: new Map(), cluster: cid, clones: inside.clones ?? new Map() };
    return inside.outputs.flatMap((t) => graph(t, ctx));
  };

  /** A Sequential's layers one after the other, from `ins`. */
  const chain = (layers: readonly BaseLayer<any>[], ins: readonly (readonly End[])[], cluster: string | undefined): End[] => {
    let from: readonly End[] = ins.flat();
    for (const l of layers) {
      const inputShapes = from.length > 0 ? [from[0]!.shape] : l.nodes[0] ? l.nodes[0].inputs.map((t) => t.shape) : [];
      const out = l.nodes[0]?.output?.shape ?? l.output?.shape;
      from = call(l, [from], inputShapes, out === undefined ? [] : [out], out, cluster);
    }
    return [...from];
  };

  /** A functional graph, from tensor `t` back to the tensors fed in from outside (`ctx.fed`). */
  const graph = (given_: SymbolicTensor, ctx: Context): End[] => {
    const t = ctx.clones.get(given_) ?? given_;
    const given = ctx.fed.get(t);
    if (given !== undefined) return [...given];
    const done = ctx.drawn.get(t);
    if (done !== undefined) return done;
    const l = t.node.layer as BaseLayer<any>;
    let ends: End[];
    if (l instanceof InputLayer) ends = [{ id: box(l, [], [t.shape], ctx.cluster), shape: t.shape }];
    else {
      const ins = t.node.inputs.map((x) => graph(x, ctx));
      ends = call(l, ins, t.node.inputs.map((x) => x.shape), outputsOf(t), t.shape, ctx.cluster);
    }
    ctx.drawn.set(t, ends);
    return ends;
  };

  if (m instanceof FunctionalModel) {
    const ctx: Context = { fed: new Map(), drawn: new Map(), cluster: undefined, clones: m.clonedInputs };
    for (const t of m.outputs) graph(t, ctx);
  } else {
    void (m as unknown as { readonly inputShape: Shape }).inputShape; // a Sequential without an input shape: its "no input shape" sentence
    chain(m.layers, [], undefined);
  }
  return { name: m.name, nodes, edges, clusters };
};
