/**
 * Rules for provider settings that are URLs, shared by the schema validators (plan time, attribute
 * values) and `checkSettings` (configure time, where environment variables are read too). Messages
 * never repeat the value: at most a URL's origin.
 */
import type { Validator } from '../framework/index.js';
import { endpointUrlProblem } from '../net/index.js';

/** `redis://` or `rediss://`, in any letter case (URL schemes are case-insensitive). */
const REDIS_URL = /^rediss?:\/\/\S+$/iu;

export const BASE_URL_RULE =
  'an https URL (plain http only for a loopback host such as 127.0.0.1), without user name or password';
export const REDIS_URL_RULE = 'a redis:// or rediss:// URL';

export function baseUrlProblem(value: string): string | undefined {
  const problem = endpointUrlProblem(value);
  return problem === undefined ? undefined : `base_url ${problem}`;
}

export function redisUrlProblem(value: string): string | undefined {
  return REDIS_URL.test(value) ? undefined : `redis_url must be ${REDIS_URL_RULE}`;
}

function urlValidator(description: string, problemOf: (value: string) => string | undefined): Validator {
  return {
    description,
    validate(value, path, diags) {
      if (typeof value !== 'string') return;
      const problem = problemOf(value);
      if (problem !== undefined) diags.error('Invalid Attribute Value', `${problem}.`, path);
    },
  };
}

export const baseUrlValidator = (): Validator => urlValidator(BASE_URL_RULE, baseUrlProblem);
export const redisUrlValidator = (): Validator => urlValidator(REDIS_URL_RULE, redisUrlProblem);
