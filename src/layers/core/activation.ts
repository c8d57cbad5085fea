/**
 * Activation: applies a function to every element; the shape is unchanged.
 *
 * ```ts
 * activation({ activation: "relu" })(x);   // same shape as x
 * ```
 */
import { fail, type CheckedOptions, type firstErr } from "../../core/errors.js";
import { SingleInputLayer, type BaseLayerOptions, type Layer, type Rule } from "../../core/layer.js";
import { baseKeys, checkKeys, inputKeys, type joinKeys } from "../../core/options.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import type { declaredOf } from "../../core/config.js";
import type { Shape } from "../../core/shape.js";
import { missingOption, readOptions } from "../../core/read-options.js";
import { snake } from "../../core/keras-config.js";
import type { ActivationOptions as ActivationOptionsCall } from "../option-calls.js";

/**
 * The activation functions, by their TensorFlow.js names, then the ones Keras 3 has and TF.js 4.22
 * lacks, camelCased the same way (Keras's `leaky_relu` is `leakyRelu`; `silu` is `swish`, `hardSwish`
 * `hardSilu`). Left out: `glu`, which halves the last axis (Keras's layers would state the wrong
 * shape), and `threshold`, which needs arguments a name cannot give.
 */
export const activationKeys = [
  "linear", "relu", "relu6", "elu", "selu", "sigmoid", "hardSigmoid", "tanh", "softmax", "softplus",
  "softsign", "swish", "mish", "gelu", "logSoftmax",
  "silu", "leakyRelu", "celu", "exponential", "hardSilu", "hardSwish", "hardTanh", "hardShrink", "softShrink",
  "tanhShrink", "squareplus", "sparsePlus", "sparseSigmoid", "logSigmoid", "sparsemax",
] as const;
export type ActivationIdentifier = (typeof activationKeys)[number];

type activationList = joinKeys<typeof activationKeys>;
export type unknownActivation<layer extends string, got extends string> =
  `${layer}: unknown activation "${got}". Fix: use one of ${activationList}.`;
export const unknownActivation = <layer extends string, got extends string>(layer: layer, got: got): unknownActivation<layer, got> =>
  `${layer}: unknown activation "${got}". Fix: use one of ${activationKeys.join(", ") as activationList}.`;
/** Throws unless `a` is a known activation (plain JavaScript callers are not checked by the compiler). */
export const checkActivation = (layer: string, a: unknown): void => {
  if (a !== undefined && !activationKeys.includes(a as ActivationIdentifier)) fail(unknownActivation(layer, String(a)));
};

/** The rule of layers that keep their input's shape (Activation, Dropout, ...). */
export interface SameShapeRule<layer extends string> extends Rule {
  readonly layer: layer;
  readonly output: this["input"];
  readonly weights: [];
}

/** Runtime twin of `SameShapeRule`. */
export abstract class SameShapeLayer extends SingleInputLayer {
  computeOutputShape(s: Shape): Shape {
    return s;
  }
}

/** Activation's options; like every Keras layer it can start a Sequential (`inputShape`, ...). */
export interface ActivationOptions extends BaseLayerOptions, InputSpecOptions {
  readonly activation: ActivationIdentifier;
  /** The type of the computations; default `float32`. */
  readonly dtype?: "float32" | "int32" | "bool" | "string";
}
const activationOptionKeys = ["activation", ...baseKeys, ...inputKeys, "dtype"] as const;

/**
 * An Activation layer type; `a` is its function, or, when it declares an input, its config:
 * `Activation<{ activation: "relu"; batchInputShape: [null, 3] }>`.
 */
export interface Activation<a extends ActivationIdentifier | { readonly activation: ActivationIdentifier } = ActivationIdentifier>
  extends Layer<SameShapeRule<"Activation">, declaredOf<"Activation", a>> {
  readonly className: "Activation";
  readonly activation: a extends { readonly activation: infer f } ? f : a;
}

class ActivationLayer extends SameShapeLayer {
  readonly activation: ActivationIdentifier;
  constructor(o: ActivationOptions) {
    checkKeys("Activation", o, activationOptionKeys);
    if (o.activation === undefined) fail(missingOption("Activation", "activation", "the function applied to every element", '"relu"'));
    checkActivation("Activation", o.activation);
    super(o, "Activation", declaredInput("Activation", o));
    this.activation = o.activation;
    Object.assign(this, { trainingOptions: o.dtype === undefined ? undefined : { dtype: o.dtype } });
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { activation: snake(this.activation) };
  }
}

/**
 * Applies an activation function element by element; the shape is unchanged.
 *
 * @example
 * ```ts
 * const x = input({ shape: [10] });                  // SymbolicTensor<[null, 10]>
 * activation({ activation: "softmax" })(x);          // SymbolicTensor<[null, 10]>
 * ```
 */
export function activation<const o extends ActivationOptionsCall>(
  options: CheckedOptions<firstErr<[checkKeys<"Activation", o, typeof activationOptionKeys>, declaredInput<"Activation", o>]>, o, ActivationOptions>,
): Activation<declaredInput<"Activation", o> extends infer i extends Shape ? { activation: o["activation"]; batchInputShape: i } : o["activation"]>;
export function activation(options: unknown): unknown {
  return new ActivationLayer(readOptions(options) as ActivationOptions);
}
