import type { MimeBundle } from "./mime-bundle";

type WriteDisplayData = (content: { data: MimeBundle; metadata: Record<string, unknown>; transient: Record<string, unknown> }, update: boolean) => void;

/**
 * tslab's public `display` sends one MIME type per output. Every display_data message goes
 * through `lastWriteDisplayData` in tslab's dist/jupyter.js, set by the kernel for the cell
 * being executed and taking a whole `data` bundle: calling it sends one output with all
 * representations. It is looked up among loaded modules rather than required, because the
 * kernel may run another copy of tslab than the one this package would resolve (tslab
 * prefers the copy installed next to the notebook): the loaded one is the one in use.
 */
function kernelDisplaySender(): WriteDisplayData | undefined {
  for (const [file, module] of Object.entries(require.cache)) {
    if (!/[\\/]tslab[\\/]dist[\\/]jupyter\.js$/.test(file)) continue;
    const sender = (module?.exports as { lastWriteDisplayData?: WriteDisplayData | null }).lastWriteDisplayData;
    if (sender) return sender;
  }
  return undefined;
}

/** Sends the bundle as one display_data output; outside a kernel, prints its text/plain form. */
export function sendBundle(bundle: MimeBundle): void {
  const send = kernelDisplaySender();
  if (!send) {
    console.log(bundle["text/plain"] ?? Object.keys(bundle).join(", "));
    return;
  }
  send({ data: bundle, metadata: {}, transient: {} }, false);
}

/** Sends a bundle into the output of the cell that was running when it was made: the output `displayId` names, replaced when `update`. */
export type CellDisplay = (bundle: MimeBundle, displayId: string, update: boolean) => void;

/**
 * A sender bound to the cell running now, kept for later: an update sent after the cell ended
 * (update_display_data with the same display_id) replaces that output in place, in the cell
 * that made it. Undefined outside a kernel.
 */
export function cellDisplay(): CellDisplay | undefined {
  const send = kernelDisplaySender();
  if (!send) return undefined;
  return (bundle, displayId, update) => send({ data: bundle, metadata: {}, transient: { display_id: displayId } }, update);
}
