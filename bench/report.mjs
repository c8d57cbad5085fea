/**
 * Renders bench/results.json as bench/RESULTS.md: the targets of issue 5, the tables, and what changed
 * since the previous results.
 */

const fmt = {
  s: (/** @type {number | undefined} */ x) => (x === undefined ? "" : `${x.toFixed(x < 1 ? 3 : 2)}`),
  n: (/** @type {number | undefined} */ x) => (x === undefined ? "" : Math.round(x).toLocaleString("en-US")),
  mb: (/** @type {number | undefined} */ x) => (x === undefined ? "" : `${Math.round(x)}`),
  ms: (/** @type {number | undefined} */ x) => (x === undefined ? "" : x < 10 ? x.toFixed(1) : x.toFixed(0)),
  pct: (/** @type {number} */ x) => `${x > 0 ? "+" : ""}${(x * 100).toFixed(1)}%`,
};
const ids = ["ts7", "ts5.9"];
const label = { ts7: "TS 7", "ts5.9": "TS 5.9" };

/** @param {any} m */
const cell = (m) => (m === undefined ? "not run" : m.status === "ok" ? fmt.s(m.checkTime) : `**stops: ${m.why}**`);
/** @param {any} m */
const instCell = (m) => (m === undefined || m.status !== "ok" ? "" : fmt.n(m.instantiations));
/** Instantiations per layer on TS 7 (or 5.9 when 7 did not compile it). @param {any} f */
const perLayer = (f) => {
  const m = f.byCompiler.ts7?.status === "ok" ? f.byCompiler.ts7 : f.byCompiler["ts5.9"];
  return f.layers && m?.status === "ok" ? m.instantiations / f.layers : undefined;
};

