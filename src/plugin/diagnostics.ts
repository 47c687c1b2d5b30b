/**
 * Diagnostics the plugin layer makes itself: a provider bug caught at the RPC boundary, and
 * features this provider does not offer.
 */
import type { WireDiagnostic } from '../framework/protocol.js';
import { redact } from './log.js';

const ISSUE_HINT =
  "This is a bug in the provider, which should be reported in the provider's own issue tracker " +
  '(terraform-provider-litmos) together with the log from TF_LOG_PROVIDER=DEBUG.';

/** Short, secret-free text for an unknown thrown value. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return redact(`${err.name}: ${err.message}`);
  if (typeof err === 'string') return redact(err);
  return 'a non-Error value was thrown';
}

/** One error diagnostic for an exception that escaped the framework during `rpc`. */
export function bugDiagnostic(rpc: string, err: unknown): WireDiagnostic {
  return {
    severity: 'ERROR',
    summary: 'Unexpected Provider Error',
    detail: `The provider failed while handling ${rpc}: ${errorMessage(err)}\n\n${ISSUE_HINT}`,
  };
}

/** An error diagnostic for a protocol feature the litmos provider does not implement. */
export function notSupportedDiagnostic(feature: string, rpc: string): WireDiagnostic {
  return {
    severity: 'ERROR',
    summary: `${feature} Not Supported`,
    detail:
      `${feature} are not supported by the litmos provider (Terraform called ${rpc}). ` +
      'Remove the configuration that uses them; the provider offers managed resources and data sources only.',
  };
}
