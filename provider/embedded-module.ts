/**
 * Runs a CommonJS module carried in the bundle as text, with the V8 code cache provider/build.mjs
 * made for exactly that text. The bundle carries `@grpc/grpc-js` this way: a startup snapshot
 * cannot hold gRPC initialised (it loads Node's `http2` and `tls`, and reads `GRPC_*` variables
 * while it loads), so it is evaluated at every launch — but from code compiled at build time.
 * A cache V8 rejects (another Node) only means compiling, as without one.
 */
import { Buffer } from 'node:buffer';
import vm from 'node:vm';

/** `script` is `(function (exports, require, module) {…})`; `codeCache` base64, or empty. */
export function loadEmbeddedModule(
  filename: string,
  script: string,
  codeCache: string,
  load: (id: string) => unknown,
): unknown {
  const compiled = new vm.Script(script, {
    filename,
    ...(codeCache === '' ? {} : { cachedData: Buffer.from(codeCache, 'base64') }),
  });
  const module = { exports: {} as unknown };
  (compiled.runInThisContext() as (e: unknown, r: unknown, m: unknown) => void)(module.exports, load, module);
  return module.exports;
}
