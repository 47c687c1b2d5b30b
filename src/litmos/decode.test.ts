import { decodeHtmlEntities, decodeStrings, parseLitmosDate } from './decode.js';

describe('parseLitmosDate', () => {
  it.each([
    ['an ISO string', '2016-12-20T15:24:16Z', Date.UTC(2016, 11, 20, 15, 24, 16)],
    ['a WCF date', '/Date(1497801750508)/', 1497801750508],
    ['a WCF date with an offset', '/Date(1497801750508-0700)/', 1497801750508],
  ])('reads %s', (_name, text, ms) => {
    expect(parseLitmosDate(text)?.getTime()).toBe(ms);
  });

  it.each([[''], [null], [undefined], ['not a date']])('gives undefined for %p', (value) => {
    expect(parseLitmosDate(value)).toBeUndefined();
  });
});

describe('HTML entities', () => {
  it('decodes named and numeric entities', () => {
    expect(decodeHtmlEntities('R&amp;D &lt;team&gt; &#39;x&#39; &#x41;')).toBe("R&D <team> 'x' A");
  });

  it('leaves unknown entities alone', () => {
    expect(decodeHtmlEntities('a &bogus; b')).toBe('a &bogus; b');
  });

  it('decodes strings deep inside arrays and objects only', () => {
    expect(decodeStrings([{ Name: 'A &amp; B', Points: 3, Active: true, Tags: null }])).toEqual([
      { Name: 'A & B', Points: 3, Active: true, Tags: null },
    ]);
  });
});
