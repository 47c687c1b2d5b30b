/**
 * What `configure` hands to every resource: the API clients, each present only when its
 * credentials were given. A resource asks for the client it needs and gets a diagnostic that
 * names the missing setting otherwise, so a Litmos-only configuration needs no ConductorOne
 * credentials and the reverse.
 */
import type { ConductorOneClient } from '../conductorone/index.js';
import type { LitmosClient } from '../litmos/index.js';
import type { Diagnostics } from '../tf/diagnostics.js';

export class ProviderData {
  constructor(
    private readonly litmosClient: LitmosClient | undefined,
    private readonly conductorOneClient: ConductorOneClient | undefined,
  ) {}

  litmos(diags: Diagnostics): LitmosClient | undefined {
    if (!this.litmosClient) {
      diags.error(
        'Litmos Not Configured',
        'This resource needs the Litmos API. Set api_key and source in the provider block, or the ' +
          'LITMOS_API_KEY and LITMOS_SOURCE environment variables.',
      );
    }
    return this.litmosClient;
  }

  conductorOne(diags: Diagnostics): ConductorOneClient | undefined {
    if (!this.conductorOneClient) {
      diags.error(
        'ConductorOne Not Configured',
        'This resource needs the ConductorOne API. Set conductorone_client_id and conductorone_client_secret ' +
          '(or conductorone_access_token) in the provider block, or the CONDUCTORONE_CLIENT_ID and ' +
          'CONDUCTORONE_CLIENT_SECRET (or CONDUCTORONE_ACCESS_TOKEN) environment variables.',
      );
    }
    return this.conductorOneClient;
  }
}
