/**
 * Where a layer object may be placed. The types see a layer by its type, not by its identity: two
 * places holding one `dense` object look like two Dense layers, each counted with its own weights.
 * So the runtime refuses what the types cannot see (the lead's decision for issue #11):
 *
 * - a model or block that contains itself (it would recurse without end);
 * - a Sequential or functional model with two layers of one name (Keras 3 refuses it too);
 * - a Sequential or block (residual, parallel, repeat) that holds one layer object in two places.
 *
 * Sharing weights on purpose stays possible: call one layer twice in the functional API, `d(d(x))`;
 * the model lists it once and counts its weights once.
 */
import { fail } from "./errors.js";
import type { BaseLayer } from "./layer.js";

export type containsItself<container extends string, got extends string> =
  `${container} cannot contain itself, but it was given ${got}. Fix: build the inner part as a new model or block, e.g. a second sequential({ layers: [...] }).`;
export const containsItself = <container extends string, got extends string>(
  container: container,
  got: got,
): containsItself<container, got> =>
  `${container} cannot contain itself, but it was given ${got}. Fix: build the inner part as a new model or block, e.g. a second sequential({ layers: [...] }).`;

export type duplicateName<model extends string, name extends string, count extends string> =
  `${model}: the name "${name}" is used ${count} times in the model, and all layer names in a model must be unique (as Keras 3 requires). Fix: give each layer its own name; if it is one layer object placed twice, create a new layer for each place (to share weights on purpose, call one layer twice in the functional API: d(d(x))).`;
export const duplicateName = <model extends string, name extends string, count extends string>(
  model: model,
  name: name,
  count: count,
): duplicateName<model, name, count> =>
  `${model}: the name "${name}" is used ${count} times in the model, and all layer names in a model must be unique (as Keras 3 requires). Fix: give each layer its own name; if it is one layer object placed twice, create a new layer for each place (to share weights on purpose, call one layer twice in the functional API: d(d(x))).`;

export type placedTwice<where extends string, name extends string> =
  `${where}: the layer "${name}" is placed twice, and the types cannot see that both places are one object, so they would count its weights twice. Fix: create a new layer for each place (repeat(3, () => dense({ units: 8 })) does), or, to share its weights on purpose, call the one layer twice in the functional API: d(d(x)).`;
export const placedTwice = <where extends string, name extends string>(where: where, name: name): placedTwice<where, name> =>
  `${where}: the layer "${name}" is placed twice, and the types cannot see that both places are one object, so they would count its weights twice. Fix: create a new layer for each place (repeat(3, () => dense({ units: 8 })) does), or, to share its weights on purpose, call the one layer twice in the functional API: d(d(x)).`;


/** The layers a model or block is made of (its `layers`), or none for a plain layer. */
const partsOf = (l: BaseLayer<any>): readonly BaseLayer<any>[] => (l as { readonly layers?: readonly BaseLayer<any>[] }).layers ?? none;
const none: readonly BaseLayer<any>[] = [];

/** Every layer object inside `l`, `l` included, through nested models and blocks. */
export const layersWithin = (l: BaseLayer<any>, into: Set<BaseLayer<any>> = new Set()): Set<BaseLayer<any>> => {
  if (into.has(l)) return into; // a cycle (refused on the way in) or a layer met twice: walk it once
  into.add(l);
  for (const p of partsOf(l)) layersWithin(p, into);
  return into;
};

// --- Who holds whom ------------------------------------------------------------------------------------
// The checks below walk everything inside a part, and a model nests its layers 4-5 levels deep (a
// Sequential block in a residual in a Sequential in a repeat in the model), so each layer object was
// walked again at each level: the top cost of a blocks model's build after the layer objects themselves.
// Most layer objects are placed once, in one container. Counting, for each object, whether some
// model or block already holds it answers most checks at once: if no object anywhere is held by two
// containers, the structure under any container is a tree, so two parts that nobody held before cannot
// share an object (their trees could only meet at an object with two holders), and a container that
// nobody holds cannot be inside its new part. Otherwise the walk below decides, as before.

/**
 * @internal The key of what placement knows of a layer object, set to 0 when it is made: bit `HELD`,
 * some model or block holds it as a part (counted once per holding); bit `COUNTED`, its own parts are
 * counted (a Sequential counts each layer as it joins). On the object, not in weak sets: those were as
 * slow as the walks they replace.
 */
export const placedKey: unique symbol = Symbol("placed");
const HELD = 1;
const COUNTED = 2;
type Placed = BaseLayer<any> & { [placedKey]?: number };
/** Whether some layer object is held by two containers (or twice by one): then the walks decide. */
let shared = false;

const isHeld = (l: BaseLayer<any>): boolean => (((l as Placed)[placedKey] ?? 0) & HELD) !== 0;
const hold = (part: BaseLayer<any>): void => {
  const p = (part as Placed)[placedKey] ?? 0;
  if ((p & HELD) !== 0) shared = true;
  else (part as Placed)[placedKey] = p | HELD;
};
const markCounted = (l: BaseLayer<any>): void => {
  (l as Placed)[placedKey] = ((l as Placed)[placedKey] ?? 0) | COUNTED;
};
/**
 * Counts the parts of `l`, and of every model or block within it, in `held`: once per container (a
 * model's or block's parts are fixed when it is made; a Sequential counts its own as they join).
 */
