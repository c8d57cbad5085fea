import { fail } from "../../core/errors.js";
import { declaredInput } from "../../core/input-spec.js";
import { SingleInputLayer } from "../../core/layer.js";
import { baseKeys, checkKeys, checkPositive, inputKeys } from "../../core/options.js";
import { formatShape } from "../../core/shape.js";
import { checkActivation } from "./activation.js";
const denseKeys = ["units", "activation", "useBias", ...baseKeys, ...inputKeys];
export const denseRank = (got, rank) => `Dense needs an input of rank 2 or more, (batch, ..., features), but got ${got} of rank ${rank}. Fix: give the input a feature axis: input({ shape: [3] }) makes (None, 3).`;
export const denseFeatures = (got) => `Dense needs the last axis (features) of its input defined, since its kernel is [features, units], but got ${got}. Fix: give the last axis a size in the input shape; only other axes may be None.`;
// --- runtime twin ------------------------------------------------------------------------------------
class DenseLayer extends SingleInputLayer {
    units;
    useBias;
    activation;
    constructor(o) {
        checkKeys("Dense", o, denseKeys);
        checkPositive("Dense", "units", o.units, "the number of neurons, the size of the output's last axis", "4");
        checkActivation("Dense", o.activation);
        super(o, "Dense", declaredInput("Dense", o));
        this.units = o.units;
        this.useBias = o.useBias ?? true;
        this.activation = o.activation ?? "linear";
    }
    computeOutputShape(s) {
        if (s.length < 2)
            fail(denseRank(formatShape(s), String(s.length)), this.name);
        if (s[s.length - 1] === null)
            fail(denseFeatures(formatShape(s)), this.name);
        return [...s.slice(0, -1), this.units];
    }
    weightSpecs(s) {
        const features = s[s.length - 1];
        return this.useBias
            ? { kernel: { shape: [features, this.units] }, bias: { shape: [this.units] } }
            : { kernel: { shape: [features, this.units] } };
    }
}
export function dense(options) {
    return new DenseLayer(options);
}
