/** How odd text in Litmos answers reads: dates, character references, and XML bodies. */
import { decodeXmlText, parseLitmosDate } from './decode.js';
import { parseXml, xmlToValue } from './xml.js';

describe('Litmos dates', () => {
  it.each([
    ['a WCF date before 1970', '/Date(-86400000)/', -86_400_000],
    ['a WCF date with a positive offset', '/Date(1000+0100)/', 1000],
    ['a WCF date padded with blanks', '  /Date(1000)/  ', 1000],
  ])('reads %s', (_name, text, ms) => {
    expect(parseLitmosDate(text)?.getTime()).toBe(ms);
  });

  it.each([
    ['blanks only', '   '],
    ['a WCF date with text before it', 'x/Date(1000)/'],
    ['a WCF date with text after it', '/Date(1000)/x'],
    ['a WCF date with an offset that is not four digits', '/Date(1000+01)/'],
  ])('gives undefined for %s', (_name, text) => {
    expect(parseLitmosDate(text)).toBeUndefined();
  });
});

describe('character references in XML text', () => {
  it('reads hexadecimal references in either case, with either x', () => {
    expect(decodeXmlText('&#x4a;&#x4A;&#X4a;')).toBe('JJJ');
  });

  it('reads the entity names in lower case only, as XML defines them', () => {
    expect(decodeXmlText('&AMP; &Lt;')).toBe('&AMP; &Lt;');
  });

  it('decodes the last code points of each allowed range and keeps the surrogates', () => {
    expect(decodeXmlText('&#xD7FF;')).toBe('\uD7FF');
    expect(decodeXmlText('&#xE000;')).toBe('\uE000');
    expect(decodeXmlText('&#x10FFFF;')).toBe(String.fromCodePoint(0x10ffff));
    expect(decodeXmlText('&#0;')).toBe('\u0000');
    expect(decodeXmlText('&#xDFFF; &#55296;')).toBe('&#xDFFF; &#55296;');
  });

  it('keeps a reference without its semicolon as written', () => {
    expect(decodeXmlText('a &amp b &#65 c')).toBe('a &amp b &#65 c');
  });
});

describe('XML bodies', () => {
  it('skips the declaration, comments and attributes, and reads prefixed and dotted names', () => {
    const xml =
      '<?xml version="1.0" encoding=\'utf-8\'?>\n<!-- a comment -->\n' +
      '<a:Team xmlns:a=\'urn:x\' b = "c"><a:Id >t1</a:Id ><Team.Code-2>X</Team.Code-2><!-- <Id>no</Id> --></a:Team >\n';
    expect(xmlToValue(parseXml(xml))).toEqual({ Id: 't1', 'Team.Code-2': 'X' });
  });

  it('reads nil however its attribute is spaced, and only when it is "true"', () => {
    const root = parseXml('<User><A i:nil = "true"/><B nil="false"/><C i:nil="true"></C></User>');
    expect(root.children.map((c) => c.nil)).toEqual([true, false, true]);
  });

  it('joins text around a comment inside one element and decodes it', () => {
    expect(parseXml('<Name>R&amp;<!-- x -->D</Name>').text).toBe('R&D');
  });

  it('types booleans and numbers of known fields, leniently, and keeps other text as it is', () => {
    const xml =
      '<User><Active> TRUE </Active><Completed>yes</Completed><Points> 7 </Points>' +
      '<Price></Price><PercentageComplete>half</PercentageComplete><Name> 12 </Name><AccessTillDays> </AccessTillDays>' +
      '<DisableMessages>False</DisableMessages></User>';
    expect(xmlToValue(parseXml(xml))).toEqual({
      Active: true,
      Completed: 'yes',
      Points: 7,
      Price: '',
      PercentageComplete: 'half',
      Name: ' 12 ',
      AccessTillDays: ' ',
      DisableMessages: false,
    });
  });

  it('reads a root of records as a list even when its name is not a known list', () => {
    expect(
      xmlToValue(parseXml('<Things><Thing><Id>1</Id></Thing><Thing><Id>2</Id></Thing></Things>')),
    ).toEqual([{ Id: '1' }, { Id: '2' }]);
    expect(xmlToValue(parseXml('<Courses/>'))).toEqual([]);
    expect(xmlToValue(parseXml('<Modules></Modules>'))).toEqual([]);
    expect(xmlToValue(parseXml('<Users> </Users>'))).toEqual([]);
    expect(xmlToValue(parseXml('<Thing/>'))).toEqual({});
  });

  it.each([
    ['a closing tag that does not match', '<User><Id>x</Name></User>', 'Unexpected </Name>'],
    ['a closing tag without an opening one', '</User>', 'Unexpected </User>'],
    ['a second root element', '<A/><B/>', 'more than one root'],
    ['text after the root', '<A/>tail', 'Text outside the root element'],
    ['an unclosed element', '<User><Id>x</Id>', 'empty or not closed'],
    ['nothing but blanks', '  ', 'empty or not closed'],
    ['a stray angle bracket', '<User><</User>', 'Unreadable XML at offset 6'],
    ['a tag cut short at the end', '<User/><', 'Unreadable XML at offset 7'],
  ])('refuses %s, saying why', (_name, xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });

  it('accepts blanks around the root element', () => {
    expect(parseXml('\n <Team><Id>t</Id></Team>\n').children).toHaveLength(1);
  });
});
