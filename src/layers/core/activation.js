/**
 * Activation: applies a function to every element; the shape is unchanged.
 *
 * ```ts
 * activation({ activation: "relu" })(x);   // same shape as x
 * ```
 */
import { fail } from "../../core/errors.js";
import { SingleInputLayer } from "../../core/layer.js";
import { baseKeys, checkKeys } from "../../core/options.js";
/** The activation functions, by their TensorFlow.js names. */
export const activationKeys = [
    "linear", "relu", "relu6", "elu", "selu", "sigmoid", "hardSigmoid", "tanh", "softmax", "softplus",
    "softsign", "swish", "mish", "gelu",
];
export const unknownActivation = (layer, got) => `${layer}: unknown activation "${got}". Fix: use one of ${activationKeys.join(", ")}.`;
/** Throws unless `a` is a known activation (plain JavaScript callers are not checked by the compiler). */
export const checkActivation = (layer, a) => {
    if (a !== undefined && !activationKeys.includes(a))
        fail(unknownActivation(layer, String(a)));
};
/** Runtime twin of `SameShapeRule`. */
export class SameShapeLayer extends SingleInputLayer {
    computeOutputShape(s) {
        return s;
    }
}
const activationOptionKeys = ["activation", ...baseKeys];
class ActivationLayer extends SameShapeLayer {
    activation;
    constructor(o) {
        checkKeys("Activation", o, activationOptionKeys);
        checkActivation("Activation", o.activation);
        super(o, "Activation");
        this.activation = o.activation;
    }
}
export function activation(options) {
    return new ActivationLayer(options);
}
