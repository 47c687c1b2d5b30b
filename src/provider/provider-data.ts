/**
 * What `configure` hands to every resource: the API clients, each present only when its
 * credentials were given. A resource asks for the client it needs and gets a diagnostic that
 * names the missing setting otherwise, so a Litmos-only configuration needs no ConductorOne
 * credentials and the reverse.
 */
import type { ConductorOneClient } from '../conductorone/index.js';
import type { BudgetFallback, LitmosClient } from '../litmos/index.js';
import type { Diagnostics } from '../tf/diagnostics.js';

export class ProviderData {
  constructor(
    private readonly litmosClient: LitmosClient | undefined,
    private readonly conductorOneClient: ConductorOneClient | undefined,
  ) {}

  /**
   * The Litmos client. Also where a fallback of the shared Redis budget becomes a warning: the
   * client records it and hands it out once, so it appears once, on the first Litmos operation
   * that starts after Redis failed.
   */
  litmos(diags: Diagnostics): LitmosClient | undefined {
    addBudgetFallbackWarning(diags, this.litmosClient?.takeBudgetFallback());
    if (!this.litmosClient) {
      diags.error(
        'Litmos Not Configured',
        'This resource needs the Litmos API. Set api_key and litmos_source in the provider block, or the ' +
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

/** The one warning for a lost shared budget (nothing when `fallback` is undefined). */
export function addBudgetFallbackWarning(diags: Diagnostics, fallback: BudgetFallback | undefined): void {
  if (fallback === undefined) return;
  diags.warning(
    'Litmos Shared Rate Budget Unavailable',
    `Redis at ${fallback.server} (redis_url, LITMOS_REDIS_URL) failed: ${fallback.reason}. This provider ` +
      'process now keeps the request budget of this machine (requests_per_minute), so together with ' +
      'processes on other machines using the same API key it may exceed the Litmos limit and wait for 503 ' +
      'retries; the run continues. ' +
      'Check the Redis server; the next run uses it again.',
  );
}
