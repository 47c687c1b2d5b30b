/**
 * The provider executable (`terraform-provider-litmos`): Terraform starts it, it serves the
 * litmos provider over the plugin protocol. `provider/build.mjs` bundles this file into one
 * self-contained Node script.
 */
import { serve } from '../src/plugin/index.js';
import { createProviderServer } from '../src/provider/index.js';

async function main(): Promise<void> {
  const server = await createProviderServer();
  await serve(server);
}

void main();
