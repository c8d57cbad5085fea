import { ShapeError } from "./errors.js";
import { badDim } from "./shape.js";
const spellings = ["inputShape", "inputDim", "batchInputShape", "batchShape"];
export const twoSpellings = (layer, a, b) => `${layer}: the input shape is given twice, as ${a} and as ${b}. Fix: keep one: inputShape leaves the batch axis out (it shows as None), batchInputShape includes it.`;
export const batchSizeAlone = (layer, with_) => `${layer}: batchSize goes with inputShape or inputDim, but got it ${with_}. Fix: write inputShape: [...] beside batchSize, or put the batch size first in batchInputShape.`;
export const badSize = (layer, option, got) => `${layer}: every size in ${option} must be a positive integer or null, but got ${got}. Fix: give each axis its number of elements, or null where it is only known at run time.`;
export const declaredInput = (layer, o) => {
    const g = spellings.filter((k) => o[k] !== undefined);
    if (g.length > 1)
        throw new ShapeError(twoSpellings(layer, g[0], g[1]));
    const one = g[0];
    if (one === undefined) {
        if (o.batchSize !== undefined)
            throw new ShapeError(batchSizeAlone(layer, "alone"));
        return undefined;
    }
    if (one === "batchInputShape" || one === "batchShape") {
        if (o.batchSize !== undefined)
            throw new ShapeError(batchSizeAlone(layer, `with ${one}`));
        return checkSizes(layer, one, [...o[one]]);
    }
    const b = o.batchSize ?? null;
    if (b !== null && !(Number.isSafeInteger(b) && b > 0))
        throw new ShapeError(badSize(layer, "batchSize", String(b)));
    const rest = one === "inputDim" ? [o.inputDim] : [...o.inputShape];
    return [b, ...checkSizes(layer, one, rest)];
};
const checkSizes = (layer, option, s) => {
    const d = badDim(s);
    if (d !== undefined)
        throw new ShapeError(badSize(layer, option, String(d)));
    return s;
};
