/**
 * Provider configuration: merges attributes with environment variables, checks the combination,
 * builds the clients and checks the Litmos credentials once with a clear error.
 */
import { ConductorOneClient, isConductorOneError } from '../conductorone/index.js';
import type { PlanModel } from '../framework/index.js';
import { LitmosClient, isLitmosError, isLitmosRegion, redisUrlSecrets } from '../litmos/index.js';
import { registerSecret } from '../log.js';
import { displayOrigin } from '../net/index.js';
import { Diagnostics } from '../tf/diagnostics.js';
import { AttrPath } from '../tf/path.js';
import { Unknown } from '../tf/value.js';
import { environmentVariables, type ProviderSchema } from './config-schema.js';
import { baseUrlProblem, redisUrlProblem } from './setting-validators.js';
import { addBudgetFallbackWarning, ProviderData } from './provider-data.js';

type Settings = { -readonly [K in keyof typeof environmentVariables]?: string };

/** Attribute values, falling back to the environment; undefined when unknown until apply. */
export function resolveSettings(
  config: PlanModel<ProviderSchema>,
  env: NodeJS.ProcessEnv = process.env,
): Settings | undefined {
  const settings: Settings = {};
  for (const [name, variable] of Object.entries(environmentVariables) as [keyof Settings, string][]) {
    const v = config[name];
    if (v instanceof Unknown) return undefined;
    const fromEnv = env[variable];
    if (v !== null && v !== undefined) settings[name] = String(v);
    else if (fromEnv !== undefined && fromEnv !== '') settings[name] = fromEnv;
  }
  return settings;
}

/** Problems with the combination of settings, each on its attribute. */
export function checkSettings(s: Settings, diags: Diagnostics): void {
  if (s.region && s.base_url) {
    diags.error(
      'Conflicting Litmos Endpoint Settings',
      'Set either region (LITMOS_REGION) or base_url (LITMOS_BASE_URL), not both.',
      AttrPath.root('base_url'),
    );
  }
  if (s.region && !isLitmosRegion(s.region)) {
    diags.error(
      'Invalid Litmos Region',
      `region must be one of "us", "eu", "au"; got ${JSON.stringify(s.region)}.`,
      AttrPath.root('region'),
    );
  }
  if (s.api_key && !s.litmos_source) {
    diags.error(
      'Missing Litmos Source',
      'Litmos requires a source name on every request. Set litmos_source in the provider block or LITMOS_SOURCE.',
      AttrPath.root('litmos_source'),
    );
  }
  if (s.requests_per_minute !== undefined) {
    const n = Number(s.requests_per_minute);
    if (!Number.isInteger(n) || n < 1) {
      diags.error(
        'Invalid Request Budget',
        `requests_per_minute (or LITMOS_REQUESTS_PER_MINUTE) must be a whole number of at least 1; got ${JSON.stringify(s.requests_per_minute)}.`,
        AttrPath.root('requests_per_minute'),
      );
    }
  }
  if (s.redis_url !== undefined && redisUrlProblem(s.redis_url) !== undefined) {
    diags.error(
      'Invalid Redis URL',
      'redis_url (or LITMOS_REDIS_URL) must be a redis:// or rediss:// URL, such as redis://:password@redis.internal:6379.',
      AttrPath.root('redis_url'),
    );
  }
  const baseUrl = s.base_url === undefined ? undefined : baseUrlProblem(s.base_url);
  if (baseUrl !== undefined) {
    diags.error(
      'Invalid Litmos Base URL',
      `${baseUrl} (base_url or LITMOS_BASE_URL).`,
      AttrPath.root('base_url'),
    );
  }
  if (
    Boolean(s.conductorone_client_id) !== Boolean(s.conductorone_client_secret) &&
    !s.conductorone_access_token
  ) {
    diags.error(
      'Incomplete ConductorOne Credentials',
      'Set both conductorone_client_id and conductorone_client_secret (or CONDUCTORONE_CLIENT_ID and CONDUCTORONE_CLIENT_SECRET), or a conductorone_access_token.',
      AttrPath.root(s.conductorone_client_id ? 'conductorone_client_secret' : 'conductorone_client_id'),
    );
  }
}

export async function configureProvider(
  config: PlanModel<ProviderSchema>,
  diags: Diagnostics,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ProviderData | undefined> {
  const s = resolveSettings(config, env);
  if (!s) {
    // Values known only after apply: resources that need the clients report it when they run.
    return undefined;
  }
  for (const secret of [s.api_key, s.conductorone_client_secret, s.conductorone_access_token]) {
    if (secret) registerSecret(secret);
  }
  if (s.redis_url) for (const secret of redisUrlSecrets(s.redis_url)) registerSecret(secret);
  checkSettings(s, diags);
  if (diags.hasError()) return undefined;

  const litmos = s.api_key && s.litmos_source ? buildLitmos(s, diags) : undefined;
  const conductorOne =
    s.conductorone_access_token || (s.conductorone_client_id && s.conductorone_client_secret)
      ? buildConductorOne(s, diags)
      : undefined;
  if (diags.hasError()) return undefined;

  if (litmos) {
    try {
      await litmos.checkCredentials();
    } catch (e) {
      addBudgetFallbackWarning(diags, litmos.takeBudgetFallback());
      const message = isLitmosError(e) ? e.message : e instanceof Error ? e.message : String(e);
      const hint =
        isLitmosError(e, 'UNAUTHORIZED') || isLitmosError(e, 'FORBIDDEN')
          ? 'Check api_key (LITMOS_API_KEY): Litmos rejected it, or the account is not enabled for API access. The key must belong to an Administrator or Account Owner.'
          : isLitmosError(e, 'BAD_SOURCE')
            ? 'Check litmos_source (LITMOS_SOURCE): Litmos rejected the request.'
            : `Check base_url or region (${displayOrigin(litmos.baseUrl)}) and your network.`;
      diags.error(
        'Litmos Credentials Rejected',
        `${message.replace(/\.$/u, '')}. ${hint}`,
        AttrPath.root('api_key'),
      );
      return undefined;
    }
    // Redis unreachable from the start: this process throttles itself, with one warning now.
    addBudgetFallbackWarning(diags, litmos.takeBudgetFallback());
  }
  return new ProviderData(litmos, conductorOne);
}

function buildLitmos(s: Settings, diags: Diagnostics): LitmosClient | undefined {
  try {
    return new LitmosClient({
      apiKey: s.api_key!,
      source: s.litmos_source!,
      ...(s.base_url ? { baseUrl: s.base_url } : {}),
      ...(s.region && isLitmosRegion(s.region) ? { region: s.region } : {}),
      ...(s.requests_per_minute ? { requestsPerMinute: Number(s.requests_per_minute) } : {}),
      ...(s.redis_url ? { redisUrl: s.redis_url } : {}),
    });
  } catch (e) {
    diags.error('Invalid Litmos Settings', e instanceof Error ? e.message : String(e));
    return undefined;
  }
}

function buildConductorOne(s: Settings, diags: Diagnostics): ConductorOneClient | undefined {
  try {
    return new ConductorOneClient({
      ...(s.conductorone_server_url ? { serverUrl: s.conductorone_server_url } : {}),
      ...(s.conductorone_access_token
        ? { accessToken: s.conductorone_access_token }
        : { clientId: s.conductorone_client_id!, clientSecret: s.conductorone_client_secret! }),
    });
  } catch (e) {
    const message = isConductorOneError(e) || e instanceof Error ? e.message : String(e);
    diags.error('Invalid ConductorOne Settings', message, AttrPath.root('conductorone_server_url'));
    return undefined;
  }
}
