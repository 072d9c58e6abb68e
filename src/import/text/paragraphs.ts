/** A paragraph as its lines: list items and table rows stay one per line. */
export type Block = string[];

const SENTENCE_END = /[.:?!]$/;
const STARTS_LOWERCASE = /^\p{Ll}/u;

/** Groups lines into blocks separated by blank lines; trailing spaces are dropped. */
export function toBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let current: Block = [];
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (line.trim() === "") {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/**
 * Joins a paragraph that a page break split in two: the first part ends without . : ? !
 * and the second starts with a lowercase letter ("kan skabe" / "utryghed ...").
 */
export function joinPageBreaks(blocks: readonly Block[]): Block[] {
  const joined: Block[] = [];
  for (const block of blocks) {
    const previous = joined.at(-1);
    const lastLine = previous?.at(-1);
    const firstLine = block[0] ?? "";
    if (
      previous &&
      lastLine !== undefined &&
      !SENTENCE_END.test(lastLine) &&
      STARTS_LOWERCASE.test(firstLine)
    ) {
      previous[previous.length - 1] = `${lastLine} ${firstLine}`;
      previous.push(...block.slice(1));
    } else {
      joined.push([...block]);
    }
  }
  return joined;
}

/** The text of blocks: lines joined by "\n", paragraphs by "\n\n". */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks.map((block) => block.join("\n")).join("\n\n");
}
