/**
 * Identifiers in the shapes Litmos uses: 23 URL-safe characters ending in `2` (what new users got
 * in the 2019 recordings), the older 12 ending in `1` (every 2016-17 id, and one Account Owner
 * among the 2019 users), and integers.
 */
import { randomBytes, randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

function randomId(length: number, last: string): string {
  let id = '';
  for (const b of randomBytes(length - 1)) id += ALPHABET[b % ALPHABET.length];
  return `${id}${last}`;
}

/** `[A-Za-z0-9_-]{22}2`, as new users got in 2019 ([REC] `litmos-sdk/users-post-raw.xml`). */
export function newLitmosId(): string {
  return randomId(23, '2');
}

/**
 * `[A-Za-z0-9_-]{11}1`, the older form: every recorded team and course id, and older users such
 * as the Account Owner of the 2019 organisation ([REC] `litmos-sdk/users-id-get-asset-raw.xml`).
 */
export function legacyLitmosId(): string {
  return randomId(12, '1');
}

/** A random api key: 36 characters, within Litmos's 50-character limit. */
export function newApiKey(): string {
  return randomBytes(27).toString('base64url');
}

export class OriginalIdSequence {
  #next = randomInt(100_000, 900_000);

  next(): number {
    this.#next += 1;
    return this.#next;
  }
}
