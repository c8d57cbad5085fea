/**
 * Reads a type as a compiler prints it in a declaration file (`SymbolicTensor<[null, 6 | 3, number]>`,
 * `Dim[]`, `[null, ...number[], 3]`, `12 | 9`) and asks whether a runtime value belongs to it.
 *
 * Only the small grammar that shapes and counts are printed in is understood: unions, intersections,
 * tuples (with rest, optional and named members), arrays, parentheses, number/string literals and named
 * types with type arguments. Anything else reads as `unreadable`, so that a type the suite cannot judge
 * is reported, never silently passed.
 */

export type TypeNode =
  | { readonly kind: "union"; readonly members: readonly TypeNode[] }
  | { readonly kind: "intersection"; readonly members: readonly TypeNode[] }
  | { readonly kind: "tuple"; readonly elements: readonly TupleElement[] }
  | { readonly kind: "array"; readonly element: TypeNode }
  | { readonly kind: "literal"; readonly value: number | string | boolean }
  | { readonly kind: "name"; readonly name: string; readonly args: readonly TypeNode[] };
export interface TupleElement {
  readonly type: TypeNode;
  readonly rest: boolean;
  readonly optional: boolean;
}

/** The value a shapeflow type stands for at run time: a shape, a count, or null. */
export type RuntimeValue = readonly (number | null)[] | number | null;

const tokenize = (text: string): string[] | undefined => {
  const tokens: string[] = [];
  const re = /\s*(\.\.\.|-?\d+(?:\.\d+)?(?:e[+-]?\d+)?|"(?:[^"\\]|\\.)*"|[A-Za-z_$][\w$.]*|[[\]<>(),|&?:{}])/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < text.length && (m = re.exec(text)) !== null) {
    tokens.push(m[1]!);
    at = re.lastIndex;
  }
  return text.slice(at).trim() === "" ? tokens : undefined;
};

