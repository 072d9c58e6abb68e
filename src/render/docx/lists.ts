import type { NumberingDefinition } from "docx";
import type { PmNode } from "../../domain/richtext/doc.ts";
import { BULLET_LIST, MAX_LIST_LEVEL, ORDERED_LIST, orderedListFrom } from "./styles.ts";

/** The numbering of one list: its definition, its own instance (so it counts on its own), its level. */
export interface ListPlace {
  reference: string | NumberingDefinition;
  instance: number;
  level: number;
}

/** Counts the lists of one document, so each list is a numbering instance of its own. */
export interface ListState {
  instances: number;
}

export const newListState = (): ListState => ({ instances: 0 });

/** A list number Word accepts: a whole number from 0; anything else starts at 1. */
function startOf(node: PmNode): number {
  const start = Math.trunc(Number(node.attrs?.start ?? 1));
  return Number.isFinite(start) && start >= 0 ? Math.min(start, 32767) : 1;
}

/** The numbering of a bullet or ordered list, one level below the list it is in. */
export function listPlace(node: PmNode, parent: ListPlace | null, state: ListState): ListPlace {
  const level = parent ? Math.min(parent.level + 1, MAX_LIST_LEVEL) : 0;
  state.instances += 1;
  if (node.type === "bulletList")
    return { reference: BULLET_LIST, instance: state.instances, level };
  const start = startOf(node);
  const reference = start === 1 ? ORDERED_LIST : orderedListFrom(start);
  return { reference, instance: state.instances, level };
}