const count = (l: BaseLayer<any>): void => {
  if ((((l as Placed)[placedKey] ?? 0) & COUNTED) !== 0) return;
  const parts = partsOf(l);
  if (parts.length === 0) return; // a plain layer, or a Sequential with nothing yet (it counts what joins)
  markCounted(l);
  for (const p of parts) {
    hold(p);
    count(p);
  }
};

/**
 * @internal Whether every layer object within `l` is known to be reached by one path only (its parts are
 * counted, as a Sequential's always are, and no object is held by two containers), so that its layers'
 * weights can be summed without a set to drop repeats. A functional model that nothing holds is not
 * counted (that walk would cost what the set costs), so it answers false.
 */
export const heldOnce = (l: BaseLayer<any>): boolean => !shared && ((((l as Placed)[placedKey] ?? 0) & COUNTED) !== 0);

/** Describes a layer for messages: `Dense "dense_1"`. */
export const nameOf = (l: BaseLayer<any>): string => `${l.className} "${l.name}"`;

/**
 * Throws unless `parts` (a block's branches or copies, a Sequential's layers) hold every layer object
 * once, nested ones included. `where` names the container for the message.
 */
export const checkPlacedOnce = (where: string, parts: readonly BaseLayer<any>[]): void => {
  for (const p of parts) count(p);
  if (!shared && distinctAndFree(parts)) return; // see "Who holds whom"
  const seen = new Set<BaseLayer<any>>();
  for (const p of parts)
    for (const l of layersWithin(p)) {
      if (seen.has(l)) fail(placedTwice(where, l.name));
      seen.add(l);
    }
};
/** Whether `parts` are distinct objects that no container holds yet. */
const distinctAndFree = (parts: readonly BaseLayer<any>[]): boolean => {
  for (const p of parts) if (isHeld(p)) return false;
  if (parts.length <= 8) {
    for (let i = 1; i < parts.length; i++) for (let j = 0; j < i; j++) if (parts[i] === parts[j]) return false;
    return true;
  }
  return new Set(parts).size === parts.length;
};

/**
 * What a Sequential holds so far: its top-level names, and (once a check needed it, see "Who holds
 * whom") every layer object within it, kept as its layers join, so that adding the n-th layer costs the
 * size of that layer, not of the model.
 */
export class Placement {
  #within: Set<BaseLayer<any>> | undefined;
  readonly #names = new Set<string>();
  /**
   * The checks before layer `l` joins container `self`: not itself, no name twice among the top-level
   * layers, no layer object in two places. Returns what `record` needs once `l` has joined (`undefined`
   * when no walk was needed).
   */
  check(self: BaseLayer<any>, l: BaseLayer<any>): ReadonlySet<BaseLayer<any>> | readonly BaseLayer<any>[] | undefined {
    if (l === self) fail(containsItself(nameOf(self), "itself"));
    count(l);
    if (!shared && !isHeld(l) && !isHeld(self)) {
      // Neither is inside anything: `self` cannot be within `l`, nor can they share an object.
      if (this.#names.has(l.name)) fail(duplicateName(nameOf(self), l.name, "2"), self.name);
      return undefined;
    }
    // A plain layer (most of what is added) holds only itself: no set to walk it into.
    const within = partsOf(l).length === 0 ? [l] : layersWithin(l);
    if (within instanceof Set && within.has(self)) fail(containsItself(nameOf(self), `${nameOf(l)}, which holds it`));
    if (this.#names.has(l.name)) fail(duplicateName(nameOf(self), l.name, "2"), self.name);
    const mine = this.#within ?? (this.#within = withinParts(self));
    for (const x of within) if (mine.has(x)) fail(placedTwice(nameOf(self), x.name), self.name);
    return within;
  }
  /** Records layer `l` (with the layers `check` found within it) as joined `self`. */
  record(self: BaseLayer<any>, l: BaseLayer<any>, within: ReadonlySet<BaseLayer<any>> | readonly BaseLayer<any>[] | undefined): void {
    this.#names.add(l.name);
    markCounted(self);
    hold(l);
    if (this.#within !== undefined) for (const x of within ?? layersWithin(l)) this.#within.add(x);
  }
}
/** Every layer object within the parts of `self` (not `self` itself). */
const withinParts = (self: BaseLayer<any>): Set<BaseLayer<any>> => {
  const into = new Set<BaseLayer<any>>();
  for (const p of partsOf(self)) layersWithin(p, into);
  return into;
};

/** Throws if two of a model's layers share a name, as Keras 3 does. */
export const checkUniqueNames = (model: string, layers: readonly BaseLayer<any>[]): void => {
  // A set of the names first (every model is checked, and nearly every one passes); the counts the message needs only after a repeat.
  const seen = new Set<string>();
  for (const l of layers) {
    if (seen.has(l.name)) break;
    seen.add(l.name);
  }
  if (seen.size === layers.length) return;
  const counts = new Map<string, number>();
  for (const l of layers) counts.set(l.name, (counts.get(l.name) ?? 0) + 1);
  for (const [name, n] of counts) if (n > 1) fail(duplicateName(model, name, String(n)));
};
