/**
 * Embedding: turns integer ids (token indices) into dense vectors: input of any shape, output the same
 * shape with `outputDim` appended; one weight, `embeddings [inputDim, outputDim]`.
 *
 * ```ts
 * const ids = input({ shape: [null], dtype: "int32" });            // SymbolicTensor<[null, null]>
 * embedding({ inputDim: 20000, outputDim: 128 })(ids);             // SymbolicTensor<[null, null, 128]>: 2,560,000 params
 * ```
 */
import type { config, flag, opt } from "../../core/config.js";
import { fail, type CheckedOptions, type firstErr, type OptionErr } from "../../core/errors.js";
import { declaredInput } from "../../core/input-spec.js";
import { SingleInputLayer, type BaseLayerOptions, type Layer, type Rule, type WeightSpec } from "../../core/layer.js";
import { baseKeys, checkKeys, checkPositive, type has } from "../../core/options.js";
import { checkBoolean, readOptions } from "../../core/read-options.js";
import type { Shape } from "../../core/shape.js";
import { badTrainingOption, serializeOption, type TrainingIdentifier } from "../../core/keras-config.js";
import { formatOption } from "../../core/options.js";
import type { Units } from "./dense.js";
import type { EmbeddingOptions as EmbeddingOptionsCall } from "../option-calls.js";

export interface EmbeddingOptions extends BaseLayerOptions {
  /** The size of the vocabulary: ids run from 0 to `inputDim - 1`. */
  readonly inputDim: number;
  /** The size of each vector: the output's new last axis. */
  readonly outputDim: number;
  /** Treat id 0 as padding: later layers skip those steps. The shape is the same. Default `false`. */
  readonly maskZero?: boolean;
  /** The shape of one sample, the batch axis left out: `[100]` for sequences of 100 ids. */
  readonly inputShape?: Shape;
  /** The whole input shape, batch axis included: `[32, 100]`. */
  readonly batchInputShape?: Shape;
  /** Keras 3's name for `batchInputShape`. */
  readonly batchShape?: Shape;
  /** A fixed batch size to put in front of `inputShape`. */
  readonly batchSize?: number;
  /** How the vectors start: default `randomUniform` (-0.05 to 0.05), as Keras 3's "uniform". */
  readonly embeddingsInitializer?: TrainingIdentifier;
  readonly embeddingsRegularizer?: TrainingIdentifier;
  readonly activityRegularizer?: TrainingIdentifier;
  readonly embeddingsConstraint?: TrainingIdentifier;
}
const trainingKeys = ["embeddingsInitializer", "embeddingsRegularizer", "activityRegularizer", "embeddingsConstraint"] as const;
// No `inputDim` among the input declarations: here it is the vocabulary size, as in Keras and TF.js.
const embeddingKeys = ["inputDim", "outputDim", "maskZero", ...baseKeys, "inputShape", "batchInputShape", "batchShape", "batchSize", ...trainingKeys] as const;

// --- messages --------------------------------------------------------------------------------------

export type inputLengthRemoved<got extends string> =
  `Embedding: inputLength was removed in Keras 3 (the input's own shape gives the sequence length), but got inputLength: ${got}. Fix: remove it, and give the length in the input instead: input({ shape: [${got}] }), or inputShape: [${got}] on the first layer.`;
export const inputLengthRemoved = <got extends string>(got: got): inputLengthRemoved<got> =>
  `Embedding: inputLength was removed in Keras 3 (the input's own shape gives the sequence length), but got inputLength: ${got}. Fix: remove it, and give the length in the input instead: input({ shape: [${got}] }), or inputShape: [${got}] on the first layer.`;

type inputDimMeaning = "the size of the vocabulary: ids run from 0 to inputDim - 1";
const inputDimMeaning: inputDimMeaning = "the size of the vocabulary: ids run from 0 to inputDim - 1";
type outputDimMeaning = "the size of each vector, the output's new last axis";
const outputDimMeaning: outputDimMeaning = "the size of each vector, the output's new last axis";

// --- type-level rule ---------------------------------------------------------------------------------

export interface EmbeddingRule<i, o> extends Rule {
  readonly layer: "Embedding";
  readonly output: this["input"] extends Shape ? [...this["input"], o] : never;
  readonly weights: [["embeddings", [i, o]]];
}

/**
 * An Embedding layer type; `c` is the part of its options that decides shapes: `Embedding<{ inputDim: 20000; outputDim: 128 }>`.
 * An inputDim that is no number (`"10"`, refused at the call) is unknown, `number`, as Dense reads its units.
 */
