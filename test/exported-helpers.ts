/**
 * The lowercase functions src/index.ts exports that make no layer, block or model: tests that walk every
 * exported factory (kerasConfig, JSON classes, soundness probes) leave these out. One list, so that a new
 * helper is added once.
 */
export const exportedHelpers: readonly string[] = ["clearSession", "formatShape", "toDot", "toMermaid", "toNeuronDot"];
/** The recurrent cells: not layers themselves (rnn({ cell }) makes the layer), probed through rnn in test/conformance/probes.ts. */
export const exportedCells: readonly string[] = ["simpleRNNCell", "lstmCell", "gruCell"];
