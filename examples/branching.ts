// The functional API is the way to build models that branch and join: two Dense branches on the same
// input, added, then concatenated with the raw input.
import { activation, add, concatenate, dense, dropout, input, model } from "shapeflow";

const inp = input({ shape: [3] }); //                 SymbolicTensor<[null, 3]>
const a = dense({ units: 4 })(inp); //                SymbolicTensor<[null, 4]>
const b = dense({ units: 4 })(inp); //                SymbolicTensor<[null, 4]>
const sum = add()([a, b]); //                         SymbolicTensor<[null, 4]>
const joined = concatenate()([sum, inp]); //          SymbolicTensor<[null, 7]>
const act = activation({ activation: "relu" })(joined);
const out = dense({ units: 1 })(dropout({ rate: 0.5 })(act)); // SymbolicTensor<[null, 1]>

export const branching = model({ inputs: inp, outputs: out });
if (import.meta.url === `file://${process.argv[1]}`) branching.summary(); // run as a script, not when imported
