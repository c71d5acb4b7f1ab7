/**
 * danfojs runs on pure-JS TensorFlow (see NOTES.md), which prints an "install the node
 * backend" banner through console.warn on its first tensor: noise in every notebook. Its
 * warnings are silenced by the PROD flag, set once on the TensorFlow instance danfojs uses.
 */
export function quietTensorflow(): void {
  const { tensorflow } = require("danfojs-node") as { tensorflow: { env(): { set(flag: string, value: boolean): void } } };
  tensorflow.env().set("PROD", true);
}