export interface Embedding<c = { inputDim: number; outputDim: number }>
  extends Layer<EmbeddingRule<Units<opt<c, "inputDim", number>>, opt<c, "outputDim", number>>, declaredOf<c>> {
  readonly className: "Embedding";
  readonly inputDim: Units<opt<c, "inputDim", number>>;
  readonly outputDim: opt<c, "outputDim", number>;
  readonly maskZero: flag<c, "maskZero", false>;
}
type declaredOf<c> = c extends { readonly batchInputShape: infer i extends Shape } ? i : undefined;
/** The input declaration, read without `inputDim` (the vocabulary size here). */
type declaredEmbedding<o> = declaredInput<"Embedding", Omit<o, "inputDim">>;
type embeddingConfig<o> = config<o, "inputDim" | "outputDim" | "maskZero"> &
  (declaredEmbedding<o> extends infer i extends Shape ? { batchInputShape: i } : {}) extends infer c
  ? { [k in keyof c]: c[k] }
  : never;

/** Everything that can be wrong with Embedding's options, first problem first. */
export type checkEmbedding<o> = firstErr<
  [
    has<o, "inputLength"> extends true
      ? OptionErr<inputLengthRemoved<o extends { readonly inputLength: infer n } ? formatOption<n> : "?">, "inputLength">
      : "ok",
    checkKeys<"Embedding", o, typeof embeddingKeys>,
    checkPositive<"Embedding", "inputDim", opt<o, "inputDim", number>, inputDimMeaning, "10000">,
    checkPositive<"Embedding", "outputDim", opt<o, "outputDim", number>, outputDimMeaning, "64">,
    declaredEmbedding<o>,
  ]
>;

// --- runtime twin ------------------------------------------------------------------------------------

class EmbeddingLayer extends SingleInputLayer {
  declare readonly inputDim: number;
  declare readonly outputDim: number;
  declare readonly maskZero: boolean;
  constructor(o: EmbeddingOptions) {
    if (typeof o === "object" && o !== null && "inputLength" in o) fail(inputLengthRemoved(formatOption((o as { inputLength?: unknown }).inputLength)));
    checkKeys("Embedding", o, embeddingKeys);
    checkPositive("Embedding", "inputDim", o.inputDim, inputDimMeaning, "10000");
    checkPositive("Embedding", "outputDim", o.outputDim, outputDimMeaning, "64");
    checkBoolean("Embedding", "maskZero", o.maskZero);
    for (const k of trainingKeys) {
      const v = o[k];
      if (v !== undefined && !(typeof v === "string" || (typeof v === "object" && v !== null))) fail(badTrainingOption("Embedding", k, formatOption(v)));
    }
    const { inputDim: _vocabulary, ...declaration } = o;
    super(o, "Embedding", declaredInput("Embedding", declaration));
    Object.assign(this, {
      inputDim: o.inputDim,
      outputDim: o.outputDim,
      maskZero: o.maskZero ?? false,
      trainingOptions: Object.fromEntries(Object.entries(o).filter(([k, v]) => (trainingKeys as readonly string[]).includes(k) && v !== undefined)),
    });
  }
  computeOutputShape(s: Shape): Shape {
    return [...s, this.outputDim];
  }
  override weightSpecs(): Record<string, WeightSpec> {
    return { embeddings: { shape: [this.inputDim, this.outputDim] } };
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    const t = (this.trainingOptions ?? {}) as Record<string, unknown>;
    return {
      input_dim: this.inputDim,
      output_dim: this.outputDim,
      embeddings_initializer: serializeOption(t["embeddingsInitializer"], { class_name: "RandomUniform", config: { minval: -0.05, maxval: 0.05, seed: null } }),
      embeddings_regularizer: serializeOption(t["embeddingsRegularizer"]),
      activity_regularizer: serializeOption(t["activityRegularizer"]),
      embeddings_constraint: serializeOption(t["embeddingsConstraint"]),
      mask_zero: this.maskZero,
    };
  }
}

/**
 * Turns integer ids into vectors of `outputDim` numbers, learnt for each of the `inputDim` ids. Any
 * input shape: the output is the input's shape with `outputDim` appended. `maskZero: true` makes id 0
 * padding. Keras 3 has no `inputLength`: the input's shape gives the length.
 *
 * @example
 * ```ts
 * const ids = input({ shape: [100], dtype: "int32" });           // SymbolicTensor<[null, 100]>
 * embedding({ inputDim: 20000, outputDim: 128 })(ids);           // SymbolicTensor<[null, 100, 128]>: 2,560,000 params
 * ```
 */
export function embedding<const o extends EmbeddingOptionsCall>(
  options: CheckedOptions<checkEmbedding<o>, o, EmbeddingOptions>,
): Embedding<embeddingConfig<o>>;
export function embedding(options: unknown): unknown {
  return new EmbeddingLayer(readOptions(options) as EmbeddingOptions);
}
