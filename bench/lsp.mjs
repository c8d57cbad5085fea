/**
 * A minimal Language Server Protocol client for TypeScript 7's `tsc --lsp --stdio`, to read hovers as an
 * editor does. Used by test/hover-lsp.test.ts and by bench/hover.mjs (timings).
 *
 * What the server needs from a client (found by trying, TypeScript 7.0.2):
 * - it sends requests of its own (`client/registerCapability`, `workspace/configuration`, ...) and
 *   waits for their answers, so every request from the server gets a reply (null, or one null per
 *   configuration item);
 * - `shutdown` must be sent WITHOUT a `params` field: `"params": null` is rejected.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

export class LspClient {
  /** @type {import("node:child_process").ChildProcessWithoutNullStreams} */
  #server;
  #nextId = 1;
  /** @type {Map<number, { resolve: (v: unknown) => void, reject: (e: Error) => void, method: string }>} */
  #pending = new Map();
  #buffer = Buffer.alloc(0);
  /** @type {Map<string, number>} */
  #versions = new Map();
  #stderr = "";
  /** @type {Promise<number | null>} */
  #exited;

  /**
   * @param {string} tsc path to TypeScript 7's bin/tsc
   * @param {string} root the workspace folder (where tsconfig.json is)
   */
  constructor(tsc, root) {
    this.root = root;
    this.#server = spawn(process.execPath, [tsc, "--lsp", "--stdio"], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
    this.#server.stdout.on("data", (chunk) => this.#receive(chunk));
    this.#server.stderr.on("data", (chunk) => (this.#stderr += chunk));
    this.#exited = new Promise((resolve) =>
      this.#server.on("exit", (code) => {
        for (const p of this.#pending.values()) p.reject(new Error(`language server exited (${code}) during ${p.method}: ${this.#stderr}`));
        this.#pending.clear();
        resolve(code);
      }),
    );
  }

  /** Starts a server on `root` and completes the initialize handshake. */
  static async start(/** @type {string} */ tsc, /** @type {string} */ root) {
    const client = new LspClient(tsc, root);
    await client.request("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: "workspace" }],
      capabilities: {
        textDocument: { hover: { contentFormat: ["markdown", "plaintext"] }, synchronization: { didSave: false } },
        workspace: { configuration: true, workspaceFolders: true },
      },
    });
    client.notify("initialized", {});
    return client;
  }

  /**
   * Sends a request; `params` undefined sends none at all (as `shutdown` requires).
   * @param {string} method
   * @param {unknown} [params]
   */
  request(method, params) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, method });
      this.#send(params === undefined ? { jsonrpc: "2.0", id, method } : { jsonrpc: "2.0", id, method, params });
    });
  }

  /** @param {string} method @param {unknown} params */
  notify(method, params) {
    this.#send({ jsonrpc: "2.0", method, params });
  }

  /** Opens a file from disk (or with the given text). @param {string} path @param {string} [text] */
  open(path, text = readFileSync(path, "utf8")) {
    const uri = pathToFileURL(path).href;
    this.#versions.set(uri, 1);
    this.notify("textDocument/didOpen", { textDocument: { uri, languageId: "typescript", version: 1, text } });
  }

  /** Replaces an open file's whole text, as an editor does after an edit. @param {string} path @param {string} text */
  change(path, text) {
    const uri = pathToFileURL(path).href;
    const version = (this.#versions.get(uri) ?? 1) + 1;
    this.#versions.set(uri, version);
    this.notify("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /**
   * The hover at a 0-based line and character, as the code in its markdown (```typescript block), or
   * the whole text when there is no code block; "" when there is no hover.
   * @param {string} path @param {number} line @param {number} character
   * @returns {Promise<string>}
   */
  async hover(path, line, character) {
    const result = /** @type {{ contents: unknown } | null} */ (
      await this.request("textDocument/hover", { textDocument: { uri: pathToFileURL(path).href }, position: { line, character } })
    );
    if (result === null) return "";
    const parts = Array.isArray(result.contents) ? result.contents : [result.contents];
    const text = parts.map((p) => (typeof p === "string" ? p : /** @type {{ value: string }} */ (p).value)).join("\n");
    const code = /```(?:typescript|ts)?\n([\s\S]*?)\n```/.exec(text);
    return (code ? code[1] : text).trim();
  }

  /** Shuts the server down and waits for it to exit. */
  async close() {
    try {
      await this.request("shutdown");
      this.notify("exit", undefined);
    } finally {
      const timer = setTimeout(() => this.#server.kill(), 5000);
      await this.#exited;
      clearTimeout(timer);
    }
  }

  /** @param {object} message */
  #send(message) {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    this.#server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.#server.stdin.write(body);
  }

  /** @param {Buffer} chunk */
  #receive(chunk) {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const end = this.#buffer.indexOf("\r\n\r\n");
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.#buffer.subarray(0, end).toString("ascii"))?.[1]);
      if (this.#buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.#buffer.subarray(end + 4, end + 4 + length).toString("utf8"));
      this.#buffer = this.#buffer.subarray(end + 4 + length);
      this.#dispatch(message);
    }
  }

  /** @param {{ id?: number, method?: string, params?: any, result?: unknown, error?: { message: string } }} message */
  #dispatch(message) {
    if (message.method !== undefined && message.id !== undefined) {
      // A request from the server: it waits for an answer. Configuration wants one item per section asked.
      const result = message.method === "workspace/configuration" ? (message.params?.items ?? []).map(() => null) : null;
      this.#send({ jsonrpc: "2.0", id: message.id, result });
    } else if (message.id !== undefined) {
      const p = this.#pending.get(message.id);
      if (p === undefined) return;
      this.#pending.delete(message.id);
      if (message.error) p.reject(new Error(`${p.method}: ${message.error.message}`));
      else p.resolve(message.result);
    }
    // Notifications (diagnostics, logs) are not needed.
  }
}

/**
 * Line and character of `const name =` (the name's first letter) in a text.
 * @param {string} text @param {string} name
 */
export const positionOf = (text, name) => {
  const at = text.indexOf(`const ${name} =`);
  if (at < 0) throw new Error(`no "const ${name} =" in the file`);
  const before = text.slice(0, at + "const ".length).split("\n");
  return { line: before.length - 1, character: before[before.length - 1].length };
};