/** @param {any} r results @returns {{ target: string, measured: string, met: string }[]} */
const targets = (r) => {
  const rows = [];
  const fx = r.fixtures;
  const res = fx["resnet50"];
  rows.push({
    target: "ResNet50 adds < 0.5 s of check time on TS 7, < 5 s on TS 5.9",
    measured: res ? `${cell(res.byCompiler.ts7)} s on TS 7, ${cell(res.byCompiler["ts5.9"])} s on TS 5.9` : "not measured: examples/applications/resnet50.ts does not exist yet",
    met: res ? (res.byCompiler.ts7?.checkTime < 0.5 && res.byCompiler["ts5.9"]?.checkTime < 5 ? "yes" : "**no**") : "n/a",
  });
  const withLayers = Object.entries(fx).filter(([, f]) => perLayer(f) !== undefined);
  const per = withLayers.map(([n, f]) => [n, /** @type {number} */ (perLayer(f))]);
  const mean = per.reduce((a, [, x]) => a + /** @type {number} */ (x), 0) / Math.max(per.length, 1);
  const over = per.filter(([, x]) => /** @type {number} */ (x) >= 1000).map(([n, x]) => `${n} ${fmt.n(/** @type {number} */ (x))}`);
  rows.push({
    target: "< 1,000 instantiations per layer on average across the zoo",
    measured: `mean ${fmt.n(mean)} over ${per.length} fixtures${over.length ? `; at or over 1,000: ${over.join(", ")}` : "; every fixture under 1,000"}`,
    met: per.length === 0 ? "n/a" : mean < 1000 ? (over.length ? "yes (on average)" : "yes") : "**no**",
  });
  const vgg = fx["vgg16"];
  rows.push({
    target: "VGG16 < 20,000 instantiations",
    measured: vgg ? `${instCell(vgg.byCompiler.ts7) || cell(vgg.byCompiler.ts7)} on TS 7` : "not measured: examples/applications/vgg16.ts does not exist yet",
    met: vgg ? (vgg.byCompiler.ts7?.instantiations < 20000 ? "yes" : "**no**") : "n/a",
  });
  const chains1000 = Object.entries(fx).filter(([, f]) => f.group === "chain" && f.depth === 1000);
  const failing = chains1000.filter(([, f]) => f.byCompiler.ts7?.status !== "ok").map(([n]) => n);
  /** inst/layer at 1,000 over inst/layer at 200, per form. */
  const growth = chains1000
    .map(([, f]) => {
      const f200 = fx[`chain-${f.form}-200`];
      const a = perLayer(f);
      const b = f200 && perLayer(f200);
      return a && b ? [f.form, a / b] : undefined;
    })
    .filter((x) => x !== undefined);
  const superlinear = growth.filter(([, g]) => g > 1.25);
  rows.push({
    target: "1,000-layer chains compile in every form on TS 7, cost linear in depth",
    measured:
      (chains1000.length ? (failing.length ? `stop on TS 7: ${failing.join(", ")}` : `all ${chains1000.length} forms compile`) : "not measured") +
      (growth.length ? `; cost per layer at 1,000 vs 200: ${growth.map(([form, g]) => `${form} ${g.toFixed(2)}x`).join(", ")}` : ""),
    met: chains1000.length === 0 ? "n/a" : failing.length ? "**no**" : superlinear.length ? `**compile: yes; linear: no (${superlinear.map(([f]) => f).join(", ")})**` : "yes",
  });
  rows.push({
    target: "runtime mirror >= 100x faster than TensorFlow.js",
    measured: r.runtime?.ratio ? `${r.runtime.ratio.toFixed(1)}x on ${r.runtime.model}` : `not measured${r.runtime?.failed ? `: ${r.runtime.failed}` : ""}`,
    met: r.runtime?.ratio ? (r.runtime.ratio >= 100 ? "yes" : "**no**") : "n/a",
  });
  const hovers = r.hover?.files ?? [];
  const resnet = hovers.filter((h) => h.file.includes("resnet50"));
  rows.push({
    target: "hover on the last tensor of ResNet50 < 100 ms warm (TS 7)",
    measured: hovers.length
      ? hovers.map((h) => `${h.file} (\`${h.ts7.target}\`): after an edit ${fmt.ms(h.ts7.afterEdit)} ms, repeated ${fmt.ms(h.ts7.repeated)} ms`).join("; ")
      : "not measured",
    met: resnet.length ? (resnet.every((h) => h.ts7.afterEdit < 100) ? "yes" : resnet.every((h) => h.ts7.repeated < 100) ? "**repeated: yes; after an edit: no**" : "**no**") : "n/a",
  });
  return rows;
};

