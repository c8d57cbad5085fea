/**
 * The way back from a Keras config to a shapeflow layer: which factory makes each Keras class, and
 * which of the config's entries are that factory's options. The way there is `layer.kerasConfig()`;
 * this file only inverts it, and checks each inversion by running it forwards again.
 *
 * Adding a layer factory to shapeflow takes one line here (its Keras class and its factory's name);
 * test/json.test.ts fails until every exported factory has its line.
 */
import * as api from "../index.js";
import { ShapeError } from "../core/errors.js";
import { camel, kerasName, snake, tfjsName } from "../core/keras-config.js";
import { MergeBase } from "../layers/merging/merge.js";

/** The shapeflow factory (an export of `shapeflow`) for each Keras class it has a layer for. */
export const kerasClasses: Readonly<Record<string, string>> = {
  Dense: "dense", Activation: "activation", Dropout: "dropout", Add: "add", Concatenate: "concatenate",
  Conv1D: "conv1d", Conv2D: "conv2d", Conv3D: "conv3d",
  Conv1DTranspose: "conv1dTranspose", Conv2DTranspose: "conv2dTranspose", Conv3DTranspose: "conv3dTranspose",
  SeparableConv1D: "separableConv1d", SeparableConv2D: "separableConv2d",
  DepthwiseConv1D: "depthwiseConv1d", DepthwiseConv2D: "depthwiseConv2d",
  MaxPooling1D: "maxPooling1d", MaxPooling2D: "maxPooling2d", MaxPooling3D: "maxPooling3d",
  AveragePooling1D: "averagePooling1d", AveragePooling2D: "averagePooling2d", AveragePooling3D: "averagePooling3d",
  GlobalMaxPooling1D: "globalMaxPooling1d", GlobalMaxPooling2D: "globalMaxPooling2d", GlobalMaxPooling3D: "globalMaxPooling3d",
  GlobalAveragePooling1D: "globalAveragePooling1d", GlobalAveragePooling2D: "globalAveragePooling2d", GlobalAveragePooling3D: "globalAveragePooling3d",
  Flatten: "flatten", Reshape: "reshape", Permute: "permute", RepeatVector: "repeatVector",
  ZeroPadding1D: "zeroPadding1d", ZeroPadding2D: "zeroPadding2d", ZeroPadding3D: "zeroPadding3d",
  Cropping1D: "cropping1d", Cropping2D: "cropping2d", Cropping3D: "cropping3d",
  UpSampling1D: "upSampling1d", UpSampling2D: "upSampling2d", UpSampling3D: "upSampling3d",
  BatchNormalization: "batchNormalization", LayerNormalization: "layerNormalization",
  Embedding: "embedding", Masking: "masking", SimpleRNN: "simpleRNN", LSTM: "lstm", GRU: "gru",
  ConvLSTM1D: "convLstm1d", ConvLSTM2D: "convLstm2d", ConvLSTM3D: "convLstm3d",
  Subtract: "subtract", Multiply: "multiply", Average: "average", Maximum: "maximum", Minimum: "minimum", Dot: "dot",
  ReLU: "reLU", LeakyReLU: "leakyReLU", PReLU: "prelu", ELU: "elu", Softmax: "softmax", ThresholdedReLU: "thresholdedReLU",
  SpatialDropout1D: "spatialDropout1d", SpatialDropout2D: "spatialDropout2d", SpatialDropout3D: "spatialDropout3d",
  GaussianNoise: "gaussianNoise", GaussianDropout: "gaussianDropout", AlphaDropout: "alphaDropout", ActivityRegularization: "activityRegularization",
  Rescaling: "rescaling", Normalization: "normalization", Resizing: "resizing", CenterCrop: "centerCrop", Identity: "identity",
  Attention: "attention", AdditiveAttention: "additiveAttention", MultiHeadAttention: "multiHeadAttention",
};

/**
 * Keras classes shapeflow has a layer for, whose config holds another layer's config (`layer`, and a
 * Bidirectional's `backward_layer`): the import plans the wrapped layer first (src/json/import.ts,
 * `wrapperPlan`), then the wrapper around it.
 */
export const wrapperClasses: Readonly<Record<string, string>> = { Bidirectional: "bidirectional", TimeDistributed: "timeDistributed", RNN: "rnn" };

/**
 * Keras classes whose call takes `initial_state` (keras/src/layers/rnn: RNN and its subclasses, and
 * Bidirectional): more tensors in such a call than its input are its initial states, which Keras 3
 * writes as the call's `initial_state` and TF.js lists after the input. Any other call of several
 * tensors takes them as one list.
 */
export const initialStateClasses: ReadonlySet<string> = new Set(["SimpleRNN", "LSTM", "GRU", "RNN", "ConvLSTM1D", "ConvLSTM2D", "ConvLSTM3D", "Bidirectional"]);

/**
 * The classes Keras 3 asks for attention scores at the call (`return_attention_scores=True` in a node's
 * kwargs), which shapeflow's layers take as their `returnAttentionScores` option.
 */
export const attentionClasses: ReadonlySet<string> = new Set(["Attention", "AdditiveAttention", "MultiHeadAttention"]);

