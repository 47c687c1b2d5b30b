import { decodeXmlText, parseLitmosDate } from './decode.js';
import { parseXml, xmlToValue } from './xml.js';

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

describe('XML character references', () => {
  it('resolves the predefined entities and numeric references', () => {
    expect(decodeXmlText('R&amp;D &lt;team&gt; &#39;x&#39; &#x41; &quot;q&quot; &apos;')).toBe(
      `R&D <team> 'x' A "q" '`,
    );
  });

  it('keeps HTML-only and unknown entities as written', () => {
    expect(decodeXmlText('a &nbsp; &bogus; b')).toBe('a &nbsp; &bogus; b');
  });

  // Issue 16 item 8: an out-of-range numeric entity used to throw a RangeError out of decoding.
  it.each(['&#99999999;', '&#x110000;', '&#xD800;', '&#1114112;', '&#x7FFFFFFFFFFF;'])(
    'never throws on the out-of-range reference %s and keeps it as written',
    (ref) => {
      expect(() => decodeXmlText(`Team ${ref} One`)).not.toThrow();
      expect(decodeXmlText(`Team ${ref} One`)).toBe(`Team ${ref} One`);
    },
  );
});

describe('XML bodies', () => {
  it('reads a list root into records, typing booleans, numbers and nil', () => {
    const xml =
      '<Users xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><User><Id>a1</Id><Active>false</Active>' +
      '<OriginalId>12</OriginalId><Skype/><SalesforceId i:nil="true"/><CustomField1>true</CustomField1>' +
      '<FirstName>R&amp;D &#99999999;</FirstName></User></Users>';
    expect(xmlToValue(parseXml(xml))).toEqual([
      {
        Id: 'a1',
        Active: false,
        OriginalId: 12,
        Skype: '',
        SalesforceId: null,
        CustomField1: 'true',
        FirstName: 'R&D &#99999999;',
      },
    ]);
  });

  it('reads an empty list root as an empty list and a record root as one record', () => {
    expect(xmlToValue(parseXml('<Teams xmlns:i="x"/>'))).toEqual([]);
    expect(xmlToValue(parseXml('<Team><Id>t</Id><Name>A</Name></Team>'))).toEqual({ Id: 't', Name: 'A' });
  });

  it.each(['<User><Id>x</User>', '<User>', 'not xml', '<A/><B/>', '<User><Id>x</Id></User> trailing'])(
    'refuses malformed XML %p',
    (xml) => {
      expect(() => parseXml(xml)).toThrow();
    },
  );
});
