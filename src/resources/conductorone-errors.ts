/**
 * The one mapping from ConductorOne client errors to diagnostics, shared by the ConductorOne
 * resources: a Title-Case summary and a detail that says what to do next. Client messages are
 * already free of credentials; nothing here adds any.
 */
import { isConductorOneError, type ConductorOneErrorCode } from '../conductorone/index.js';
import type { Diagnostics } from '../tf/diagnostics.js';
import type { AttrPath } from '../tf/path.js';

const advice: Readonly<Record<ConductorOneErrorCode, readonly [string, string]>> = {
  UNAUTHENTICATED: [
    'ConductorOne Rejected The Credentials',
    'Check conductorone_client_id and conductorone_client_secret (or conductorone_access_token).',
  ],
  PERMISSION_DENIED: [
    'ConductorOne Permission Denied',
    'The client lacks the role this call needs; use a client whose user may manage apps and connectors.',
  ],
  NOT_FOUND: [
    'ConductorOne Object Not Found',
    'Check the ID; the object may have been deleted in ConductorOne.',
  ],
  INVALID_ARGUMENT: [
    'ConductorOne Rejected The Request',
    'Correct the value the message names (for example an unknown user ID) and apply again.',
  ],
  CONFLICT: [
    'ConductorOne Conflict',
    'ConductorOne refused the change because it conflicts with existing data.',
  ],
  RATE_LIMITED: [
    'ConductorOne Rate Limit Exhausted',
    'ConductorOne kept answering 429 after every retry; wait a minute and apply again.',
  ],
  SERVER: ['ConductorOne Server Error', 'ConductorOne failed to process the request; apply again later.'],
  NETWORK: ['ConductorOne Unreachable', 'Check conductorone_server_url and the network; apply again.'],
  CONFIG: ['ConductorOne Client Misconfigured', 'Check the ConductorOne settings of the provider block.'],
};

/** Adds the diagnostic for a ConductorOne client error; anything else is a bug and is rethrown. */
export function addConductorOneError(diags: Diagnostics, action: string, e: unknown, path?: AttrPath): void {
  if (!isConductorOneError(e)) throw e;
  const [summary, next] = advice[e.code];
  diags.error(summary, `${action}: ${e.message}. ${next}`, path);
}
