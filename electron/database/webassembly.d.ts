/**
 * The few WebAssembly globals main uses (sqlite.ts gives each vault session its own sql.js heap).
 * Node has them all; TypeScript declares them only in its DOM and web-worker libraries, which
 * main does not include.
 */
declare namespace WebAssembly {
  class Module {
    private readonly brand: 'module';
  }
  class Memory {
    readonly buffer: ArrayBuffer;
  }
  class Instance {
    readonly exports: Record<string, unknown>;
  }
  type Imports = Record<string, Record<string, unknown>>;
  function compile(bytes: Uint8Array): Promise<Module>;
  function instantiate(module: Module, imports?: Imports): Promise<Instance>;
}
