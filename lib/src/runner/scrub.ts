import * as os from "node:os";
import { projectRoot } from "../config/paths";
import type { Output } from "./notebook-format";

/**
 * This machine's absolute paths in outputs (stack traces, messages) would make the saved
 * notebook differ from one checkout to the next: they become project-relative, and the
 * home folder "~". Longest prefix first, so the project wins over a home that contains it.
 */
const replacements: Array<[string, string]> = [
  [`${projectRoot}/`, ""],
  [projectRoot, "."],
  [`${os.homedir()}/`, "~/"],
];

/** Base64 payloads are left alone: "/root" and the like are valid base64 text. */
const binaryMimeTypes = new Set(["image/png", "image/jpeg", "image/gif", "application/pdf"]);

export function scrubText(text: string): string {
  return replacements.reduce((result, [from, to]) => result.replaceAll(from, to), text);
}

function scrubValue(value: unknown): unknown {
  if (typeof value === "string") return scrubText(value);
  if (Array.isArray(value)) return value.map(scrubValue);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, binaryMimeTypes.has(key) ? inner : scrubValue(inner)]));
  }
  return value;
}

export function scrubOutputs(outputs: Output[]): Output[] {
  return outputs.map((output) => scrubValue(output) as Output);
}
