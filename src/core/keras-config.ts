/**
 * One description of each layer's Keras config, which every layer owns (`layer.kerasConfig()`) and
 * which the TensorFlow.js bridge, the JSON export and the diagrams all read, so that they cannot drift.
 *
 * The config is Keras's: snake_case keys and values (`data_format: "channels_last"`), with every Keras 3
 * default written out (`kernel_initializer: GlorotUniform`, which TF.js does not share: its Dense and
 * convolutions default to GlorotNormal), in the layout Keras ≤ 3.3 and TF.js both read: a `dtype`
 * string, initializers as `{ class_name, config }`.
 *
 * ```ts
 * dense({ units: 4 }).kerasConfig()
 * // { className: "Dense", config: { name: "dense", trainable: true, dtype: "float32", units: 4, activation: "linear", use_bias: true, ... }, weights: [] }
 * ```
 */
import { badChoice } from "./conv.js";
import { fail } from "./errors.js";
import { formatOption } from "./options.js";
import { dtypes } from "./read-options.js";

/** A layer as Keras describes it: its class, its config, and its weights' names in Keras's order. */
export interface KerasLayerConfig {
  /** Keras's class name: `Dense`, `Conv2D`. */
  readonly className: string;
  /** Keras's config: snake_case keys, Keras 3 defaults written out. */
  readonly config: Readonly<Record<string, unknown>>;
  /** The weights' names without the layer's (`["kernel", "bias"]`), in order; empty before the layer is built. */
  readonly weights: readonly string[];
}

/** `dataFormat` -> `data_format`, `channelsLast` -> `channels_last`: Keras's spelling of TF.js's names and values. */
export const snake = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

/** A Keras initializer with its default config: `{ class_name: "GlorotUniform", config: { seed: null } }`. */
export const initializer = (className: "GlorotUniform" | "Zeros" | "Ones"): { class_name: string; config: Record<string, unknown> } => ({
  class_name: className,
  config: className === "GlorotUniform" ? { seed: null } : {},
});

/** TF.js names (shapeflow's) that Keras 3 spells otherwise than by snake-casing: TF.js's leCun is Keras's lecun (keras/src/initializers/__init__.py). */
const kerasSpellings: Readonly<Record<string, string>> = { leCunNormal: "lecun_normal", leCunUniform: "lecun_uniform", LeCunNormal: "LecunNormal", LeCunUniform: "LecunUniform" };
/** A TF.js name as Keras 3 writes it: `heNormal` -> `he_normal`, `leCunUniform` -> `lecun_uniform`, `LeCunNormal` -> `LecunNormal`. */
export const kerasName = (s: string): string => kerasSpellings[s] ?? (/^[A-Z]/.test(s) ? s : snake(s));

/** `data_format` -> `dataFormat`, `channels_last` -> `channelsLast`: TF.js's (and shapeflow's) spelling of Keras's. */
export const camel = (s: string): string => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
/** The other way round, Keras 3 names TF.js spells otherwise than by camelCasing: Keras's lecun is TF.js's leCun. */
const tfjsSpellings: Readonly<Record<string, string>> = { lecunNormal: "leCunNormal", lecunUniform: "leCunUniform" };
const tfjsClassSpellings: Readonly<Record<string, string>> = { LecunNormal: "LeCunNormal", LecunUniform: "LeCunUniform" };
/** A Keras name's TF.js spelling where it is not its camelCase (`lecun_uniform` -> `leCunUniform`), else undefined. */
export const tfjsSpelled = (s: string): string | undefined => tfjsSpellings[camel(s)];
/** A Keras name as shapeflow (TF.js) takes it: `he_normal` -> `heNormal`, `lecun_uniform` -> `leCunUniform`. */
export const tfjsName = (s: string): string => tfjsSpelled(s) ?? camel(s);
/** A Keras class name as TF.js's: `LecunNormal` -> `LeCunNormal`, others as they are. */
export const tfjsClass = (s: string): string => tfjsClassSpellings[s] ?? s;

/** A TF.js object's config as Keras 3 takes it: snake_case keys and choices (`maxValue` -> `max_value`, `fanIn` -> `fan_in`). */
const kerasObjectConfig = (c: unknown): Record<string, unknown> => {
  const o = typeof c === "object" && c !== null ? (c as Record<string, unknown>) : {};
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [snake(k), typeof v === "string" ? snake(v) : v]));
};

/**
 * A training-only option's value as Keras writes it: a name in snake_case (`heNormal` -> `he_normal`), a
 * TF.js object (an initializer, regularizer or constraint) as `{ class_name, config }` in Keras 3's
 * spelling (snake_case keys and choices; TF.js's HeNormal, GlorotUniform, ... report VarianceScaling's
 * whole config, which Keras 3's classes of those names do not take, so they are written as the
 * VarianceScaling they are, TF.js's "normal" written "truncated_normal", as Keras 3 reads it:
 * random_initializers.py, VarianceScaling.__init__), or `null` when it is not given.
 */
