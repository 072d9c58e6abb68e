import type { AgendaCorrectionView } from "../meeting/meeting.types.ts";

/** Whether no »Rettet dagsorden« has sent the correction to the members yet. */
export const isPending = (x: Pick<AgendaCorrectionView, "sentInVersion">) =>
  x.sentInVersion === null;

/** The corrections the next »Rettet dagsorden« carries. */
export const pendingCorrections = (meeting: {
  corrections?: readonly AgendaCorrectionView[] | undefined;
}): AgendaCorrectionView[] => (meeting.corrections ?? []).filter(isPending);
