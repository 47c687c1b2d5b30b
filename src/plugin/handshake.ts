/**
 * The go-plugin handshake, as pure functions: the magic-cookie check, protocol negotiation and
 * the one line written to stdout (`CORE|APP|NETWORK|ADDRESS|grpc|CERT`).
 */

export const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
export const CORE_PROTOCOL_VERSION = 1;
export const APP_PROTOCOL_VERSION = 6;

export type Network = 'tcp' | 'unix';

export const NOT_A_COMMAND_MESSAGE =
  'This binary is a plugin for Terraform and OpenTofu (terraform-provider-litmos). It is not meant ' +
  "to be executed directly: add the provider to a configuration's required_providers and run " +
  '`terraform init`. To debug it, run it with --debug and follow the printed instructions.';

export function hasMagicCookie(env: NodeJS.ProcessEnv): boolean {
  return env[MAGIC_COOKIE_KEY] === MAGIC_COOKIE_VALUE;
}

export type ProtocolNegotiation =
  | { readonly ok: true; readonly version: typeof APP_PROTOCOL_VERSION }
  | { readonly ok: false; readonly offered: readonly string[] };

/**
 * Picks the app protocol from `PLUGIN_PROTOCOL_VERSIONS` (e.g. `5,6` or `6,5`). This provider
 * only speaks 6; when the client does not offer it, go-plugin servers still answer with their own
 * version and let the client report the mismatch, so the caller decides what to do.
 * An absent variable (an old client) is taken as agreement.
 */
export function negotiateProtocol(env: NodeJS.ProcessEnv): ProtocolNegotiation {
  const raw = env.PLUGIN_PROTOCOL_VERSIONS;
  if (raw === undefined || raw.trim() === '') return { ok: true, version: APP_PROTOCOL_VERSION };
  const offered = raw
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return offered.includes(String(APP_PROTOCOL_VERSION))
    ? { ok: true, version: APP_PROTOCOL_VERSION }
    : { ok: false, offered };
}

/** Standard base64 without `=` padding (go-plugin decodes field 6 with RawStdEncoding). */
export function base64NoPadding(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64').replace(/=+$/, '');
}

export interface HandshakeFields {
  readonly network: Network;
  readonly address: string;
  /** DER of the server certificate; absent when serving plaintext. */
  readonly certificateDer?: Uint8Array;
}

/** The handshake line, without its newline. Never has a 7th field. */
export function formatHandshakeLine(fields: HandshakeFields): string {
  const cert = fields.certificateDer ? base64NoPadding(fields.certificateDer) : '';
  return [CORE_PROTOCOL_VERSION, APP_PROTOCOL_VERSION, fields.network, fields.address, 'grpc', cert].join(
    '|',
  );
}
