// Models, counts and the type-level API with values the compiler cannot see: the negative twins of
// ../soundness-models.test-d.ts.
import { dense, input, sequential, type Dim, type Params, type Sequential } from "../../src/index.js";

declare const aa: any;

// --- finding 4: a count with a size typed any is number: not a literal, and never None -------------------
const anySized = sequential({ layers: [input({ shape: [aa] }), dense({ units: 4 })] });
// error: Type 'number' is not assignable to type '16'.
const sixteen: 16 = anySized.countParams();
// error: Params<number>>' is not assignable to type 'Sequential<[null, Dim], [null, 4], Params<16>>'.
const annotated: Sequential<[null, Dim], [null, 4], Params<16>> = anySized;
