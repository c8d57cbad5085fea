import { fail } from "../../core/errors.js";
import { baseKeys, checkKeys } from "../../core/options.js";
import { firstDisagreement, formatShape, normalizeAxis } from "../../core/shape.js";
import { MergeBase } from "./merge.js";
const concatenateKeys = ["axis", ...baseKeys];
export const concatAxis = (axis, got, rank) => `Concatenate: axis ${axis} does not exist in ${got}, which has rank ${rank}. Fix: use an axis of the input, counted from 0, or from -1 for the last (the default).`;
export const concatRank = (k, got, first) => `Concatenate needs inputs of the same rank, but input ${k} is ${got} while input 0 is ${first}. Fix: bring them to the same rank first, e.g. flatten() each one.`;
export const concatDims = (axis, k, got, first, bad) => `Concatenate joins along axis ${axis} and needs every other axis equal, but input ${k} is ${got} while input 0 is ${first}: axis ${bad} differs. Fix: make axis ${bad} match, or join along axis ${bad} instead.`;
// --- run time ----------------------------------------------------------------------------------------
class ConcatenateLayer extends MergeBase {
    axis;
    constructor(o) {
        checkKeys("Concatenate", o, concatenateKeys);
        super(o, "Concatenate");
        this.axis = o.axis ?? -1;
    }
    computeOutputShape(shapes) {
        const s0 = shapes[0];
        const ax = normalizeAxis(this.axis, s0.length);
        if (ax === undefined)
            return fail(concatAxis(String(this.axis), formatShape(s0), String(s0.length)), this.name);
        const drop = (s) => s.filter((_, i) => i !== ax);
        let sum = s0[ax];
        shapes.slice(1).forEach((s, j) => {
            const k = String(j + 1);
            if (s.length !== s0.length)
                fail(concatRank(k, formatShape(s), formatShape(s0)), this.name);
            const bad = firstDisagreement(drop(s0), drop(s));
            if (bad !== -1)
                fail(concatDims(String(this.axis), k, formatShape(s), formatShape(s0), String(bad >= ax ? bad + 1 : bad)), this.name);
            const d = s[ax];
            sum = sum === null || d === null ? null : sum + d;
        });
        return s0.map((d, i) => (i === ax ? sum : d));
    }
}
export function concatenate(options = {}) {
    return new ConcatenateLayer(options);
}
