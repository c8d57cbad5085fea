import { fail } from "../../core/errors.js";
import { BaseLayer, describe, notATensor } from "../../core/layer.js";
import { formatShape } from "../../core/shape.js";
import { SymbolicTensor } from "../../core/tensor.js";
export const noInputs = (layer, call) => `${layer} needs a list of at least one tensor, but got an empty list. Fix: pass the tensors to merge in an array: ${call}()([a, b]).`;
export const mergeMismatch = (layer, k, got, before, axis, a, b) => `${layer} needs inputs of the same shape (a size of 1 broadcasts), but input ${k} is ${got} while ${before}: axis ${axis} is ${a} vs ${b}. Fix: make every branch end in the same shape (for the last axis, give their Dense layers the same units).`;
export const batchMismatch = (layer, k, b, before) => `${layer} cannot merge tensors with different batch sizes, but input ${k} has batch size ${b} while the inputs before it have ${before}. Fix: give every input the same batchSize, or leave it out (None).`;
const before = (k, acc) => (k === 1 ? `input 0 is ${acc}` : `the inputs before it give ${acc}`);
// --- run time ----------------------------------------------------------------------------------------
const mergeDim = (x, y) => x === null || y === null ? null : x === 1 ? y : y === 1 ? x : x === y ? x : undefined;
/** Runtime twin of the merge layers: they take an array of tensors. */
export class MergeBase extends BaseLayer {
    /** How users call this layer: `add`, `concatenate`. */
    get call() {
        return this.className[0].toLowerCase() + this.className.slice(1);
    }
    inputOf(xs) {
        if (!Array.isArray(xs))
            return fail(notATensor(`${this.className} (a list of tensors)`, describe(xs)), this.name);
        for (const x of xs)
            if (!(x instanceof SymbolicTensor))
                fail(notATensor(this.className, describe(x)), this.name);
        if (xs.length === 0)
            fail(noInputs(this.className, this.call), this.name);
        return { tensors: xs, shape: xs.map((x) => x.shape) };
    }
}
/** Runtime twin of `ElementwiseRule`. */
export class ElementwiseMerge extends MergeBase {
    computeOutputShape(shapes) {
        let batch = shapes[0][0] ?? null;
        let acc = shapes[0].slice(1);
        for (let k = 1; k < shapes.length; k++) {
            const s = shapes[k];
            const b = s[0] ?? null;
            if (b !== null && batch !== null && b !== batch)
                fail(batchMismatch(this.className, String(k), String(b), String(batch)), this.name);
            if (b !== null)
                batch = b;
            const r = s.slice(1);
            const out = [];
            const n = Math.max(acc.length, r.length);
            for (let i = 1; i <= n; i++) {
                const x = acc[acc.length - i];
                const y = r[r.length - i];
                if (x === undefined || y === undefined) {
                    out.unshift((x === undefined ? y : x));
                    continue;
                }
                const d = mergeDim(x, y);
                if (d === undefined)
                    fail(mergeMismatch(this.className, String(k), formatShape(s), before(k, formatShape([batch, ...acc])), `-${i}`, String(x), String(y)), this.name);
                out.unshift(d);
            }
            acc = out;
        }
        return [batch, ...acc];
    }
}
