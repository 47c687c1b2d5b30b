import { maskSecrets, secretPattern } from './secret-mask.js';

const SECRET = 'Key/With+Odd=Chars&Spaces Here"Q';

describe('maskSecrets', () => {
  it.each([
    ['verbatim', SECRET],
    ['JSON-escaped', JSON.stringify(SECRET).slice(1, -1)],
    ['encodeURIComponent', encodeURIComponent(SECRET)],
    ['form-encoded', new URLSearchParams({ k: SECRET }).toString().slice(2)],
    [
      'percent escapes in lower case',
      encodeURIComponent(SECRET).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
    ],
    ['upper-cased', SECRET.toUpperCase()],
    ['lower-cased', SECRET.toLowerCase()],
  ])('masks an echo %s', (_how, echo) => {
    const out = maskSecrets(`before ${echo} after`, [SECRET], '***');
    expect(out).toBe('before *** after');
  });

  it('masks a secret that contains another one whole', () => {
    expect(maskSecrets('x abcd-efgh y', ['abcd', 'abcd-efgh'], '#')).toBe('x # y');
  });

  it('leaves text alone when there is nothing to mask, and ignores secrets under 4 characters', () => {
    expect(secretPattern([])).toBeUndefined();
    expect(maskSecrets('abc abc', ['abc'], '#')).toBe('abc abc');
  });
});
