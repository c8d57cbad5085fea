/**
 * Soundness violations known today (issue #11): one entry per probe class of
 * test/soundness-probes.test.ts (`target.option.form@host`, see test/conformance/probes.ts), with the
 * properties it violates, each above it with the probe that shows it (the statements up to the layer's
 * call, binding prefixes dropped) and what went wrong. They are the same on TypeScript 7, 6.0, 5.9 and
 * 5.3. The causes are being fixed in src/; when a fix lands, its entries fail the suite ("now fixed")
 * until removed here, so this list only shrinks. Print today's table with
 * `SHAPEFLOW_PROBE_PENDING=1 npx vitest run test/soundness-probes.test.ts`.
 */
export type Property =
  | "false-error"
  | "missed-error"
  | "wrong-message"
  | "early-error"
  | "wrong-shape"
  | "wrong-count"
  | "any-or-never"
  | "unreadable-type"
  | "runtime-crash";

export const pendingSoundness: Readonly<Record<string, readonly Property[]>> = {
};
