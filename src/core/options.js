import { fail } from "./errors.js";
export const unknownOption = (layer, key, allowed) => `${layer} has no option "${key}". Fix: check the spelling; ${layer} takes ${allowed}.`;
export const notPositive = (layer, option, got, meaning, example) => `${layer}: ${option} must be a positive integer (${meaning}), but got ${got}. Fix: use e.g. ${option}: ${example}.`;
export const checkKeys = (layer, o, keys) => {
    for (const k of Object.keys(o))
        if (!keys.includes(k))
            fail(unknownOption(layer, k, keys.join(", ")));
};
export const checkPositive = (layer, option, n, meaning, example) => {
    if (!(typeof n === "number" && Number.isSafeInteger(n) && n > 0))
        fail(notPositive(layer, option, String(n), meaning, example));
};
/** The options every layer accepts. */
export const baseKeys = ["name", "trainable"];
/** The options that declare a layer's input, for the first layer of a Sequential. */
export const inputKeys = ["inputShape", "inputDim", "batchInputShape", "batchShape", "batchSize"];
