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
  /** From a compiled document, or compiling `{ mainFileContent }` first. */
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

/** Tagged PDF/UA-1; its checks run in the export: a skipped heading level, a character no font has. */
const PDF_OPTIONS = { pdfStandard: "ua-1" };

const bytes = (pdf: Uint8Array) => new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);

/** Compile, then export, each step with its own diagnostics. */
function compileInSteps(typst: NodeCompiler, source: string): Uint8Array {
  compiles += 1;
  const result = typst.compile({ mainFileContent: source + trailer() });
  const error = result.takeError();
  if (error || !result.result) {
    throw new TypstError((error?.shortDiagnostics ?? []).map((d) => d.message));
  }
  try {
    return bytes(typst.pdf(result.result, PDF_OPTIONS));
  } catch (error) {
    throw new TypstError([error instanceof Error ? error.message : String(error)]);
  }
}

/**
 * Compiles Typst source to a tagged PDF/UA-1 file. One compiler per process.
 *
 * Compile and export are one call: the compiled document (about 4 MB for 10-item minutes)
 * stays in Rust and is dropped as soon as the PDF is written. Taken into JS, it lives until its
 * finalizer runs, after the event loop turns: a loop of renders grew by that much per
 * document and spent its time on fresh memory. Only when the call fails are the two steps run,
 * for the diagnostics: compile errors come back from the one call without their text.
 */
export function compilePdf(source: string): Uint8Array {
  const typst = instance();
  try {
    compiles += 1;
    return bytes(typst.pdf({ mainFileContent: source + trailer() }, PDF_OPTIONS));
  } catch {
    return compileInSteps(typst, source);
  } finally {
    // Keep only what this compile used: results older than that are rarely hit again (another
    // document differs in its title, and with it in every style), and a large cache makes
    // each compile slower and the process bigger.
    typst.evictCache(1);
  }
}

/** Empties the compiler's memo cache, so the next compile starts cold (for benchmarks). */
export function clearTypstCache(): void {
  instance().evictCache(0);
}
