import type { StandIn } from "./on-first-use";

interface TensorFlowEnvironment {
  set(flag: string, value: unknown): void;
}

/**
 * danfojs-node loads TensorFlow.js as it loads (about 0.25 s), yet uses it only for
 * arithmetic between frames and series, sampling, scalers and encoders: none of the analysis
 * notebooks does. Its stand-in loads it on first use. Until then nothing that danfojs or the
 * library does on loading or building frames loads it:
 * - `value instanceof tf.Tensor`, which every frame's constructor asks, is false: no tensor
 *   can exist before TensorFlow is loaded;
 * - flags set through `tf.env().set(flag, value)` (the library's quietTensorflow, which keeps
 *   TensorFlow's console banner out of notebooks) are set as it loads, before its first tensor.
 */
export function tensorflowStandIn(from: RegExp): StandIn {
  const flags: Array<[flag: string, value: unknown]> = [];
  const noTensorYet = { [Symbol.hasInstance]: () => false };
  const environmentUntilLoaded: TensorFlowEnvironment = { set: (flag, value) => void flags.push([flag, value]) };
  return {
    from,
    early: (key) => (key === "Tensor" ? noTensorYet : key === "env" ? () => environmentUntilLoaded : undefined),
    whenLoaded: (tensorflow) => {
      const environment = (tensorflow as { env(): TensorFlowEnvironment }).env();
      for (const [flag, value] of flags) environment.set(flag, value);
    },
  };
}
