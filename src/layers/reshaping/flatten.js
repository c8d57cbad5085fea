import { fail } from "../../core/errors.js";
import { SingleInputLayer } from "../../core/layer.js";
import { baseKeys, checkKeys } from "../../core/options.js";
const flattenKeys = [...baseKeys];
export const flattenRank = "Flatten needs a batch axis to keep, but got a shape of rank 0, (). Fix: pass a tensor from input() or a layer; it always has a batch axis.";
class FlattenLayer extends SingleInputLayer {
    constructor(o) {
        checkKeys("Flatten", o, flattenKeys);
        super(o, "Flatten");
    }
    computeOutputShape(s) {
        if (s.length === 0)
            fail(flattenRank, this.name);
        const rest = s.slice(1);
        const n = rest.some((d) => d === null) ? null : rest.reduce((p, d) => p * d, 1);
        return [s[0], n];
    }
}
export function flatten(options = {}) {
    return new FlattenLayer(options);
}
