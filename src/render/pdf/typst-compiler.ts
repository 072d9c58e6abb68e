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

/**
 * The compiler keeps the previous main source and applies the new one as an edit of it. Its
 * diff takes the common end of both sources in bytes and can end inside a character when two
 * different characters share their last UTF-8 bytes (U+2060 and U+00A0 both end in 0xA0),
 * which panics and aborts the whole process. A last line that always differs from the
 * previous one leaves the sources no common end.
 */
const trailer = () => `\n// ${compiles % 10}\n`;

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
 * trimmed after each file so a long-running server does not grow.
 */
export function compilePdf(source: string): Uint8Array {
  const typst = instance();
  compiles += 1;
  const result = typst.compile({ mainFileContent: source + trailer() });
  const error = result.takeError();
  if (error || !result.result) {
    throw new TypstError((error?.shortDiagnostics ?? []).map((d) => d.message));
  }
  let pdf: Uint8Array;
  try {
    // The PDF/UA-1 checks run here: a skipped heading level, a character no font has.
    pdf = typst.pdf(result.result, { pdfStandard: "ua-1" });
  } catch (error) {
    throw new TypstError([error instanceof Error ? error.message : String(error)]);
  }
  // Keep only what this compile used: results older than that are rarely hit again (another
  // document differs in its title, and with it in every style), and a large cache makes each
  // compile slower and the process bigger.
  typst.evictCache(1);
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

/** Empties the compiler's memo cache, so the next compile starts cold (for benchmarks). */
export function clearTypstCache(): void {
  instance().evictCache(0);
}
