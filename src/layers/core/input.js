import { fail } from "../../core/errors.js";
import { badSize, twoSpellings } from "../../core/input-spec.js";
import { BaseLayer } from "../../core/layer.js";
import { checkKeys } from "../../core/options.js";
import { badDim } from "../../core/shape.js";
import { SymbolicTensor } from "../../core/tensor.js";
const inputOptionKeys = ["shape", "batchShape", "batchSize", "name", "dtype"];
export const noShape = (got) => `Input needs the shape of the data, but got ${got}. Fix: write input({ shape: [3] }) for samples of 3 features (the batch axis is added as None), or input({ batchShape: [30, 3] }).`;
export const batchTwice = "Input: batchSize cannot go with batchShape, which already holds the batch size. Fix: drop batchSize, or write shape: [...] beside it.";
/** The runtime layer behind `input()`: it has no weights and no input of its own. */
export class InputLayer extends BaseLayer {
    batchShape;
    constructor(o) {
        if (typeof o !== "object" || o === null)
            fail(noShape(String(o)));
        checkKeys("Input", o, inputOptionKeys);
        if (o.shape !== undefined && o.batchShape !== undefined)
            fail(twoSpellings("Input", "shape", "batchShape"));
        if (o.shape === undefined && o.batchShape === undefined)
            fail(noShape("neither shape nor batchShape"));
        if (o.batchShape !== undefined && o.batchSize !== undefined)
            fail(batchTwice);
        const check = (option, s) => {
            const d = badDim(s);
            if (d !== undefined)
                fail(badSize("Input", option, String(d)));
        };
        if (o.shape !== undefined)
            check("shape", o.shape);
        if (o.batchShape !== undefined)
            check("batchShape", o.batchShape);
        if (o.batchSize !== undefined)
            check("batchSize", [o.batchSize]);
        super(o, "InputLayer");
        this.batchShape = o.batchShape !== undefined ? [...o.batchShape] : [o.batchSize ?? null, ...o.shape];
    }
    computeOutputShape() {
        return this.batchShape;
    }
    inputOf() {
        return { tensors: [], shape: this.batchShape };
    }
}
export function input(options) {
    return new InputLayer(options).apply(undefined);
}
