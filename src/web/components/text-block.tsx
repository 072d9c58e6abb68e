/** Plain text as paragraphs, one per non-empty line. */
export function TextBlock({ text }: { text: string }) {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  return (
    <>
      {lines.map((line) => (
        <p>{line}</p>
      ))}
    </>
  );
}
