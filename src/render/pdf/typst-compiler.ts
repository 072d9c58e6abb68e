import { createRequire } from "node:module";

/** The slice of @myriaddreamin/typst-ts-node-compiler this project uses. */
interface Diagnostic {
  message: string;
}
interface CompileError {
  shortDiagnostics: Diagnostic[];
}
interface CompileResult {
  result: unknown;
  takeError(): CompileError | null;
}
interface NodeCompiler {
  compile(args: { mainFileContent: string }): CompileResult;
  pdf(doc: unknown, opts: { pdfStandard?: string; creationTimestamp?: number }): Uint8Array;
  evictCache(maxAge: number): void;
}

/** The native Typst compiler for linux-x64 (glibc); see docs/adr for why it is loaded directly. */
const MODULE = "@myriaddreamin/typst-ts-node-compiler-linux-x64-gnu";

let compiler: NodeCompiler | null = null;
let compiles = 0;

function instance(): NodeCompiler {
  if (!compiler) {
    const native = createRequire(import.meta.url)(MODULE) as {
      NodeCompiler: { create(): NodeCompiler };
    };
    compiler = native.NodeCompiler.create();
  }
  return compiler;
}

export class TypstError extends Error {
  constructor(readonly diagnostics: string[]) {
    super(diagnostics.join("; "));
  }
}

/**
 * Compiles Typst source to a tagged PDF/UA-1 file. One compiler per process; its memo cache is
 * trimmed now and then so a long-running server does not grow.
 */
export function compilePdf(source: string): Uint8Array {
  const typst = instance();
  const result = typst.compile({ mainFileContent: source });
  const error = result.takeError();
  if (error || !result.result) {
    throw new TypstError((error?.shortDiagnostics ?? []).map((d) => d.message));
  }
  const pdf = typst.pdf(result.result, { pdfStandard: "ua-1" });
  if (++compiles % 20 === 0) typst.evictCache(10);
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

/** Empties the compiler's memo cache, so the next compile starts cold (for benchmarks). */
export function clearTypstCache(): void {
  instance().evictCache(0);
}
