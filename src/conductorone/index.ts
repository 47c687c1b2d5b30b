/** ConductorOne REST client: the public surface. */
export { ConductorOneClient, type ConductorOneClientOptions } from './client.js';
export {
  ConductorOneError,
  isConductorOneError,
  isNotFound,
  errorCodeFor,
  type ConductorOneErrorCode,
  type ConductorOneErrorDetails,
} from './errors.js';
export {
  resolveServerUrl,
  normalizeServerUrl,
  isLoopbackHost,
  audienceFor,
  parseClientId,
  type ServerLocation,
  type ParsedClientId,
} from './server-url.js';
export {
  parseClientSecret,
  formatClientSecret,
  createClientAssertion,
  importSigningKey,
  isEd25519Jwk,
  ASSERTION_SKEW_SECONDS,
  type Ed25519Jwk,
  type Ed25519PrivateJwk,
  type AssertionSigningKey,
} from './credentials.js';
export {
  retryDelayMs,
  parseRetryAfterMs,
  DEFAULT_RETRY_POLICY,
  type RetryPolicy,
  type RetryInput,
} from './retry.js';
export {
  TOKEN_PATH,
  JWT_BEARER_ASSERTION_TYPE,
  parseTokenResponse,
  type TokenResponse,
} from './token-source.js';
export {
  LITMOS_CATALOG_ID,
  ENV_CONFIG_TYPE,
  LITMOS_DISPLAY_NAME,
  LITMOS_CONFIG_KEYS,
  buildLitmosConnectorConfig,
  parseLitmosConnectorConfig,
  type LitmosConnectorSettings,
  type LitmosConnectorReadBack,
} from './litmos-config.js';
export {
  createLitmosIntegration,
  readLitmosIntegration,
  listLitmosIntegrations,
  updateLitmosIntegration,
  deleteLitmosIntegration,
  toIntegration,
  type LitmosIntegration,
  type LitmosIntegrationInput,
} from './litmos-integration.js';
export { generateClientCredentials, type GeneratedClientCredentials } from './testing.js';
export type * from './types.js';
export {
  BATON_CATALOG_ID,
  ROTATE_CREDENTIAL_PATH,
  createBatonConnector,
  readBatonConnector,
  updateBatonConnector,
  deleteBatonConnector,
  toBatonConnector,
  rotateConnectorCredential,
  getConnectorCredential,
  revokeConnectorCredential,
  type BatonConnector,
  type BatonConnectorInput,
  type BatonConnectorField,
  type ConnectorCredential,
  type RotatedCredential,
} from './baton.js';
