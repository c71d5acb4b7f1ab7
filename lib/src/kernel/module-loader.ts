import Module from "node:module";

type Load = (request: string, parent: { filename?: string | null } | undefined, isMain: boolean) => unknown;

/**
 * Wraps Node's module loader (Module._load), which every `require` goes through: `wrap` is
 * given each request, the file requiring it, and `load`, which loads it as it would have been.
 * The kernel's preloads use it to hand tslab and danfojs a wrapped module, or the module later.
 */
export function wrapModuleLoad(wrap: (request: string, from: string, load: () => unknown) => unknown): void {
  const loader = Module as unknown as { _load: Load };
  const load = loader._load;
  loader._load = function (this: unknown, request, parent, isMain) {
    return wrap(request, parent?.filename ?? "", () => load.call(this, request, parent, isMain));
  };
}
