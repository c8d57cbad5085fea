/**
 * `codegen(json)`: TypeScript source, against shapeflow's public API, for a model's JSON (Keras 3,
 * Keras 2 or a TF.js model.json), whose default export is the model. It writes the plan `fromJSON`
 * builds: a Sequential as `sequential({ layers })`, a functional graph as one `const` a tensor in
 * topological order (a call of several outputs destructured, `const [out, h, c] = ...`), a shared layer
 * as one `const` called twice, a wrapper with its layer inside (`bidirectional({ layer: lstm({...}) })`),
 * nested models as blocks or as a `model({ inputs, outputs })` of their own, called as a layer. Config
 * entries shapeflow does not model are listed in a comment above their layer.
 *
 * ```ts
 * process.stdout.write(codegen(readFileSync("model.json", "utf8")));   // npx shapeflow codegen model.json
 * ```
 */
import { build, outputCounts, readPlan, takesList, type CallPlan, type FunctionalPlan, type InputPlan, type ModelPlan, type Plan, type SequentialPlan } from "./import.js";

const reserved = new Set(
  ("break case catch class const continue debugger default delete do else enum export extends false finally for function if import in " +
    "instanceof new null return super switch this throw true try typeof var void while with let static yield await implements interface " +
    "package private protected public arguments eval undefined model").split(" "),
);

