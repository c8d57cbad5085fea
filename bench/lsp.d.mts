/** Types of bench/lsp.mjs, for the tests that import it. */
export declare class LspClient {
  readonly root: string;
  constructor(tsc: string, root: string);
  /** Starts a server on `root` and completes the initialize handshake. */
  static start(tsc: string, root: string): Promise<LspClient>;
  /** Sends a request; `params` undefined sends none at all (as `shutdown` requires). */
  request(method: string, params?: unknown): Promise<unknown>;
  notify(method: string, params: unknown): void;
  /** Opens a file from disk (or with the given text). */
  open(path: string, text?: string): void;
  /** Replaces an open file's whole text, as an editor does after an edit. */
  change(path: string, text: string): void;
  /** The hover's code (its ```typescript block), or its whole text; "" when there is none. */
  hover(path: string, line: number, character: number): Promise<string>;
  /** Shuts the server down and waits for it to exit. */
  close(): Promise<void>;
}
/** Line and character of `const name =` (the name's first letter) in a text. */
export declare const positionOf: (text: string, name: string) => { line: number; character: number };
