/**
 * The one mapping from Litmos client errors to diagnostics, shared by every Litmos resource and
 * data source: a Title-Case summary and a detail that says what to do next.
 */
import { isLitmosError } from '../litmos/index.js';
import type { Diagnostics } from '../tf/diagnostics.js';
import type { AttrPath } from '../tf/path.js';

const advice: Record<string, [string, string]> = {
  UNAUTHORIZED: [
    'Litmos Rejected The API Key',
    'Check api_key (LITMOS_API_KEY); the key must belong to an Administrator or Account Owner.',
  ],
  FORBIDDEN: [
    'Litmos Permission Denied',
    'The API key owner lacks the access level this call needs; use an Account Owner key.',
  ],
  BAD_SOURCE: ['Litmos Rejected The Source', 'Check litmos_source (LITMOS_SOURCE): at most 50 characters.'],
  NOT_FOUND: ['Litmos Object Not Found', 'Check the ID; the object may have been deleted in Litmos.'],
  USERNAME_TAKEN: [
    'Litmos Username Taken',
    'Another Litmos user already has this username. Choose another, or bring that user under this resource with ' +
      `${importCommand('litmos_user.ada', 'ada@example.com')} (use this resource's address; Litmos accepts the ` +
      'username as the import ID).',
  ],
  CONFLICT: ['Litmos Conflict', 'Litmos refused the change because it conflicts with existing data.'],
  VALIDATION: ['Litmos Rejected The Value', 'Correct the value named above and apply again.'],
  RATE_LIMITED: [
    'Litmos Rate Limit Exhausted',
    'Litmos kept answering 503 (its rate limit) after every retry. Lower requests_per_minute, or wait a minute and apply again.',
  ],
  SERVER: ['Litmos Server Error', 'Litmos failed to process the request; apply again later.'],
  NETWORK: ['Litmos Unreachable', 'Check base_url or region and the network; apply again.'],
};

/**
 * The import command for `address` and `id`, quoted for a POSIX shell. Terraform does not send a
 * resource's address to the provider, so callers pass a concrete sample and say so.
 */
export function importCommand(address: string, id: string): string {
  return `terraform import '${address}' '${id.replace(/'/g, "'\\''")}'`;
}

export function addLitmosError(diags: Diagnostics, action: string, e: unknown, path?: AttrPath): void {
  if (isLitmosError(e)) {
    const [summary, next] = advice[e.code] ?? [
      'Litmos Request Failed',
      'Apply again; report it if it persists.',
    ];
    diags.error(summary, `${action}: ${e.message.replace(/\.$/u, '')}. ${next}`, path);
    return;
  }
  throw e;
}
