/**
 * Marks lib/cjs as CommonJS: the package itself is `"type": "module"`, so without this file Node
 * would read the CommonJS build's .js files as ES modules.
 */
import { writeFileSync } from 'node:fs';

writeFileSync(new URL('../lib/cjs/package.json', import.meta.url), '{ "type": "commonjs" }\n');
