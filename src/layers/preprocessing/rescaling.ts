/**
 * Rescaling: `x * scale + offset`, e.g. pixels from [0, 255] to [0, 1] with `scale: 1 / 255`. A list
 * scale or offset has one value per channel (the last axis). The shape is unchanged; no weights.
 *
 * ```ts
 * rescaling({ scale: 1 / 255 })(input({ shape: [224, 224, 3] }));   // SymbolicTensor<[null, 224, 224, 3]>
 * ```
 */
import type { config, declaredOf, InputKey } from "../../core/config.js";
import { fail, type CheckedOptions, type firstErr, type ShapeErr } from "../../core/errors.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import { SingleInputLayer, type BaseLayerOptions, type Layer, type Rule } from "../../core/layer.js";
import { baseKeys, checkKeys, formatOption, inputKeys, type checkKnownKeys } from "../../core/options.js";
import { formatDim, formatShape, type IsKnown, type Shape } from "../../core/shape.js";
import { readOptions } from "../../core/read-options.js";
import { notANumber } from "../activations/checks.js";
import type { RescalingOptions as RescalingOptionsCall } from "../option-calls.js";

export interface RescalingOptions extends BaseLayerOptions, InputSpecOptions {
  /** The factor: one number, or one per channel (the last axis). */
  readonly scale: number | readonly number[];
  /** Added after scaling: one number, or one per channel. Default 0. */
  readonly offset?: number | readonly number[];
}
const rescalingKeys = ["scale", "offset", ...baseKeys, ...inputKeys] as const;
type shapeKeys = "scale" | "offset" | InputKey;

export type perChannel<option extends string, v extends string, n extends string, got extends string, c extends string> =
  `Rescaling: ${option} ${v} has ${n} values, one per channel, but the last axis of ${got} is ${c}. Fix: give ${option} ${c} values (or one number), or apply it where the last axis has ${n} channels.`;
export const perChannel = <option extends string, v extends string, n extends string, got extends string, c extends string>(
  option: option, v: v, n: n, got: got, c: c,
): perChannel<option, v, n, got, c> =>
  `Rescaling: ${option} ${v} has ${n} values, one per channel, but the last axis of ${got} is ${c}. Fix: give ${option} ${c} values (or one number), or apply it where the last axis has ${n} channels.`;

/** `s`, or the error when a list value of `option` has a length other than 1 and the last axis's known size. */
type fitsChannels<option extends string, v, s extends Shape> = v extends readonly unknown[]
  ? number extends v["length"]
    ? s
    : v["length"] extends 1
      ? s
      : s extends readonly [...Shape, infer c]
        ? IsKnown<c> extends true
          ? [c] extends [v["length"]] ? s : ShapeErr<perChannel<option, formatOption<v>, `${v["length"]}`, formatShape<s>, formatDim<c>>>
          : s
        : ShapeErr<perChannel<option, formatOption<v>, `${v["length"]}`, formatShape<s>, "missing (rank 1)">>
    : s;

export interface RescalingRule<c> extends Rule {
  readonly layer: "Rescaling";
  readonly output: this["input"] extends infer s extends Shape
    ? fitsChannels<"scale", c extends { readonly scale: infer v } ? v : 1, s> extends infer o
      ? o extends ShapeErr<string> ? o : fitsChannels<"offset", c extends { readonly offset: infer v } ? v : 0, s>
      : never
    : never;
  readonly weights: [];
}

/** A Rescaling layer type; `c` keeps the options that decide its checks. */
export interface Rescaling<c = {}> extends Layer<RescalingRule<c>, declaredOf<"Rescaling", c>> {
  readonly className: "Rescaling";
}

const isNumbers = (v: unknown): boolean => (typeof v === "number" && Number.isFinite(v)) || (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "number" && Number.isFinite(x)));

class RescalingLayer extends SingleInputLayer {
  readonly scale: number | readonly number[];
  readonly offset: number | readonly number[];
  constructor(o: RescalingOptions) {
    // `scale` is a number here, not the switch of the normalization layers that checkKeys's shared type checks read it as.
    const isObject = typeof o === "object" && o !== null && !Array.isArray(o);
    checkKeys("Rescaling", isObject ? { ...o, scale: undefined } : o, rescalingKeys);
    if (!isNumbers(o.scale)) fail(notANumber("Rescaling", "scale", formatOption(o.scale), "1 / 255"));
    if (o.offset !== undefined && !isNumbers(o.offset)) fail(notANumber("Rescaling", "offset", formatOption(o.offset), "-1"));
    super(o, "Rescaling", declaredInput("Rescaling", o));
    this.scale = Array.isArray(o.scale) ? [...o.scale] : o.scale;
    this.offset = o.offset === undefined ? 0 : Array.isArray(o.offset) ? [...o.offset] : o.offset;
  }
  computeOutputShape(s: Shape): Shape {
    for (const [option, v] of [["scale", this.scale], ["offset", this.offset]] as const) {
      if (typeof v === "number" || v.length === 1) continue;
      const c = s.length > 1 ? s[s.length - 1]! : undefined;
      if (c === undefined) fail(perChannel(option, formatOption(v), String(v.length), formatShape(s), "missing (rank 1)"), this.name);
      else if (c !== null && c !== v.length) fail(perChannel(option, formatOption(v), String(v.length), formatShape(s), formatDim(c)), this.name);
    }
    return s;
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    const plain = (v: number | readonly number[]) => (typeof v === "number" ? v : [...v]);
    return { scale: plain(this.scale), offset: plain(this.offset) };
  }
}

/**
 * Multiplies by `scale` and adds `offset` (each one number, or one per channel); the shape is unchanged.
 *
 * @example
 * ```ts
 * rescaling({ scale: 1 / 127.5, offset: -1 })(input({ shape: [224, 224, 3] }));   // SymbolicTensor<[null, 224, 224, 3]>: values in [-1, 1]
 * ```
 */
export function rescaling<const o extends RescalingOptionsCall>(
  options: CheckedOptions<firstErr<[checkKnownKeys<"Rescaling", o, typeof rescalingKeys>, declaredInput<"Rescaling", o>]>, o, RescalingOptions>,
): Rescaling<config<o, shapeKeys>>;
export function rescaling(options: unknown): unknown {
  return new RescalingLayer(readOptions(options) as RescalingOptions);
}
