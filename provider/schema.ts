/**
 * `npm run --silent schema`: prints the provider's schema in the shape of
 * `terraform providers schema -json`, built from the same definitions the provider serves, so
 * docs and CDKTF bindings are generated without running terraform. `--address` picks the
 * provider address used as the key (default `registry.terraform.io/litmos-oss/litmos`).
 */
import { PROVIDER_ADDRESS, schemaDocument } from '../src/provider/index.js';

const args = process.argv.slice(2);
const at = args.indexOf('--address');
const address = at >= 0 ? args[at + 1] : PROVIDER_ADDRESS;
if (!address) {
  process.stderr.write('usage: schema [--address <host/namespace/type>]\n');
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(schemaDocument(address), null, 2)}\n`);
