/** The option checks the activation layers share: numbers that must not be negative. */
import { fail, type OptionErr } from "../../core/errors.js";
import { formatOption } from "../../core/options.js";

export type negativeOption<layer extends string, option extends string, got extends string, meaning extends string, example extends string> =
  `${layer}: ${option} must be a number of 0 or more (${meaning}), but got ${got}. Fix: use e.g. ${option}: ${example}.`;
export const negativeOption = <layer extends string, option extends string, got extends string, meaning extends string, example extends string>(
  layer: layer, option: option, got: got, meaning: meaning, example: example,
): negativeOption<layer, option, got, meaning, example> =>
  `${layer}: ${option} must be a number of 0 or more (${meaning}), but got ${got}. Fix: use e.g. ${option}: ${example}.`;

/** The negative literals among `v` (a non-literal `number`, `any`, `null` or `undefined` has none). */
type negatives<v> = 0 extends 1 & v ? never : v extends number ? (`${v}` extends `-${string}` ? v : never) : never;

/** A `ShapeErr` at option `option` when `v` is (or may be, for a union) a negative literal; `"ok"` otherwise. */
export type checkNonNegative<layer extends string, option extends string, v, meaning extends string, example extends string> =
  [negatives<v>] extends [never] ? "ok" : OptionErr<negativeOption<layer, option, `${negatives<v> & number}`, meaning, example>, option>;
/** Throws unless `v` is a finite number of 0 or more, or left out (`undefined`; `null` too when `nullable`). */
export const checkNonNegative = (layer: string, option: string, v: unknown, meaning: string, example: string, nullable = false): void => {
  if (v === undefined || (nullable && v === null)) return;
  if (!(typeof v === "number" && Number.isFinite(v) && v >= 0)) fail(negativeOption(layer, option, formatOption(v), meaning, example));
};

export type notANumber<layer extends string, option extends string, got extends string, example extends string> =
  `${layer}: ${option} must be a finite number, but got ${got}. Fix: use e.g. ${option}: ${example}.`;
export const notANumber = <layer extends string, option extends string, got extends string, example extends string>(
  layer: layer, option: option, got: got, example: example,
): notANumber<layer, option, got, example> => `${layer}: ${option} must be a finite number, but got ${got}. Fix: use e.g. ${option}: ${example}.`;
/** Throws unless `v` is a finite number or left out (the compiler checks the type; plain JavaScript is checked here). */
export const checkFinite = (layer: string, option: string, v: unknown, example: string): void => {
  if (v !== undefined && !(typeof v === "number" && Number.isFinite(v))) fail(notANumber(layer, option, formatOption(v), example));
};