/** Keras 2 and TF.js names of the same classes (Keras 3 reads them too). */
const aliases: Readonly<Record<string, string>> = {
  Convolution1D: "Conv1D", Convolution2D: "Conv2D", Convolution3D: "Conv3D", Deconvolution2D: "Conv2DTranspose",
  Deconvolution3D: "Conv3DTranspose", MaxPool1D: "MaxPooling1D", MaxPool2D: "MaxPooling2D", MaxPool3D: "MaxPooling3D",
  AvgPool1D: "AveragePooling1D", AvgPool2D: "AveragePooling2D", AvgPool3D: "AveragePooling3D",
  GlobalMaxPool1D: "GlobalMaxPooling1D", GlobalMaxPool2D: "GlobalMaxPooling2D", GlobalMaxPool3D: "GlobalMaxPooling3D",
  GlobalAvgPool1D: "GlobalAveragePooling1D", GlobalAvgPool2D: "GlobalAveragePooling2D", GlobalAvgPool3D: "GlobalAveragePooling3D",
  SeparableConvolution2D: "SeparableConv2D",
};
/** The Keras 3 class name of a Keras 2, TF.js or Keras 3 class name. */
export const canonicalClass = (c: string): string => aliases[c] ?? c;

/** A layer as the factories make it, seen from here. */
export interface MadeLayer {
  readonly name: string;
  readonly className: string;
  kerasConfig(): { readonly className: string; readonly config: Readonly<Record<string, unknown>> };
  (x: unknown): unknown;
}
type Factory = (options: Record<string, unknown>) => MadeLayer;
/** The cells an RNN's config holds (its `cell`, or StackedRNNCells' `cells`), by their Keras class: not layers of a model. */
export const cellClasses: Readonly<Record<string, string>> = { SimpleRNNCell: "simpleRNNCell", LSTMCell: "lstmCell", GRUCell: "gruCell" };

/** The factory of a Keras class (among `classes`: the layers, or the cells), or `undefined` when shapeflow has none for it. */
export const factoryOf = (className: string, classes: Readonly<Record<string, string>> = kerasClasses): { readonly name: string; readonly make: Factory } | undefined => {
  const name = classes[canonicalClass(className)];
  const make = name === undefined ? undefined : (api as unknown as Record<string, Factory | undefined>)[name];
  return name === undefined || make === undefined ? undefined : { name, make };
};

const probeKey = "\u0000";
const known = new Map<string, readonly string[]>();
/**
 * The options a factory takes, as it lists them itself when given one it does not take (`Dense takes
 * units, activation, ...`), so that this list is never a copy that could fall behind.
 */
export const optionKeys = (factory: string, make: Factory): readonly string[] => {
  let keys = known.get(factory);
  if (keys !== undefined) return keys;
  try {
    make({ [probeKey]: true });
  } catch (e) {
    const m = e instanceof ShapeError ? /has no option "\u0000"\. Fix: check the spelling; \S+ takes (.*)\.$/.exec(e.message) : null;
    if (m !== null) keys = m[1]!.split(", ");
  }
  if (keys === undefined) throw new Error(`shapeflow: ${factory}() did not list its options; kerasClasses in src/json/classes.ts needs a factory that checks its keys.`);
  known.set(factory, keys);
  return keys;
};

/** `data_format` -> `dataFormat`, `channels_last` -> `channelsLast`. */
export { camel, tfjsName };

/** Keras 3's extra keys of a serialized object (`module`, `registered_name`), which Keras 2 and TF.js lack. */
const stripKeras3 = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(stripKeras3);
  if (typeof v !== "object" || v === null) return v;
  const o = v as Record<string, unknown>;
  // A Keras 3.4+ dtype policy is its name.
  if (o["class_name"] === "DTypePolicy" || o["class_name"] === "FloatDTypePolicy") return (o["config"] as { name?: unknown } | undefined)?.name ?? v;
  return Object.fromEntries(Object.entries(o).filter(([k]) => k !== "module" && k !== "registered_name").map(([k, x]) => [k, stripKeras3(x)]));
};

/** TF.js writes Keras's named initializers as VarianceScaling; their names, where they are one. */
const varianceScalingNames: Readonly<Record<string, string>> = {
  "1,fan_avg,uniform": "glorotUniform", "1,fan_avg,normal": "glorotNormal",
  "2,fan_in,truncated_normal": "heNormal", "2,fan_in,normal": "heNormal", "2,fan_in,uniform": "heUniform",
  "1,fan_in,truncated_normal": "leCunNormal", "1,fan_in,normal": "leCunNormal", "1,fan_in,uniform": "leCunUniform",
};
/**
 * An initializer (or regularizer, constraint) written `{ class_name, config }` as the TF.js name shapeflow
 * passes on, when its config holds nothing but an unset seed: `{ class_name: "HeNormal", config: { seed: null } }`
 * -> `"heNormal"`. Anything else stays the object it is (passed through unchanged).
 */
