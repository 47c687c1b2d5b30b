/** Regional hosts of the Litmos API. Every path is relative to `/v1.svc`. */
import { endpointUrlProblem } from '../net/index.js';

export const LITMOS_BASE_URLS = {
  us: 'https://api.litmos.com/v1.svc',
  eu: 'https://api.litmoseu.com/v1.svc',
  au: 'https://api.litmos.com.au/v1.svc',
} as const;

export type LitmosRegion = keyof typeof LITMOS_BASE_URLS;

export function isLitmosRegion(value: string): value is LitmosRegion {
  return Object.hasOwn(LITMOS_BASE_URLS, value);
}

/**
 * The base URL to use: an explicit one wins over the region; the default region is `us`. An
 * explicit URL follows the endpoint rules of `src/net` (https, or http for loopback only; no
 * credentials); errors show its origin only.
 */
export function resolveBaseUrl(options: {
  readonly region?: LitmosRegion;
  readonly baseUrl?: string;
}): string {
  if (options.baseUrl !== undefined) {
    const problem = endpointUrlProblem(options.baseUrl);
    if (problem !== undefined) throw new TypeError(`baseUrl ${problem}`);
    return new URL(options.baseUrl.trim()).toString().replace(/\/+$/, '');
  }
  const region = options.region ?? 'us';
  if (!isLitmosRegion(region))
    throw new TypeError(`Unknown Litmos region "${String(region)}"; use us, eu or au`);
  return LITMOS_BASE_URLS[region];
}
