/**
 * Layers (and cells) read from a Keras 2 or TF.js file whose `hard_sigmoid` is that format's function,
 * clip(0.2x + 0.5, 0, 1) (tfjs-layers/src/backend/tfjs_backend.ts), not Keras 3's relu6(x + 3) / 6
 * (keras/src/backend/tensorflow/nn.py), which shapeflow's `hardSigmoid` is. `toTfjs` and `toTfjsJSON`
 * pass such a layer on (TF.js computes the file's function); `toKerasJSON` refuses it (Keras 3 would
 * compute another). Kept apart from the layers' own state: only the JSON import sets it.
 */
/** The layer's (cell's) activation options, in shapeflow's spelling (`recurrentActivation`), that hold the old function. */
export const legacyHardSigmoid = new WeakMap<object, readonly string[]>();

/** Whether a Keras config read from a Keras 2 / TF.js file has the old `hard_sigmoid` under any activation key. */
export const legacyHardSigmoidKeys = (config: Readonly<Record<string, unknown>>): string[] =>
  ["activation", "recurrent_activation"].filter((k) => config[k] === "hard_sigmoid" || config[k] === "hardSigmoid");
