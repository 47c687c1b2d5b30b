/** Identifiers in the shapes Litmos uses: 12 URL-safe characters ending in `1`, and integers. */
import { randomBytes, randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

export function newLitmosId(): string {
  const bytes = randomBytes(11);
  let id = '';
  for (const b of bytes) id += ALPHABET[b % ALPHABET.length];
  return `${id}1`;
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
