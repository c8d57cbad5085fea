/** Reusable blocks: combinators that make one layer of several, and pipe. */
export { residual, type Residual, type ResidualRule } from "./residual.js";
export { parallel, type Parallel, type ParallelRule } from "./parallel.js";
export { repeat, type Repeat, type RepeatRule } from "./repeat.js";
export { pipe } from "./pipe.js";
export { gate, type Gate, type GateRule } from "./gate.js";