/** Parses a printed type, with `import("...").` qualifiers removed first; undefined where it is outside the grammar. */
export const parseType = (text: string): TypeNode | undefined => {
  const tokens = tokenize(text.replace(/import\("[^"]*"\)\./g, ""));
  if (tokens === undefined) return undefined;
  let i = 0;
  const peek = () => tokens[i];
  const eat = (t: string) => {
    if (tokens[i] !== t) throw new Error(`expected ${t} at ${tokens.slice(i).join(" ")}`);
    i++;
  };
  const union = (): TypeNode => {
    if (peek() === "|") i++;
    const members = [intersection()];
    while (peek() === "|") {
      i++;
      members.push(intersection());
    }
    return members.length === 1 ? members[0]! : { kind: "union", members };
  };
  const intersection = (): TypeNode => {
    const members = [postfix()];
    while (peek() === "&") {
      i++;
      members.push(postfix());
    }
    return members.length === 1 ? members[0]! : { kind: "intersection", members };
  };
  const postfix = (): TypeNode => {
    let t = primary();
    while (peek() === "[" && tokens[i + 1] === "]") {
      i += 2;
      t = { kind: "array", element: t };
    }
    return t;
  };
  const primary = (): TypeNode => {
    const t = tokens[i++];
    if (t === undefined) throw new Error("unexpected end");
    if (t === "readonly") return postfix();
    if (t === "(") {
      const inner = union();
      eat(")");
      return inner;
    }
    if (t === "[") {
      const elements: TupleElement[] = [];
      while (peek() !== "]") {
        const rest = peek() === "...";
        if (rest) i++;
        // A named member: `name: T` or `name?: T`.
        let named = false;
        if (/^[A-Za-z_$]/.test(peek() ?? "") && (tokens[i + 1] === ":" || (tokens[i + 1] === "?" && tokens[i + 2] === ":"))) {
          named = tokens[i + 1] === "?";
          i += named ? 3 : 2;
        }
        const type = union();
        const optional = named || peek() === "?";
        if (peek() === "?") i++;
        elements.push({ type, rest, optional });
        if (peek() === ",") i++;
        else if (peek() !== "]") throw new Error(`expected , or ] at ${tokens.slice(i).join(" ")}`);
      }
      eat("]");
      return { kind: "tuple", elements };
    }
    if (/^-?\d/.test(t)) return { kind: "literal", value: Number(t) };
    if (t.startsWith('"')) return { kind: "literal", value: JSON.parse(t) as string };
    if (t === "true" || t === "false") return { kind: "literal", value: t === "true" };
    if (/^[A-Za-z_$]/.test(t)) {
      const args: TypeNode[] = [];
      if (peek() === "<") {
        i++;
        args.push(union());
        while (peek() === ",") {
          i++;
          args.push(union());
        }
        eat(">");
      }
      return { kind: "name", name: t.slice(t.lastIndexOf(".") + 1), args };
    }
    throw new Error(`unexpected ${t}`);
  };
  try {
    const t = union();
    return i === tokens.length ? t : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Whether the runtime value `v` belongs to type `t`: true, false, or undefined where the type is one
 * the suite cannot judge (a named type it does not know, an object type).
 */
export const admits = (t: TypeNode, v: unknown): boolean | undefined => {
  const all = (xs: readonly (boolean | undefined)[]) => (xs.includes(false) ? false : xs.includes(undefined) ? undefined : true);
  const some = (xs: readonly (boolean | undefined)[]) => (xs.includes(true) ? true : xs.includes(undefined) ? undefined : false);
  switch (t.kind) {
    case "union":
      return some(t.members.map((m) => admits(m, v)));
    case "intersection":
      return all(t.members.map((m) => admits(m, v)));
    case "literal":
      return v === t.value;
    case "array":
      return Array.isArray(v) ? all(v.map((x) => admits(t.element, x))) : false;
    case "tuple": {
      if (!Array.isArray(v)) return false;
      const restAt = t.elements.findIndex((e) => e.rest);
      const head = restAt < 0 ? t.elements : t.elements.slice(0, restAt);
      const tail = restAt < 0 ? [] : t.elements.slice(restAt + 1);
      const required = head.filter((e) => !e.optional).length + tail.length;
      if (v.length < required || (restAt < 0 && v.length > head.length)) return false;
      const results: (boolean | undefined)[] = [];
      const headUsed = Math.min(head.length, v.length - tail.length);
      head.slice(0, headUsed).forEach((e, k) => results.push(admits(e.type, v[k])));
      tail.forEach((e, k) => results.push(admits(e.type, v[v.length - tail.length + k])));
      if (restAt >= 0) {
        const restType = t.elements[restAt]!.type;
        const middle = v.slice(headUsed, v.length - tail.length);
        results.push(restType.kind === "array" ? all(middle.map((x) => admits(restType.element, x))) : admits(restType, middle));
      }
      return all(results);
    }
    case "name":
      switch (t.name) {
        case "number":
          return typeof v === "number";
        case "null":
          return v === null;
        case "undefined":
          return v === undefined;
        case "Dim":
          return v === null || typeof v === "number";
        case "Shape":
          return Array.isArray(v) && v.every((x) => x === null || typeof x === "number");
        case "any":
        case "unknown":
          return true;
        case "never":
          return false;
        case "Readonly":
        case "SymbolicTensor":
          return t.args[0] === undefined ? undefined : admits(t.args[0], v);
        case "Array":
        case "ReadonlyArray":
          return t.args[0] === undefined ? undefined : admits({ kind: "array", element: t.args[0] }, v);
        default:
          return undefined;
      }
  }
};

/** The named types a printed type mentions that make it meaningless as a fact: `any` and `never`. */
export const anyOrNever = (text: string): string[] => [...new Set(text.replace(/"(?:[^"\\]|\\.)*"/g, '""').match(/\b(any|never)\b/g) ?? [])];
