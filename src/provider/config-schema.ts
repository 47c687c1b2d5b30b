/**
 * The provider block: Litmos credentials and ConductorOne credentials, each attribute also read
 * from an environment variable, so a provider block with no attributes works.
 */
import { intBetween, matches, oneOf, schema, num, str } from '../framework/index.js';
import { baseUrlValidator, redisUrlValidator } from './setting-validators.js';

export const providerSchema = schema(
  'Manages SAP Litmos users, access levels, team memberships and course assignments, and the ' +
    'ConductorOne Litmos connector. Every attribute can also be set through the environment ' +
    'variable named in its description; the attribute wins when both are set.',
  {
    api_key: str({
      description: 'Litmos API key (the `apikey` header). Environment: `LITMOS_API_KEY`.',
      optional: true,
      sensitive: true,
    }),
    litmos_source: str({
      description:
        'Litmos `source` parameter: a name for the calling application, at most 50 characters. ' +
        'Environment: `LITMOS_SOURCE`.',
      optional: true,
      validators: [matches(/^.{1,50}$/su, 'between 1 and 50 characters')],
    }),
    region: str({
      description:
        'Litmos region whose API to use: `us` (api.litmos.com), `eu` (api.litmoseu.com) or `au` ' +
        '(api.litmos.com.au). Default `us`. Environment: `LITMOS_REGION`. Conflicts with `base_url`.',
      optional: true,
      validators: [oneOf('us', 'eu', 'au')],
    }),
    base_url: str({
      description:
        'Explicit Litmos API base URL ending in `/v1.svc`, for example a local simulator. Must be ' +
        '`https://` (plain `http://` only for a loopback host) without user name or password; ' +
        'redirects are never followed. ' +
        'Environment: `LITMOS_BASE_URL`. Conflicts with `region`.',
      optional: true,
      validators: [baseUrlValidator()],
    }),
    requests_per_minute: num({
      description:
        'Litmos request budget per minute for this API key, shared by every provider process of this ' +
        'user on this machine (and, with `redis_url`, on every machine). Default 100 (the Litmos limit); ' +
        'raise it only if Litmos raised yours. ' +
        'Environment: `LITMOS_REQUESTS_PER_MINUTE`.',
      optional: true,
      validators: [intBetween(1, 100_000)],
    }),
    redis_url: str({
      description:
        'A Redis server (`redis://[user:password@]host:port[/db]`, or `rediss://` for TLS) that keeps one ' +
        'request budget for every provider process using the same API key, so that concurrent Terraform ' +
        'runs wait their turn instead of overrunning the key together. The budget is stored under a hash ' +
        'of the key, never the key. If Redis becomes unreachable the process falls back to its own ' +
        'budget with a warning. Default: no shared budget. Environment: `LITMOS_REDIS_URL`.',
      optional: true,
      sensitive: true,
      validators: [redisUrlValidator()],
    }),
    conductorone_server_url: str({
      description:
        'ConductorOne tenant URL (`https://acme.conductor.one`) or tenant name (`acme`). Optional when ' +
        'the client ID names the tenant. Environment: `CONDUCTORONE_SERVER_URL`.',
      optional: true,
    }),
    conductorone_client_id: str({
      description: 'ConductorOne API client ID. Environment: `CONDUCTORONE_CLIENT_ID`.',
      optional: true,
    }),
    conductorone_client_secret: str({
      description:
        'ConductorOne API client secret (`secret-token:conductorone.com:v1:…`). ' +
        'Environment: `CONDUCTORONE_CLIENT_SECRET`.',
      optional: true,
      sensitive: true,
    }),
    conductorone_access_token: str({
      description:
        'A ConductorOne bearer token to use instead of a client ID and secret. ' +
        'Environment: `CONDUCTORONE_ACCESS_TOKEN`.',
      optional: true,
      sensitive: true,
    }),
  },
);

export type ProviderSchema = typeof providerSchema;

/** Each attribute's environment variable. */
export const environmentVariables = {
  api_key: 'LITMOS_API_KEY',
  litmos_source: 'LITMOS_SOURCE',
  region: 'LITMOS_REGION',
  base_url: 'LITMOS_BASE_URL',
  requests_per_minute: 'LITMOS_REQUESTS_PER_MINUTE',
  redis_url: 'LITMOS_REDIS_URL',
  conductorone_server_url: 'CONDUCTORONE_SERVER_URL',
  conductorone_client_id: 'CONDUCTORONE_CLIENT_ID',
  conductorone_client_secret: 'CONDUCTORONE_CLIENT_SECRET',
  conductorone_access_token: 'CONDUCTORONE_ACCESS_TOKEN',
} as const satisfies Record<keyof ProviderSchema['attributes'], string>;
