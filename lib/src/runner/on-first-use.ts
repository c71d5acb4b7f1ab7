import { wrapModuleLoad } from "./module-loader";

/**
 * A stand-in for a CommonJS module that loads it (`load`) when one of its exports is first
 * read. Modules that use another's exports only inside their functions (TypeScript's
 * `(0, module_1.name)(...)`) then load it when that function first runs. `early` answers the
 * reads made before that, to keep the module unloaded (undefined: load it and read).
 */
export function moduleOnFirstUse<T extends object>(load: () => T, early: (key: PropertyKey) => unknown = () => undefined): T {
  let module: T | undefined;
  const loaded = () => (module ??= load());
  return new Proxy({} as T, {
    get: (_, key) => (module ? Reflect.get(module, key) : (early(key) ?? Reflect.get(loaded(), key))),
    has: (_, key) => key in loaded(),
    ownKeys: () => Reflect.ownKeys(loaded()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(loaded(), key);
      // A proxy may not report a property its (empty) target lacks as non-configurable.
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}

/**
 * Has `require(name)` made by a file whose path matches `requiredFrom[name]` return a stand-in
 * that loads the package on first use (see moduleOnFirstUse).
 */
export function loadOnFirstUse(requiredFrom: Record<string, RegExp>): void {
  wrapModuleLoad((request, from, load) => (Object.hasOwn(requiredFrom, request) && requiredFrom[request]!.test(from) ? moduleOnFirstUse(load as () => object) : load()));
}
