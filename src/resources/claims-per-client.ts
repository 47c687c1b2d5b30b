/**
 * Plan-time claims kept per Litmos client, for the checks that compare what two resource types
 * plan in one run (`team-roster-claims.ts`, `administrator-claims.ts`). Terraform plans every
 * resource of a run in one provider process, so whichever of two clashing resources is planned
 * second sees the other's claim; one client is one provider configuration, so two provider aliases
 * on different organisations never clash.
 */
import type { LitmosClient } from '../litmos/index.js';

/** The claims of each client, made by `fresh` at a client's first claim. */
export function claimsPerClient<T extends object>(fresh: () => T): (litmos: LitmosClient) => T {
  const byClient = new WeakMap<LitmosClient, T>();
  return (litmos) => {
    let claims = byClient.get(litmos);
    if (claims === undefined) {
      claims = fresh();
      byClient.set(litmos, claims);
    }
    return claims;
  };
}
