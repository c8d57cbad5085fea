/**
 * Dropout: in training, sets a random fraction `rate` of its inputs to 0; the shape is unchanged and it
 * has no weights.
 *
 * ```ts
 * dropout({ rate: 0.5 })(x);   // same shape as x
 * ```
 */
import { fail } from "../../core/errors.js";
import { baseKeys, checkKeys } from "../../core/options.js";
import { SameShapeLayer } from "./activation.js";
const dropoutKeys = ["rate", "seed", ...baseKeys];
export const badRate = (got) => `Dropout: rate is the fraction of inputs to drop and must be between 0 and 1, but got ${got}. Fix: use e.g. rate: 0.5.`;
class DropoutLayer extends SameShapeLayer {
    rate;
    constructor(o) {
        checkKeys("Dropout", o, dropoutKeys);
        if (!(typeof o.rate === "number" && o.rate >= 0 && o.rate <= 1))
            fail(badRate(String(o.rate)));
        super(o, "Dropout");
        this.rate = o.rate;
    }
}
export function dropout(options) {
    return new DropoutLayer(options);
}
