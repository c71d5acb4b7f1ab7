import { wrapModuleLoad } from "./module-loader";

/**
 * A stand-in for a CommonJS module that loads it (`load`) when one of its exports is first
 * read. Modules that use another's exports only inside their functions (TypeScript's
 * `(0, module_1.name)(...)`) then load it when that function first runs. `early` answers the
 * reads made before that, to keep the module unloaded (undefined: load it and read).
 * A `callable` stand-in, for a module whose exports are a function, loads it when first called.
 */
export function moduleOnFirstUse<T extends object>(load: () => T, early: (key: PropertyKey) => unknown = () => undefined, callable = false): T {
  let module: T | undefined;
  const loaded = () => (module ??= load());
  // Only a function target makes the proxy callable; an arrow has no non-configurable own key the traps below would have to report.
  const target = (callable ? () => undefined : {}) as T;
  return new Proxy(target, {
    get: (_, key) => (module ? Reflect.get(module, key) : (early(key) ?? Reflect.get(loaded(), key))),
    apply: (_, thisArgument, args) => Reflect.apply(loaded() as (...args: unknown[]) => unknown, thisArgument, args),
    has: (_, key) => key in loaded(),
    ownKeys: () => Reflect.ownKeys(loaded()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(loaded(), key);
      // A proxy may not report a property its (empty) target lacks as non-configurable.
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}

/** Which requires of a package get a stand-in, and how it stands in. */
export interface StandIn {
  /** The files whose `require` of the package gets it. */
  from: RegExp;
  /**
   * The package is CommonJS and exports a function (`module.exports = request`): the stand-in
   * can be called, and says it is no ES module, so that TypeScript's `__importDefault` wraps it
   * as it would the package, without loading it.
   */
  exportsFunction?: boolean;
  /** Answers reads made before the package loads, as moduleOnFirstUse's `early` (with `__esModule` answered first). */
  early?: (key: PropertyKey) => unknown;
  /** Runs on the package as it loads, before any use of it. */
  whenLoaded?: (module: object) => void;
}

function standInFor(standIn: StandIn, load: () => object): object {
  const loadThen = standIn.whenLoaded ? () => {
    const module = load();
    standIn.whenLoaded!(module);
    return module;
  } : load;
  const early = (key: PropertyKey) => (key === "__esModule" && standIn.exportsFunction ? false : standIn.early?.(key));
  return moduleOnFirstUse(loadThen, early, standIn.exportsFunction);
}

/**
 * Has `require(name)` made by a file whose path matches `standIns[name].from` return a stand-in
 * that loads the package on first use (see moduleOnFirstUse).
 */
export function loadOnFirstUse(standIns: Record<string, StandIn>): void {
  wrapModuleLoad((request, from, load) => {
    const standIn = Object.hasOwn(standIns, request) ? standIns[request]! : undefined;
    return standIn?.from.test(from) ? standInFor(standIn, load as () => object) : load();
  });
}