/** A JavaScript literal for a JSON-like value, keys unquoted where they can be. */
const literal = (v: unknown): string => {
  if (v === undefined) return "undefined";
  if (Array.isArray(v)) return `[${v.map(literal).join(", ")}]`;
  if (typeof v === "object" && v !== null) {
    const entries = Object.entries(v).map(([k, x]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${literal(x)}`);
    return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
  }
  return JSON.stringify(v);
};

class Writer {
  readonly imports = new Set<string>();
  /** The factories the code may import: no identifier may take their names. */
  readonly factories = new Set<string>(["input", "model", "sequential", "residual", "parallel", "repeat"]);
  readonly used = new Set<string>();
  readonly lines: string[] = [];

  /** A fresh identifier from a Keras name: `conv2d_1` -> `conv2d1`, never a factory's, a keyword or one already taken. */
  ident(name: string, suffix = ""): string {
    let base = name.replace(/[^A-Za-z0-9_$]+/g, "_").replace(/_+([A-Za-z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/_+$/, "") + suffix;
    if (!/^[A-Za-z_$]/.test(base)) base = `_${base}`;
    let id = base;
    for (let k = 1; reserved.has(id) || this.used.has(id) || this.factories.has(id); k++) id = k === 1 ? `${base}Out` : `${base}Out${k}`;
    this.used.add(id);
    return id;
  }

  call(factory: string, ...args: string[]): string {
    this.imports.add(factory);
    return `${factory}(${args.join(", ")})`;
  }

  /** Comments listing what the layer's config (a wrapped layer's too) holds that shapeflow does not model, or models otherwise. */
  notes(p: Plan, indent: string): string[] {
    if (p.kind !== "layer") return [];
    const inner = [...(p.wrapped === undefined ? [] : [p.wrapped.layer, ...(p.wrapped.backwardLayer === undefined ? [] : [p.wrapped.backwardLayer])]), ...(p.cells?.list ?? [])].flatMap((l) => this.notes(l, indent));
    const legacy = (p.legacyHardSigmoid ?? []).map(
      (o) => `${indent}// "${p.name}": ${o} "hardSigmoid" in the file is Keras 2's / TF.js's clip(0.2x + 0.5, 0, 1); shapeflow's (Keras 3's) is clip(x / 6 + 0.5, 0, 1). toTfjs keeps the file's function only for the model fromJSON reads.`,
    );
    if (p.unmodeled.length === 0) return [...inner, ...legacy];
    return [
      ...legacy,
      ...inner,
      `${indent}// Keras config of "${p.name}" that shapeflow does not model (not passed on):`,
      ...p.unmodeled.map((u) => `${indent}//   ${u.key}: ${JSON.stringify(u.value)}${u.shapeflow === undefined ? "" : ` (shapeflow: ${JSON.stringify(u.shapeflow)})`}`),
    ];
  }

  inputExpr(i: InputPlan): string {
    return this.call("input", literal({ batchShape: [...i.batchShape], name: i.name, ...(i.dtype !== undefined && { dtype: i.dtype }) }));
  }

  /** An expression making a layer (or a nested model as a block) that takes one input of shape `from`. */
  layerExpr(p: Plan, indent: string): string {
    if (p.kind === "layer") {
      if (p.cells !== undefined) {
        // An RNN: its cell (or list of cells) written inside its options, after its name.
        const { name, ...rest } = { name: p.name, ...p.options };
        const cells = p.cells.list.map((c) => this.layerExpr(c, indent));
        const own = literal(rest);
        return this.call(p.factory, `{ name: ${JSON.stringify(name)}, cell: ${p.cells.stacked ? `[${cells.join(", ")}]` : cells[0]!}${own === "{}" ? "" : `, ${own.slice(2, -2)}`} }`);
      }
      if (p.wrapped === undefined) return this.call(p.factory, literal({ name: p.name, ...p.options }));
      // A wrapper: the layers it wraps written inside its options, after its name.
      const { name, ...rest } = { name: p.name, ...p.options };
      const layers = [`layer: ${this.layerExpr(p.wrapped.layer, indent)}`, ...(p.wrapped.backwardLayer === undefined ? [] : [`backwardLayer: ${this.layerExpr(p.wrapped.backwardLayer, indent)}`])];
      const own = literal(rest);
      return this.call(p.factory, `{ name: ${JSON.stringify(name)}, ${layers.join(", ")}${own === "{}" ? "" : `, ${own.slice(2, -2)}`} }`);
    }
    if (p.kind === "sequential") return this.sequentialExpr(p, indent);
    return this.blockExpr(p, indent) ?? this.nestedModel(p);
  }

  /** A nested functional model that is no block: its own `model({ inputs, outputs })` const, called as a layer. */
  nestedModel(p: FunctionalPlan): string {
    const expr = this.functional(p);
    const id = this.ident(p.name);
    this.lines.push(`const ${id} = ${expr};`);
    return id;
  }

  sequentialExpr(p: SequentialPlan, indent: string): string {
    const inner = `${indent}    `;
    const lines = [`${inner}${this.inputExpr(p.input)},`];
    for (const l of p.layers) lines.push(...this.notes(l, inner), `${inner}${this.layerExpr(l, inner)},`);
    this.imports.add("sequential");
    return `sequential({\n${indent}  name: ${JSON.stringify(p.name)},\n${indent}  layers: [\n${lines.join("\n")}\n${indent}  ],\n${indent}})`;
  }

  /**
   * A nested functional model as the block it was: a chain as a Sequential, an input added to a path
   * as residual(), branches concatenated as parallel(); any other graph is no block (`undefined`).
   */
  blockExpr(p: FunctionalPlan, indent: string): string | undefined {
    if (p.inputs.length !== 1 || p.outputs.length !== 1 || p.calls.some((c) => c.initialState !== undefined || (outputCounts.get(c) ?? 1) > 1)) return undefined;
    const input = `${p.inputs[0]!.name}#0`;
    const byOutput = new Map(p.calls.map((c) => [c.output, c]));
    /** The chain of calls from the input to tensor `t`, or undefined when it branches or merges. */
    const chain = (t: string): CallPlan[] | undefined => {
      const out: CallPlan[] = [];
      for (let x = t; x !== input; ) {
        const c = byOutput.get(x);
        if (c === undefined || c.inputs.length !== 1 || c.inputs[0]!.includes("@") || takesList(p.layers.get(c.layer)!, c)) return undefined;
        out.unshift(c);
        x = c.inputs[0]!;
      }
      return out;
    };
    const path = (cs: readonly CallPlan[], name: string): string =>
      cs.length === 1
        ? this.layerExpr(p.layers.get(cs[0]!.layer)!, indent)
        : this.sequentialBlock(cs.map((c) => p.layers.get(c.layer)!), name, indent);
    const all = chain(p.outputs[0]!);
    if (all !== undefined && all.length > 0)
      return this.sequentialExpr({ kind: "sequential", name: p.name, input: p.inputs[0]!, layers: all.map((c) => p.layers.get(c.layer)!) }, indent);
    const last = byOutput.get(p.outputs[0]!);
    const lastPlan = last === undefined ? undefined : p.layers.get(last.layer);
    if (last !== undefined && lastPlan?.kind === "layer") {
      const branches = last.inputs.map(chain);
      if (branches.every((b) => b !== undefined) && p.calls.length === 1 + branches.reduce((n, b) => n + b!.length, 0)) {
        if (lastPlan.className === "Add" && branches.length === 2 && branches[0]!.length > 0) {
          const main = path(branches[0]!, `${p.name}_main`);
          const shortcut = branches[1]!.length > 0 ? path(branches[1]!, `${p.name}_shortcut`) : "undefined";
          return this.call("residual", main, shortcut, literal({ name: p.name }));
        }
        if (lastPlan.className === "Concatenate" && branches.every((b) => b!.length > 0)) {
          const axis = (lastPlan.options as { axis?: number }).axis;
          const bs = branches.map((b, k) => path(b!, `${p.name}_branch_${k}`));
          return this.call("parallel", `[${bs.join(", ")}]`, literal({ ...(axis !== undefined && { axis }), name: p.name }));
        }
      }
    }
    return undefined;
  }

  /** Layers in a row with no input of their own: a Sequential block that takes its input's shape when called. */
  sequentialBlock(ls: readonly Plan[], name: string, indent: string): string {
    this.imports.add("sequential");
    return `sequential({ name: ${JSON.stringify(name)}, layers: [${ls.map((l) => this.layerExpr(l, indent)).join(", ")}] })`;
  }

  /** A functional model: one const per input, shared layer and tensor, in topological order. */
  functional(p: FunctionalPlan): string {
    const tensors = new Map<string, string>();
    for (const i of p.inputs) {
      const id = this.ident(i.name);
      tensors.set(`${i.name}#0`, id);
      this.lines.push(`const ${id} = ${this.inputExpr(i)};`);
    }
    const calls = new Map<string, number>();
    for (const c of p.calls) calls.set(c.layer, (calls.get(c.layer) ?? 0) + 1);
    const layerIds = new Map<string, string>();
    /** The tensors the graph reads: a call's outputs no one reads are left out of its destructuring. */
    const read = new Set([...p.calls.flatMap((c) => [...c.inputs, ...(c.initialState ?? [])]), ...p.outputs]);
    for (const c of p.calls) {
      const l = p.layers.get(c.layer)!;
      let callee: string;
      const shared = (calls.get(c.layer) ?? 0) > 1;
      if (shared) {
        // A shared layer: one object, called once a node.
        let id = layerIds.get(c.layer);
        if (id === undefined) {
          this.lines.push(...this.notes(l, ""));
          const expr = this.layerExpr(l, "");
          // A nested model is a const already.
          if (/^[A-Za-z_$][\w$]*$/.test(expr)) id = expr;
          else {
            id = this.ident(c.layer, "Layer");
            this.lines.push(`const ${id} = ${expr};`);
          }
          layerIds.set(c.layer, id);
        }
        callee = id;
      } else {
        this.lines.push(...this.notes(l, ""));
        callee = this.layerExpr(l, "");
      }
      const xs = c.inputs.map((t) => tensors.get(t)!);
      const arg = takesList(l, c) ? `[${xs.join(", ")}]` : xs[0]!;
      const states = c.initialState === undefined ? "" : `, { initialState: [${c.initialState.map((t) => tensors.get(t)!).join(", ")}] }`;
      const node = Number(c.output.split("#").pop());
      const base = shared ? `${c.layer}_${node}` : c.layer;
      const count = outputCounts.get(c) ?? 1;
      if (count === 1) {
        const id = this.ident(base);
        tensors.set(c.output, id);
        this.lines.push(`const ${id} = ${callee}(${arg}${states});`);
      } else {
        // Several outputs: the ones the graph reads, destructured in their order (`const [, h, c] = ...`).
        const slots = Array.from({ length: count }, (_, k) => {
          const t = k === 0 ? c.output : `${c.output}@${k}`;
          if (!read.has(t)) return "";
          // Output k of `lstm_1` is `lstm1Out2`, not `lstm12`, which would read as the layer `lstm_12`.
          const id = k === 0 ? this.ident(base) : this.ident(base, `Out${k}`);
          tensors.set(t, id);
          return id;
        });
        while (slots.length > 1 && slots[slots.length - 1] === "") slots.pop();
        this.lines.push(`const [${slots.join(", ")}] = ${callee}(${arg}${states});`);
      }
    }
    const ins = p.inputs.map((i) => tensors.get(`${i.name}#0`)!);
    const outs = p.outputs.map((o) => tensors.get(o)!);
    this.imports.add("model");
    return `model({\n  name: ${JSON.stringify(p.name)},\n  inputs: ${p.single.inputs ? ins[0] : `[${ins.join(", ")}]`},\n  outputs: ${p.single.outputs ? outs[0] : `[${outs.join(", ")}]`},\n})`;
  }
}


/** Options of `codegen`. */
export interface CodegenOptions {
  /** Where the code imports shapeflow from; default `"shapeflow"`. */
  readonly from?: string;
  /** Adds `model.summary()` at the end, so that running the file prints the summary. */
  readonly summary?: boolean;
  /** The source named in the header comment (a file name). */
  readonly source?: string;
}

/**
 * TypeScript source for a model's JSON (Keras 3, Keras 2 or a TF.js model.json, as text or parsed):
 * typed shapeflow code whose default export is the model. Throws the same `ShapeError`s as `fromJSON`.
 */
export const codegen = (json: unknown, options: CodegenOptions = {}): string => {
  const plan: ModelPlan = readPlan(json);
  // Built first, as fromJSON builds it: every shape checked, and each call's outputs counted.
  build(plan);
  const w = new Writer();
  for (const p of plans(plan)) if (p.kind === "layer") w.factories.add(p.factory);
  const id = w.ident(plan.name);
  const expr = plan.kind === "sequential" ? w.sequentialExpr(plan, "") : w.functional(plan);
  const body = [...w.lines, `const ${id} = ${expr};`, "", `export default ${id};`, ...(options.summary === true ? [`${id}.summary();`] : [])];
  const imports = [...w.imports].sort();
  return [
    `// Generated by shapeflow codegen${options.source === undefined ? "" : ` from ${options.source}`}: the model "${plan.name}", its shapes checked by the compiler.`,
    `import { ${imports.join(", ")} } from ${JSON.stringify(options.from ?? "shapeflow")};`,
    "",
    ...body,
    "",
  ].join("\n");
};

/** Every plan inside a plan. */
const plans = (p: Plan): Plan[] =>
  p.kind === "layer" ? [p] : p.kind === "sequential" ? [p, ...p.layers.flatMap(plans)] : [p, ...[...p.layers.values()].flatMap(plans)];
