/**
 * The one home of when opening items makes an agenda read. An item counts as opened when the
 * member opened it after its last change; the agenda becomes read once every item the member
 * sees is opened, if something was unread (never read, or an item changed since the last
 * time it was read), so reading it again does not move "read" on and hide later changes.
 */
export interface OpenableItem {
  id: number;
  updatedAt: Date;
}

export function isOpened(item: OpenableItem, openedAt: Date | undefined): boolean {
  return openedAt !== undefined && openedAt >= item.updatedAt;
}

export function readByOpening(
  items: readonly OpenableItem[],
  openings: ReadonlyMap<number, Date>,
  readAt: Date | null,
): boolean {
  if (items.length === 0) return false;
  if (!items.every((item) => isOpened(item, openings.get(item.id)))) return false;
  return readAt === null || items.some((item) => item.updatedAt > readAt);
}
