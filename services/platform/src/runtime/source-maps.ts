/**
 * Source maps for the services' own code only. tsx turns Node's source maps on so that stack traces name TypeScript
 * lines; Node then also reads, parses and keeps the source map of every dependency that ships one, original sources
 * included. Measured on 2026-12-02 (heap snapshot of an idle order service): 35.8 MB of its 104 MB heap were source
 * maps, 33 MB of them dependencies' (mongodb 13.4, pdfkit 6.9, fontkit 5.5, OpenTelemetry 2.7, ...), in every
 * service and in every major GC's marking. A dependency's frames keep their JavaScript positions, which is what its
 * own issue tracker asks for anyway.
 *
 * Node 22.14+ says so directly (`module.setSourceMapsSupport`, `nodeModules: false`). Older Node has no such option:
 * there, source maps are switched off while a file under node_modules is compiled (the only time Node reads a map).
 */
import Module from 'node:module';

type SourceMapsSupport = (enabled: boolean, options: { nodeModules: boolean; generatedCode: boolean }) => void;
type Compile = (this: unknown, content: string, filename: string, ...rest: unknown[]) => unknown;

const NODE_MODULES = /[\\/]node_modules[\\/]/;

/** Keeps source maps for the services' code and drops them for dependencies; nothing when maps are off. */
function keepSourceMapsForOwnCodeOnly(): void {
  if (!process.sourceMapsEnabled) return;
  const setSupport = (Module as unknown as { setSourceMapsSupport?: SourceMapsSupport }).setSourceMapsSupport;
  if (typeof setSupport === 'function') return setSupport(true, { nodeModules: false, generatedCode: false });
  const prototype = (Module as unknown as { prototype: { _compile: Compile } }).prototype;
  const compile = prototype._compile;
  prototype._compile = function (this: unknown, content: string, filename: string, ...rest: unknown[]) {
    if (!NODE_MODULES.test(filename) || !process.sourceMapsEnabled)
      return compile.call(this, content, filename, ...rest);
    process.setSourceMapsEnabled(false);
    try {
      return compile.call(this, content, filename, ...rest);
    } finally {
      process.setSourceMapsEnabled(true);
    }
  };
}

// Once, on import (the module runs once per process): telemetry/start imports this first, before any dependency.
keepSourceMapsForOwnCodeOnly();