/** @param {any} r @param {any} old @returns {string[]} */
const changes = (r, old) => {
  if (!old?.fixtures || Object.keys(old.fixtures).length === 0) return ["First run: nothing to compare with."];
  const out = [];
  for (const [name, f] of Object.entries(r.fixtures)) {
    const o = old.fixtures?.[name];
    if (!o) {
      out.push(`- ${name}: new fixture.`);
      continue;
    }
    for (const c of ids) {
      const a = /** @type {any} */ (f).byCompiler[c];
      const b = o.byCompiler?.[c];
      if (!a || !b) continue;
      if (a.status !== b.status) out.push(`- ${name} on ${label[c]}: ${b.status}${b.why ? ` (${b.why})` : ""} -> ${a.status}${a.why ? ` (${a.why})` : ""}.`);
      else if (a.status === "ok") {
        if (a.instantiations !== b.instantiations)
          out.push(`- ${name} on ${label[c]}: instantiations ${fmt.n(b.instantiations)} -> ${fmt.n(a.instantiations)} (${fmt.pct(a.instantiations / Math.max(b.instantiations, 1) - 1)}).`);
        const dt = a.checkTime - b.checkTime;
        if (Math.abs(dt) > 0.05 && Math.abs(dt) > 0.3 * Math.max(b.checkTime, 0.01))
          out.push(`- ${name} on ${label[c]}: check time ${fmt.s(b.checkTime)} -> ${fmt.s(a.checkTime)} s (timing noise on this machine is about ±30%).`);
      }
    }
  }
  for (const name of Object.keys(old.fixtures ?? {})) if (!(name in r.fixtures)) out.push(`- ${name}: no longer measured.`);
  if (r.runtime?.ratio && old.runtime?.ratio && (r.runtime.model !== old.runtime.model || Math.abs(r.runtime.ratio / old.runtime.ratio - 1) > 0.3))
    out.push(`- runtime ratio: ${old.runtime.ratio.toFixed(1)}x (${old.runtime.model}) -> ${r.runtime.ratio.toFixed(1)}x (${r.runtime.model}).`);
  for (const [engine, by] of Object.entries(r.arith?.results ?? {}))
    for (const c of ids) {
      const a = /** @type {any} */ (by)[c];
      const b = old.arith?.results?.[engine]?.[c];
      if (a?.status === "ok" && b?.status === "ok" && a.instantiations !== b.instantiations)
        out.push(`- arithmetic, ${engine} on ${label[c]}: instantiations ${fmt.n(b.instantiations)} -> ${fmt.n(a.instantiations)}.`);
    }
  for (const h of r.hover?.files ?? []) {
    const o = (old.hover?.files ?? []).find((/** @type {any} */ x) => x.file === h.file);
    if (o && Math.abs(h.ts7.afterEdit - o.ts7.afterEdit) > 0.3 * o.ts7.afterEdit)
      out.push(`- hover after an edit on ${h.file}, TS 7: ${fmt.ms(o.ts7.afterEdit)} -> ${fmt.ms(h.ts7.afterEdit)} ms.`);
  }
  return out.length ? out : ["No change in instantiations or outcomes; check times within noise."];
};

/**
 * The hand-written sections of a RESULTS.md text, from "## Targets (issue 17)" to the generated
 * "## Type-check cost" (the issue-17 targets and the per-call and per-model breakdowns after them), kept
 * as they are when the file is generated again: their figures come from side-by-side before/after runs
 * and profiles that one bench run cannot repeat.
 * @param {string} text
 */
export const keptSection = (text) => /^## Targets \(issue 17\)\n[\s\S]*?(?=^## Type-check cost\n)/m.exec(text)?.[0];