export const serializeOption = (v: unknown, fallback: unknown = null): unknown => {
  if (v === undefined) return fallback;
  if (typeof v === "string") return kerasName(v);
  const o = v as { getClassName?: () => string; getConfig?: () => unknown };
  if (typeof o === "object" && o !== null && typeof o.getClassName === "function") {
    const config = kerasObjectConfig(typeof o.getConfig === "function" ? o.getConfig() : {});
    if ("mode" in config && "distribution" in config && "scale" in config)
      return { class_name: "VarianceScaling", config: { ...config, distribution: config["distribution"] === "normal" ? "truncated_normal" : config["distribution"] } };
    return { class_name: kerasName(o.getClassName()), config };
  }
  return v;
};

/** The options that change no shape but matter for training, for layers with a kernel and a bias (Dense, Conv). */
export const kernelTrainingKeys = [
  "kernelInitializer", "biasInitializer", "kernelRegularizer", "biasRegularizer", "activityRegularizer",
  "kernelConstraint", "biasConstraint", "dtype",
] as const;

/**
 * A TF.js initializer, regularizer or constraint: its name (`"heNormal"`, `"l2"`, `"maxNorm"`) or the
 * object TF.js makes (`tf.initializers.heNormal({ seed: 1 })`). shapeflow passes it to TF.js unchanged.
 */
export type TrainingIdentifier = string | object;

/** The training-only options of a layer with a kernel and a bias, passed to TensorFlow.js unchanged. */
export interface KernelTrainingOptions {
  /** How the kernel starts: default `glorotUniform` (Keras 3; TF.js's own default is `glorotNormal`). */
  readonly kernelInitializer?: TrainingIdentifier;
  /** How the bias starts: default `zeros`. */
  readonly biasInitializer?: TrainingIdentifier;
  readonly kernelRegularizer?: TrainingIdentifier;
  readonly biasRegularizer?: TrainingIdentifier;
  /** A penalty on the layer's output. */
  readonly activityRegularizer?: TrainingIdentifier;
  readonly kernelConstraint?: TrainingIdentifier;
  readonly biasConstraint?: TrainingIdentifier;
  /** The type of the weights and computations; default `float32`. */
  readonly dtype?: "float32" | "int32" | "bool" | "string";
}

/** The Keras config entries of the kernel/bias training options `o` (Keras 3 defaults where not given). */
export const kernelTrainingConfig = (o: KernelTrainingOptions, kernel = "kernel"): Record<string, unknown> => ({
  [`${kernel}_initializer`]: serializeOption(o.kernelInitializer, initializer("GlorotUniform")),
  bias_initializer: serializeOption(o.biasInitializer, initializer("Zeros")),
  [`${kernel}_regularizer`]: serializeOption(o.kernelRegularizer),
  bias_regularizer: serializeOption(o.biasRegularizer),
  activity_regularizer: serializeOption(o.activityRegularizer),
  [`${kernel}_constraint`]: serializeOption(o.kernelConstraint),
  bias_constraint: serializeOption(o.biasConstraint),
});

/** The training-only options of DepthwiseConv1D/2D: its depthwise kernel's, its bias's and the output's. */
export const depthwiseTrainingKeys = [
  "depthwiseInitializer", "biasInitializer", "depthwiseRegularizer", "biasRegularizer", "activityRegularizer",
  "depthwiseConstraint", "biasConstraint", "dtype",
] as const;
/** The training-only options of SeparableConv1D/2D: its depthwise and pointwise kernels', its bias's and the output's. */
export const separableTrainingKeys = [
  "depthwiseInitializer", "pointwiseInitializer", "biasInitializer", "depthwiseRegularizer", "pointwiseRegularizer",
  "biasRegularizer", "activityRegularizer", "depthwiseConstraint", "pointwiseConstraint", "biasConstraint", "dtype",
] as const;
/** The training-only options of BatchNormalization (TF.js's and Keras 3's alike). */
export const batchNormalizationTrainingKeys = [
  "betaInitializer", "gammaInitializer", "movingMeanInitializer", "movingVarianceInitializer", "betaRegularizer",
  "gammaRegularizer", "betaConstraint", "gammaConstraint", "dtype",
] as const;
/** The training-only options of LayerNormalization (Keras 3's; TF.js has no constraints there). */
export const layerNormalizationTrainingKeys = [
  "betaInitializer", "gammaInitializer", "betaRegularizer", "gammaRegularizer", "betaConstraint", "gammaConstraint", "dtype",
] as const;

