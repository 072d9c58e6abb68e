import type { SnippetPart } from "../../search/split-snippet.ts";

/** Text with the matched words in <mark>; every piece is escaped as text. */
export function SnippetText({ parts }: { parts: SnippetPart[] }) {
  return <>{parts.map((p) => (p.hit ? <mark>{p.text}</mark> : p.text))}</>;
}