/** @param {any} r results @param {any} old the previous results, if any @param {string} [kept] a section to keep (keptSection) */
export const renderResults = (r, old, kept) => {
  const L = [];
  L.push("# Benchmarks", "");
  L.push(
    `Generated by \`npm run bench\` (bench/run.mjs) on ${r.date.slice(0, 10)}, commit ${r.commit}${r.uncommittedSrc ? " plus uncommitted changes in src/" : ""}, ` +
      `median of ${r.runs} run${r.runs === 1 ? "" : "s"} per number. Compilers: TypeScript ${r.compilers.ts7} and ${r.compilers["ts5.9"]}.`,
    "",
    "Reproduce: `npm ci && npm run bench` (7 minutes on the machine below; `--limits` adds about 15), or parts of it: " +
      "`node bench/run.mjs --only resnet50 --skip runtime,arith,hover`, `node --expose-gc bench/runtime.mjs`, `node bench/arith.mjs`, `node bench/hover.mjs`. " +
      "The budgets CI enforces: `npm run bench:check` (see bench/budgets.json).",
    "",
    `Machine: ${r.machine.cpu}, ${r.machine.memory}, Node.js ${r.machine.node}, ${r.machine.platform}. ` +
      "A shared 2-core machine: times vary by about ±30% between runs; instantiation counts are exact and repeatable, so budgets are set on them.",
    "",
  );

  L.push("## Targets (issue 5)", "", "| target | measured | met |", "| --- | --- | --- |");
  for (const t of targets(r)) L.push(`| ${t.target} | ${t.measured} | ${t.met} |`);
  if (r.missing?.length) L.push("", `Not measured yet (their files do not exist): ${r.missing.join("; ")}.`);
  L.push("");
  if (kept) L.push(kept.trimEnd(), "");

  L.push(
    "## Type-check cost",
    "",
    "Each fixture compiled alone (`tsc -p <project> --extendedDiagnostics`), minus a project that loads the library and uses nothing " +
      `(its own cost: check ${fmt.s(r.baseline.ts7?.checkTime)} s / total ${fmt.s(r.baseline.ts7?.totalTime)} s on TS 7, ` +
      `check ${fmt.s(r.baseline["ts5.9"]?.checkTime)} s / total ${fmt.s(r.baseline["ts5.9"]?.totalTime)} s on TS 5.9). ` +
      "Check time in seconds; memory in MB over the baseline; \"stops\" is TS2589/TS2590, the compiler's own stack overflow, or the time limit. " +
      "Layers: as the model lists them (examples: counted by running them).",
    "",
    "| fixture | layers | TS 7 check | TS 7 instantiations | TS 7 MB | TS 5.9 check | TS 5.9 instantiations | TS 5.9 MB | instantiations / layer |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  const groups = [
    ["example", "model zoo (examples)"],
    ["other", "other"],
    ["chain", "deep chains"],
  ];
  for (const [g, title] of groups) {
    const rows = Object.entries(r.fixtures).filter(([, f]) => /** @type {any} */ (f).group === g);
    if (!rows.length) continue;
    L.push(`| _${title}_ | | | | | | | | |`);
    for (const [name, f] of rows) {
      const a = /** @type {any} */ (f).byCompiler.ts7;
      const b = /** @type {any} */ (f).byCompiler["ts5.9"];
      const mb = (/** @type {any} */ m) => (m?.status === "ok" ? fmt.mb(m.memoryMB) : "");
      // A libCheck fixture is measured against an empty project that also checks .d.ts files (see bench/lib.mjs).
      const shown = /** @type {any} */ (f).libCheck ? `${name} (skipLibCheck off, over an empty project of the same options)` : name;
      L.push(`| ${shown} | ${/** @type {any} */ (f).layers ?? "?"} | ${cell(a)} | ${instCell(a)} | ${mb(a)} | ${cell(b)} | ${instCell(b)} | ${mb(b)} | ${fmt.n(perLayer(f))} |`);
    }
  }
  L.push(
    "",
    "Chains: `add-chain` is one `sequential().add(...)...` statement; `add-split` the same in statements of 100 calls; " +
      "`list` is `sequential({ layers: [...] })`; `functional` one `const x = dense(...)(x)` statement a layer. " +
      "Hidden sizes differ in every layer (24 to 1,023), so the compiler's cache of repeated types does not help: the worst case.",
    "",
  );

  L.push("## Where each form stops", "");
  if (r.limits?.results?.length) {
    L.push(`Found with \`node bench/run.mjs --limits\` on ${r.limits.date} (bisection; a chain of Dense layers of varied sizes).`, "");
    L.push("| form | compiler | longest that compiles | stops at | why |", "| --- | --- | ---: | ---: | --- |");
    for (const x of r.limits.results)
      L.push(`| ${x.form} | ${label[x.compiler]} | ${x.compiles}${x.stopsAt === undefined ? " (largest tried)" : ""} | ${x.stopsAt ?? ""} | ${x.why ?? ""} |`);
    L.push("");
  } else L.push("Not measured yet: run `node bench/run.mjs --limits`.", "");
  L.push(
    "Ways around the limits: on TypeScript 5.x/6.0, split a long `.add(...)` chain into statements (`const a = sequential().add(...)...; const b = a.add(...)...;`, " +
      "100 calls a statement), or use the functional form, which has no depth limit (one statement a layer); `sequential({ layers: [...] })` folds the list two layers a step, " +
      "so its limit is about twice the compiler's 1,000-step limit on tail-recursive types.",
    "",
  );

  L.push("## Runtime mirror vs TensorFlow.js", "");
  if (r.runtime?.ratio) {
    L.push(
      `The same example code (${r.runtime.file}: ${r.runtime.layers} layers, ${fmt.n(r.runtime.params)} parameters) run with shapeflow and with TensorFlow.js layers 4.22 ` +
        "(CPU backend, zero initializers, through bench/tfjs-shim.mjs), alternating in one process: build the model, read its output shape, count its parameters, render its summary. " +
        `Median of ${r.runtime.runs} builds each.`,
      "",
      `**shapeflow is ${r.runtime.ratio.toFixed(1)}x faster** (this run: ${fmt.ms(r.runtime.shapeflowMs)} ms vs ${fmt.ms(r.runtime.tfjsMs)} ms; only the ratio carries over to other machines).`,
      "",
    );
  } else L.push(`Not measured${r.runtime?.failed ? `: ${r.runtime.failed}` : ""}.`, "");

  L.push("## Type-level arithmetic vs public libraries", "");
  if (r.arith?.results) {
    const sf = r.arith.results.shapeflow;
    L.push(
      `One workload of ${r.arith.formulas} formulas (${r.arith.operations} operations): convolution output lengths (valid and same), convolution and Dense parameter counts, ` +
        "flattened sizes and running parameter totals, with sizes from real networks; each written as `const r: <formula> = <value>`, so every result is checked (bench/arith.mjs). " +
        "Ratios are the library's cost over shapeflow's.",
      "",
      "| engine | TS 7 instantiations | TS 7 check | TS 5.9 instantiations | TS 5.9 check | instantiations ratio | check time ratio (TS 7 / TS 5.9) |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    );
    for (const [engine, by] of Object.entries(r.arith.results)) {
      const a = /** @type {any} */ (by).ts7;
      const b = /** @type {any} */ (by)["ts5.9"];
      const ok = a?.status === "ok" && b?.status === "ok" && sf.ts7?.status === "ok";
      L.push(
        `| ${engine} | ${instCell(a) || cell(a)} | ${a?.status === "ok" ? fmt.s(a.checkTime) : ""} | ${instCell(b) || cell(b)} | ${b?.status === "ok" ? fmt.s(b.checkTime) : ""} | ` +
          `${ok ? `${(a.instantiations / sf.ts7.instantiations).toFixed(1)}x` : ""} | ${ok ? `${(a.checkTime / sf.ts7.checkTime).toFixed(1)}x / ${(b.checkTime / sf["ts5.9"].checkTime).toFixed(1)}x` : ""} |`,
      );
    }
    L.push("", "ts-arithmetic has no floor division: floor(a / b) is written (a - a mod b) / b, ceil(a / b) as floor((a + b - 1) / b). hotscript's Div is integer division.", "");
  } else L.push("Not measured.", "");

  L.push("## Hover", "");
  const hovers = r.hover?.files ?? [];
  if (hovers.length) {
    L.push(
      "Hover on the last tensor (or, where the file has none, the last const showing a model or shape) of each example, in a workspace of its own " +
        `(bench/hover.mjs), in milliseconds. Cold: the first hover after opening the file, with the server started. After an edit: the same hover after a ` +
        `comment is appended to the file, which the server answers from a new program: what every keystroke costs. Repeated: again, unchanged. Medians of ${r.hover.runs}.`,
      "",
      "| example | hover | server | cold | after an edit | repeated |",
      "| --- | --- | --- | ---: | ---: | ---: |",
    );
    for (const h of hovers)
      for (const c of ids)
        L.push(
          `| ${h.file} | \`${h[c].hover}\` | ${c === "ts7" ? "TS 7 language server (LSP)" : "TS 5.9 LanguageService"} | ${fmt.ms(h[c].cold)} | ${fmt.ms(h[c].afterEdit)} | ${fmt.ms(h[c].repeated)} |`,
        );
    L.push("");
  } else L.push(`Not measured${r.hover?.failed ? `: ${r.hover.failed}` : ""}.`, "");

  L.push("## Changes since the last run", "", ...changes(r, old), "");
  return `${L.join("\n")}`;
};