/** The training options of DepthwiseConv1D/2D, passed to TensorFlow.js unchanged. */
export interface DepthwiseTrainingOptions {
  /** How the depthwise kernel starts: default `glorotUniform` (Keras 3). */
  readonly depthwiseInitializer?: TrainingIdentifier;
  /** How the bias starts: default `zeros`. */
  readonly biasInitializer?: TrainingIdentifier;
  readonly depthwiseRegularizer?: TrainingIdentifier;
  readonly biasRegularizer?: TrainingIdentifier;
  /** A penalty on the layer's output. */
  readonly activityRegularizer?: TrainingIdentifier;
  readonly depthwiseConstraint?: TrainingIdentifier;
  readonly biasConstraint?: TrainingIdentifier;
  /** The type of the weights and computations; default `float32`. */
  readonly dtype?: "float32" | "int32" | "bool" | "string";
}
/** The training options of SeparableConv1D/2D, passed to TensorFlow.js unchanged. */
export interface SeparableTrainingOptions extends DepthwiseTrainingOptions {
  /** How the pointwise kernel starts: default `glorotUniform` (Keras 3). */
  readonly pointwiseInitializer?: TrainingIdentifier;
  readonly pointwiseRegularizer?: TrainingIdentifier;
  readonly pointwiseConstraint?: TrainingIdentifier;
}
/** The training options of LayerNormalization, passed to TensorFlow.js unchanged. */
export interface NormalizationTrainingOptions {
  /** How the offset `beta` starts: default `zeros`. */
  readonly betaInitializer?: TrainingIdentifier;
  /** How the factor `gamma` starts: default `ones`. */
  readonly gammaInitializer?: TrainingIdentifier;
  readonly betaRegularizer?: TrainingIdentifier;
  readonly gammaRegularizer?: TrainingIdentifier;
  readonly betaConstraint?: TrainingIdentifier;
  readonly gammaConstraint?: TrainingIdentifier;
  /** The type of the weights and computations; default `float32`. */
  readonly dtype?: "float32" | "int32" | "bool" | "string";
}
/** The training options of BatchNormalization, passed to TensorFlow.js unchanged. */
export interface BatchNormalizationTrainingOptions extends NormalizationTrainingOptions {
  /** How the moving mean starts: default `zeros`. */
  readonly movingMeanInitializer?: TrainingIdentifier;
  /** How the moving variance starts: default `ones`. */
  readonly movingVarianceInitializer?: TrainingIdentifier;
}

/**
 * The Keras config entries of the training options `keys` of `o` (each `fooInitializer` as
 * `foo_initializer`), with Keras 3's default initializer for each weight where not given (`null` for
 * regularizers and constraints). `dtype` is the base config's.
 */
export const trainingConfig = (
  o: Readonly<Record<string, unknown>>,
  keys: readonly string[],
  defaults: Readonly<Record<string, "GlorotUniform" | "Zeros" | "Ones">>,
): Record<string, unknown> =>
  Object.fromEntries(
    keys.filter((k) => k !== "dtype").map((k) => {
      const d = defaults[k];
      return [snake(k), serializeOption(o[k], d === undefined ? null : initializer(d))];
    }),
  );

export type badTrainingOption<layer extends string, option extends string, got extends string> =
  `${layer}: ${option} must be a TF.js name (a string such as "heNormal") or a TF.js object (such as tf.initializers.heNormal({})), but got ${got}. Fix: pass a name or the object TF.js makes.`;
export const badTrainingOption = <layer extends string, option extends string, got extends string>(
  layer: layer,
  option: option,
  got: got,
): badTrainingOption<layer, option, got> =>
  `${layer}: ${option} must be a TF.js name (a string such as "heNormal") or a TF.js object (such as tf.initializers.heNormal({})), but got ${got}. Fix: pass a name or the object TF.js makes.`;


/**
 * Checks the training options plain JavaScript may pass: each is a string or an object, and `dtype`
 * one of TF.js's (the compiler checks both from TypeScript).
 */
export const checkTraining = (layer: string, o: object, keys: readonly string[] = kernelTrainingKeys): void => {
  for (const k of keys) {
    const v = (o as Record<string, unknown>)[k];
    if (v === undefined) continue;
    if (k === "dtype" ? !dtypes.includes(v as (typeof dtypes)[number]) : !(typeof v === "string" || (typeof v === "object" && v !== null)))
      fail(k === "dtype" ? badChoice(layer, "dtype", formatOption(v), dtypes.join(", ")) : badTrainingOption(layer, k, formatOption(v)));
  }
};

/** The training options as given, for the bridge to pass to TF.js unchanged. */
export const pickTraining = (o: object, keys: readonly string[]): Record<string, unknown> => {
  // A loop over the entries, not a filter with a closure made per layer (its compiled code went with it at each collection).
  const out: Record<string, unknown> = {};
  for (const k in o) {
    const v = (o as Record<string, unknown>)[k];
    if (v !== undefined && Object.prototype.hasOwnProperty.call(o, k) && keys.includes(k)) out[k] = v;
  }
  return out;
};
