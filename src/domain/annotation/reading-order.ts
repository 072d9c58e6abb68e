import type { AnnotationRect } from "../../db/schema/index.ts";

interface Placed {
  page: number;
  rects: AnnotationRect[];
}

const top = (a: Placed) => Math.min(...a.rects.map((r) => r.y), Number.POSITIVE_INFINITY);
const left = (a: Placed) => Math.min(...a.rects.map((r) => r.x), Number.POSITIVE_INFINITY);

/**
 * Markings in the order a reader meets them: by page, then from the top of the page, then
 * from the left. A marking taken back with »Fortryd« returns to its place in the list, not to
 * its end. Equal places keep the order they came in (Array.prototype.sort is stable).
 */
export function byReadingOrder(a: Placed, b: Placed): number {
  return a.page - b.page || top(a) - top(b) || left(a) - left(b);
}