const asName = (v: unknown): unknown => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return v;
  const o = v as { class_name?: unknown; config?: Record<string, unknown> };
  if (typeof o.class_name !== "string") return v;
  const c = { ...(o.config ?? {}) };
  if (c["seed"] === null || c["seed"] === undefined) delete c["seed"];
  // A seed is kept: the object stays (a name would drop it).
  if (o.class_name === "VarianceScaling" && !("seed" in c)) {
    const name = varianceScalingNames[`${c["scale"]},${snake(String(c["mode"]))},${snake(String(c["distribution"]))}`];
    return name ?? v;
  }
  if (o.class_name === "VarianceScaling") return v;
  return Object.keys(c).length === 0 ? tfjsName(o.class_name.charAt(0).toLowerCase() + o.class_name.slice(1)) : v;
};

/** A config value in a form two configs can be compared by (an initializer by its name). */
export const comparable = (v: unknown): string => {
  const n = asName(stripKeras3(v));
  return JSON.stringify(typeof n === "string" ? kerasName(n) : n);
};

/** Config keys every layer has, handled by the caller, not as options. */
const structural = new Set(["name", "trainable", "dtype", "batch_input_shape", "batch_shape", "input_shape", "input_dim", "batch_size", "sparse", "ragged"]);
/** The structural keys of a class: Embedding's `input_dim` is its vocabulary, an option, not a declared input. */
const structuralOf = (className: string): ReadonlySet<string> =>
  canonicalClass(className) === "Embedding" ? new Set([...structural].filter((k) => k !== "input_dim")) : structural;

/** An entry of a Keras config that shapeflow's factory has no option for, or takes otherwise. */
export interface Unmodeled {
  readonly key: string;
  readonly value: unknown;
  /** What shapeflow's layer does instead: its own value for the key, or that it has none. */
  readonly shapeflow: unknown;
}

/** The factory's options for a Keras layer config, with what they leave out. */
export interface LayerOptions {
  readonly factory: string;
  /** The options that matter (defaults left out), the name included. */
  readonly options: Record<string, unknown>;
  /** Config entries the options do not carry: shapeflow has no such option, or builds another value. */
  readonly unmodeled: readonly Unmodeled[];
  /** Whether the layer takes a list of tensors (Add, Concatenate). */
  readonly merge: boolean;
}

/**
 * The options of shapeflow's factory for a Keras config (either format), checked by running them
 * forwards: every key of the config must come back from `kerasConfig()` with its value, or it is
 * listed as unmodeled (an unset Keras-only key, `null`, is not). Options equal to the default are left
 * out. Throws shapeflow's own `ShapeError` when the factory refuses the options.
 */
export const layerOptions = (className: string, rawConfig: Readonly<Record<string, unknown>>, classes: Readonly<Record<string, string>> = kerasClasses): LayerOptions | undefined => {
  const f = factoryOf(className, classes);
  if (f === undefined) return undefined;
  const config = stripKeras3(rawConfig) as Record<string, unknown>;
  const keys = optionKeys(f.name, f.make);
  const name = typeof config["name"] === "string" ? config["name"] : undefined;
  const options: Record<string, unknown> = {};
  if (name !== undefined) options["name"] = name;
  if (config["trainable"] === false) options["trainable"] = false;
  if (keys.includes("dtype") && typeof config["dtype"] === "string" && config["dtype"] !== "float32") options["dtype"] = config["dtype"];
  const skip = structuralOf(className);
  for (const [k, v] of Object.entries(config)) {
    if (skip.has(k) || v === null) continue;
    const option = camel(k);
    if (!keys.includes(option)) continue;
    const value = asName(v);
    options[option] = typeof value === "string" ? tfjsName(value) : value;
  }
  // A name is needed for every trial below: without it each would take a default name (dense_1, ...).
  const trialName = name ?? "__json_trial";
  const configOf = (o: Record<string, unknown>): Record<string, unknown> | undefined => {
    try {
      return f.make({ ...o, name: trialName }).kerasConfig().config as Record<string, unknown>;
    } catch {
      return undefined;
    }
  };
  const made = f.make({ ...options, name: trialName });
  const full = made.kerasConfig().config as Record<string, unknown>;
  const unmodeled: Unmodeled[] = [];
  for (const [k, v] of Object.entries(config)) {
    if (skip.has(k)) continue;
    if (!(k in full)) {
      if (v !== null) unmodeled.push({ key: k, value: v, shapeflow: undefined });
    } else if (comparable(full[k]) !== comparable(v)) unmodeled.push({ key: k, value: v, shapeflow: full[k] });
  }
  // Leave out what is the default anyway: an option whose absence gives the same config.
  for (const k of Object.keys(options)) {
    if (k === "name" || k === "trainable") continue;
    const { [k]: _, ...rest } = options;
    const c = configOf(rest);
    if (c !== undefined && Object.keys(full).every((key) => comparable(c[key]) === comparable(full[key]))) delete options[k];
  }
  // In the order the factory lists its options (the name first): what the layer computes before how it trains.
  const rank = (k: string): number => (k === "name" ? -1 : keys.indexOf(k));
  const ordered = Object.fromEntries(Object.entries(options).sort(([a], [b]) => rank(a) - rank(b)));
  return { factory: f.name, options: ordered, unmodeled, merge: made instanceof MergeBase };
};
