/**
 * Sequential: a plain stack of layers, each taking the previous one's output. The first layer carries
 * the input shape (`inputShape`, `inputDim`, `batchInputShape`/`batchShape`, with `batchSize`), or the
 * stack starts with an `input()` tensor as Keras 3 recommends.
 *
 * ```ts
 * const s = sequential()
 *   .add(dense({ units: 4, inputShape: [3] }))   // Sequential<[null, 3], [null, 4]>
 *   .add(dense({ units: 1 }));                   // Sequential<[null, 3], [null, 1]>
 * ```
 */
import { fail } from "../core/errors.js";
import { BaseLayer, describe, uniqueName } from "../core/layer.js";
import { SymbolicTensor } from "../core/tensor.js";
import { InputLayer } from "../layers/core/input.js";
import { ModelBase, summaryShape } from "./model.js";
export const noInputShape = (name) => `${name}: the model has no input shape, so its shapes and weights are not known. Fix: give the first layer an input shape, e.g. dense({ units: 4, inputShape: [3] }), or add input({ shape: [3] }) first.`;
export const inputNotFirst = (got) => `Sequential: an input() tensor can only be the first thing added, but the model already has layers and shape ${got}. Fix: add input({ shape: [...] }) before any layer.`;
export const notALayer = (got) => `Sequential: add() takes a layer or an input() tensor, but got ${got}. Fix: add a layer such as dense({ units: 4 }).`;
export const layerAt = (k, message) => `Sequential layer ${k}: ${message}`;
// --- run time ----------------------------------------------------------------------------------------
class SequentialModel extends ModelBase {
    name;
    #input;
    #output;
    #layers = [];
    constructor(o) {
        super();
        this.name = o.name ?? uniqueName("sequential");
        (o.layers ?? []).forEach((l, k) => {
            try {
                this.add(l);
            }
            catch (e) {
                if (e instanceof Error && e.name === "ShapeError")
                    e.message = layerAt(String(k), e.message);
                throw e;
            }
        });
    }
    add(l) {
        if (l instanceof SymbolicTensor) {
            if (this.#output !== undefined || this.#layers.length > 0)
                fail(inputNotFirst(this.#output ? summaryShape(this.#output.shape) : "(unknown)"));
            this.#input = this.#output = l;
            return this;
        }
        if (!(l instanceof BaseLayer) || l instanceof InputLayer)
            return fail(notALayer(describe(l)));
        if (this.#output === undefined && this.#layers.length === 0 && l.batchInputShape !== undefined) {
            // As Keras: a first layer with an input shape makes an input layer for the model.
            this.#input = this.#output = new InputLayer({ batchShape: l.batchInputShape }).apply(undefined);
        }
        if (this.#output !== undefined)
            this.#output = l.apply(this.#output);
        this.#layers.push(l);
        return this;
    }
    #built() {
        return this.#output ?? fail(noInputShape("Sequential"), this.name);
    }
    get layers() {
        return this.#layers;
    }
    get inputShape() {
        this.#built();
        return this.#input.shape;
    }
    get outputShape() {
        return this.#built().shape;
    }
    countParams() {
        this.#built();
        return super.countParams();
    }
    summaryInput() {
        this.#built();
        const rows = this.#layers.map((l) => ({
            name: l.name,
            className: l.className,
            outputShape: l.output ? summaryShape(l.output.shape) : "?",
            params: l.countParams(),
        }));
        return { name: this.name, rows, sequentialLike: true, ...this.totals() };
    }
}
export function sequential(options = {}) {
    return new SequentialModel(options);
}
