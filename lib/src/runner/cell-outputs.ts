import type { Output } from "./notebook-format";
import type { JupyterMessage } from "./wire-protocol";

/**
 * Collects a cell's outputs from its IOPub messages, as a Jupyter front end does:
 * consecutive stream chunks of one stream merge, update_display_data replaces the
 * output that shares its display_id, clear_output empties the cell.
 */
export class CellOutputs {
  readonly outputs: Output[] = [];
  private readonly byDisplayId = new Map<string, Output & { data: Record<string, unknown> }>();

  add(message: JupyterMessage): void {
    const content = message.content as Record<string, never>;
    switch (message.header.msg_type) {
      case "stream":
        this.addStream(content.name, content.text);
        break;
      case "display_data":
      case "execute_result":
        this.addDisplay(message.header.msg_type, content);
        break;
      case "update_display_data":
        this.updateDisplay(content);
        break;
      case "error":
        this.outputs.push({ output_type: "error", ename: content.ename, evalue: content.evalue, traceback: content.traceback });
        break;
      case "clear_output":
        this.outputs.length = 0;
        this.byDisplayId.clear();
        break;
    }
  }

  private addStream(name: "stdout" | "stderr", text: string): void {
    const last = this.outputs.at(-1);
    if (last?.output_type === "stream" && last.name === name) {
      last.text = `${last.text as string}${text}`;
    } else {
      this.outputs.push({ output_type: "stream", name, text });
    }
  }

  /** The transient display_id is dropped from the saved output: it is random and only matters live. */
  private addDisplay(type: "display_data" | "execute_result", content: Record<string, never>): void {
    const base = { data: content.data ?? {}, metadata: content.metadata ?? {} };
    const output: Output & { data: Record<string, unknown> } =
      type === "display_data" ? { output_type: type, ...base } : { output_type: type, ...base, execution_count: content.execution_count ?? null };
    this.outputs.push(output);
    const displayId = (content.transient as { display_id?: string } | undefined)?.display_id;
    if (displayId) this.byDisplayId.set(displayId, output);
  }

  private updateDisplay(content: Record<string, never>): void {
    const displayId = (content.transient as { display_id?: string } | undefined)?.display_id;
    const target = displayId ? this.byDisplayId.get(displayId) : undefined;
    if (target) target.data = content.data ?? {};
  }
}
