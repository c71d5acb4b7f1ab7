import { createHmac, randomUUID } from "node:crypto";

/**
 * Jupyter messaging protocol 5.3, wire format:
 * [identities…, "<IDS|MSG>", hmac, header, parent_header, metadata, content, buffers…].
 * https://jupyter-client.readthedocs.io/en/latest/messaging.html#the-wire-protocol
 */
const delimiter = "<IDS|MSG>";

export interface MessageHeader {
  msg_id: string;
  msg_type: string;
  session: string;
  username: string;
  date: string;
  version: string;
}

export interface JupyterMessage<Content = Record<string, unknown>> {
  header: MessageHeader;
  parent_header: Partial<MessageHeader>;
  metadata: Record<string, unknown>;
  content: Content;
}

function sign(key: string, parts: string[]): string {
  const hmac = createHmac("sha256", key);
  for (const part of parts) hmac.update(part);
  return hmac.digest("hex");
}

export function newMessage(msgType: string, session: string, content: Record<string, unknown>): JupyterMessage {
  return {
    header: { msg_id: randomUUID(), msg_type: msgType, session, username: "runner", date: new Date().toISOString(), version: "5.3" },
    parent_header: {},
    metadata: {},
    content,
  };
}

/** Frames to send from a DEALER socket (no routing identities of our own). */
export function encodeMessage(key: string, message: JupyterMessage): string[] {
  const parts = [message.header, message.parent_header, message.metadata, message.content].map((part) => JSON.stringify(part));
  return [delimiter, sign(key, parts), ...parts];
}

/** Parses received frames, rejecting messages whose signature does not match the session key. */
export function decodeMessage(key: string, frames: Buffer[]): JupyterMessage {
  const start = frames.findIndex((frame) => frame.toString() === delimiter);
  if (start < 0) throw new Error("Jupyter message without delimiter");
  const signature = frames[start + 1].toString();
  const parts = frames.slice(start + 2, start + 6).map((frame) => frame.toString());
  if (signature !== sign(key, parts)) throw new Error("Jupyter message with a bad signature");
  const [header, parent_header, metadata, content] = parts.map((part) => JSON.parse(part) as never);
  return { header, parent_header, metadata, content };
}
