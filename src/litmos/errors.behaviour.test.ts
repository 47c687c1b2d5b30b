/** What a Litmos failure tells the user: its code, its message, its excerpt; and other small rules. */
import {
  BODY_EXCERPT_LENGTH,
  codeForStatus,
  errorDetail,
  errorMessageOf,
  excerpt,
  isLitmosError,
  LitmosError,
} from './errors.js';
import { asArray, asObject, checkPageSize, MAX_PAGE_SIZE } from './paging.js';
import { isLitmosRegion, LITMOS_BASE_URLS, resolveBaseUrl } from './regions.js';
import { readTolerant } from './tolerant.js';
import { createUserBody, looksLikeEmail, updateUserBody } from './user-body.js';
import type { LitmosUser } from './types.js';

describe('LitmosError', () => {
  it('carries its code, status, excerpt and cause, and names itself', () => {
    const cause = new Error('socket hang up');
    const e = new LitmosError('SERVER', 'Litmos GET /users failed with 500', {
      status: 500,
      bodyExcerpt: 'oops',
      cause,
    });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('LitmosError');
    expect(e).toMatchObject({
      code: 'SERVER',
      status: 500,
      bodyExcerpt: 'oops',
      message: expect.any(String),
    });
    expect(e.cause).toBe(cause);
  });

  it('has no cause at all when none was given', () => {
    const e = new LitmosError('NOT_FOUND', 'gone');
    expect('cause' in e).toBe(false);
    expect(e.status).toBeUndefined();
  });

  it('is recognised with or without a code', () => {
    const e = new LitmosError('NOT_FOUND', 'gone');
    expect(isLitmosError(e)).toBe(true);
    expect(isLitmosError(e, 'NOT_FOUND')).toBe(true);
    expect(isLitmosError(e, 'SERVER')).toBe(false);
    expect(isLitmosError(new Error('gone'))).toBe(false);
  });

  it('gives the message of any thrown value', () => {
    expect(errorMessageOf(new TypeError('bad'))).toBe('bad');
    expect(errorMessageOf('plain')).toBe('plain');
    expect(errorMessageOf(42)).toBe('42');
  });
});

describe('the code of an HTTP failure', () => {
  it.each([
    [401, 'the source parameter is wrong', 'UNAUTHORIZED'],
    [400, 'a resource is missing', 'VALIDATION'],
    [403, 'SOURCE', 'BAD_SOURCE'],
    [404, 'source not found', 'NOT_FOUND'],
    [409, 'User name already exists', 'USERNAME_TAKEN'],
    [409, 'This user already belongs to the team', 'CONFLICT'],
    [409, 'ALREADY EXISTS', 'CONFLICT'],
    [499, '', 'VALIDATION'],
    [500, '', 'SERVER'],
    [502, '', 'SERVER'],
    [503, 'the source is busy', 'RATE_LIMITED'],
  ] as const)('%i "%s" is %s', (status, detail, code) => {
    expect(codeForStatus(status, detail)).toBe(code);
  });
});

describe('the message in an error body', () => {
  it.each([
    ['a lower-case detail', '{"detail":"d"}', 'd'],
    ['a lower-case message', '{"message":"m"}', 'm'],
    ['the Detail before the Message', '{"Message":"m","Detail":"d"}', 'd'],
    ['the next key when Detail is not text', '{"Detail":5,"Message":"m"}', 'm'],
    ['a JSON string', '"Service down"', 'Service down'],
    ['a JSON object without a message, as sent', '{"Code":7}', '{"Code":7}'],
    ['a JSON number, as sent', '42', '42'],
    ['JSON null, as sent', 'null', 'null'],
    ['text with a less-than sign, as sent', 'a < b and c > d', 'a < b and c > d'],
    ['blanks around plain text, trimmed', '  busy  ', 'busy'],
  ])('reads %s', (_name, body, expected) => {
    expect(errorDetail(body)).toBe(expected);
  });

  it('reads the visible text of an HTML page: no head, title, script, style or comment, entities decoded', () => {
    const page =
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title></head><body>' +
      '<title>Request Error</title><script>var x = 1;</script><style>p { color: red }</style>' +
      '<!-- hidden --><p>a&nbsp;b &lt;c&gt; &quot;d&quot; &apos;e&#39; f&amp;g</p>\n\n<p>next</p></body></html>';
    expect(errorDetail(page)).toBe(`a b <c> "d" 'e' f&g next`);
  });

  it('reads a page of tags with attributes as HTML', () => {
    expect(errorDetail('<div class="error">Oops</div>')).toBe('Oops');
  });

  it('drops a whole comment even with a > inside, and the text of a head', () => {
    expect(errorDetail('<html><head>Head text</head><p>x</p><!-- a > b --></html>')).toBe('x');
  });

  it('keeps words apart where a tag, comment, head or script stood between them', () => {
    expect(errorDetail('<p>a<b>b<!--c-->c<head>h</head>d<script>s</script>e</p>')).toBe('a b c d e');
  });

  it('reads entity names in any case in an HTML page', () => {
    expect(errorDetail('<p>A&NBSP;B &LT;C&GT; &QUOT;D&QUOT; &AMP;</p>')).toBe('A B <C> "D" &');
  });
});

describe('body excerpts', () => {
  it('keeps a body of exactly the limit whole, trimmed, and shortens a longer one with an ellipsis', () => {
    const limit = 'y'.repeat(BODY_EXCERPT_LENGTH);
    expect(excerpt(`  ${limit}  `, [])).toBe(limit);
    expect(excerpt(`${limit}z`, [])).toBe(`${limit}…`);
  });

  it('removes secrets before shortening', () => {
    expect(excerpt('key=SECRET-KEY end', ['SECRET-KEY'])).toBe('key=*** end');
  });
});

describe('regions and base URLs', () => {
  it('uses the region host, the US one by default', () => {
    expect(resolveBaseUrl({})).toBe('https://api.litmos.com/v1.svc');
    expect(resolveBaseUrl({ region: 'eu' })).toBe(LITMOS_BASE_URLS.eu);
    expect(resolveBaseUrl({ region: 'au' })).toBe('https://api.litmos.com.au/v1.svc');
  });

  it('prefers an explicit base URL, trimmed and without trailing slashes', () => {
    expect(resolveBaseUrl({ region: 'eu', baseUrl: ' http://127.0.0.1:8080/v1.svc// ' })).toBe(
      'http://127.0.0.1:8080/v1.svc',
    );
  });

  it('refuses an unsafe base URL, saying which option is wrong', () => {
    expect(() => resolveBaseUrl({ baseUrl: 'http://api.example.com/v1.svc' })).toThrow(/^baseUrl /);
    expect(() => resolveBaseUrl({ baseUrl: 'http://api.example.com/v1.svc' })).toThrow(TypeError);
  });

  it('refuses an unknown region, naming the known ones', () => {
    expect(() => resolveBaseUrl({ region: 'mars' as 'us' })).toThrow(
      'Unknown Litmos region "mars"; use us, eu or au',
    );
  });

  it('knows only its own regions, not inherited names', () => {
    expect(isLitmosRegion('eu')).toBe(true);
    expect(isLitmosRegion('toString')).toBe(false);
    expect(() => resolveBaseUrl({ region: 'toString' as 'us' })).toThrow(TypeError);
  });
});

describe('list and object answers', () => {
  it('reads an empty body as an empty list', () => {
    expect(asArray(undefined, 'GET /teams')).toEqual([]);
    expect(asArray([1], 'GET /teams')).toEqual([1]);
  });

  it('refuses a list answer that is not an array, naming the call', () => {
    expect(() => asArray({}, 'GET /teams')).toThrow('Litmos GET /teams did not return a JSON array');
    expect(() => asArray({}, 'GET /teams')).toThrow(LitmosError);
  });

  it.each([[null], [[]], ['text'], [undefined]])('refuses %p where an object is expected', (body) => {
    expect(() => asObject(body, 'GET /users/u1')).toThrow(
      'Litmos GET /users/u1 did not return a JSON object',
    );
  });

  it('accepts the smallest and largest page sizes and names the range when refusing', () => {
    expect(checkPageSize(1)).toBe(1);
    expect(checkPageSize(MAX_PAGE_SIZE)).toBe(1000);
    expect(() => checkPageSize(0)).toThrow('pageSize must be an integer from 1 to 1000, got 0');
  });
});

describe('defensive reading of one row', () => {
  const kinds = { Id: 'string', Name: 'string', Points: 'number', Active: 'boolean' } as const;
  const read = (raw: unknown) => readTolerant(raw, kinds, ['Id'], 'GET /x');

  it.each([
    ['a number in text', { Id: 'a', Points: '12' }, { Points: 12 }],
    ['blank text where a number belongs', { Id: 'a', Points: '  ' }, { Points: null }],
    ['words where a number belongs', { Id: 'a', Points: 'many' }, { Points: null }],
    ['infinity where a number belongs', { Id: 'a', Points: 'Infinity' }, { Points: null }],
    ['a boolean where a number belongs', { Id: 'a', Points: true }, { Points: null }],
    ['"false" where a boolean belongs', { Id: 'a', Active: 'false' }, { Active: false }],
    ['"yes" where a boolean belongs', { Id: 'a', Active: 'yes' }, { Active: null }],
    ['a number where a boolean belongs', { Id: 'a', Active: 1 }, { Active: null }],
    ['a number where text belongs', { Id: 'a', Name: 7 }, { Name: '7' }],
    ['a boolean where text belongs', { Id: 'a', Name: false }, { Name: 'false' }],
    ['an object where text belongs', { Id: 'a', Name: {} }, { Name: null }],
    ['"true" where a number belongs', { Id: 'a', Points: 'true' }, { Points: null }],
    ['digits where a boolean belongs', { Id: 'a', Active: '12' }, { Active: null }],
  ])('reads %s', (_name, raw, expected) => {
    expect(read(raw)).toMatchObject(expected);
  });

  it.each([
    ['an empty Id', { Id: '' }],
    ['a null Id', { Id: null }],
    ['an object Id', { Id: { v: 1 } }],
    ['no Id', {}],
  ])('refuses a row with %s, naming the field', (_name, raw) => {
    expect(() => read(raw)).toThrow('Litmos GET /x returned a row without Id');
  });

  it.each([[null], [[{ Id: 'a' }]], ['a']])('refuses %p as a row', (raw) => {
    expect(() => read(raw)).toThrow('Litmos GET /x returned a row that is not an object');
  });
});

describe('user bodies', () => {
  it.each([
    ['a@b.co', true],
    ['a@b', false],
    ['a b@c.de', false],
    ['@c.de', false],
    ['a@@c.de', false],
    ['a@c.de x', false],
    ['x a@c.de', false],
    ['a@c.', false],
  ])('%p looks like an e-mail: %p', (value, expected) => {
    expect(looksLikeEmail(value)).toBe(expected);
  });

  it('fills every default of a create, keeps given values, and ignores undefined ones', () => {
    const body = createUserBody({
      UserName: 'ada.l',
      FirstName: 'Ada',
      LastName: 'L',
      Email: undefined,
      Active: false,
      City: 'Paris',
    });
    expect(body).toEqual({
      Id: '',
      UserName: 'ada.l',
      FirstName: 'Ada',
      LastName: 'L',
      FullName: '',
      Email: '',
      AccessLevel: 'Learner',
      DisableMessages: false,
      Active: false,
      LastLogin: '',
      LoginKey: '',
      IsCustomUsername: true,
      SkipFirstLogin: false,
      TimeZone: '',
      City: 'Paris',
    });
    expect(Object.keys(body).slice(0, 5)).toEqual(['Id', 'UserName', 'FirstName', 'LastName', 'FullName']);
  });

  it('never lets a create set its own Id or login key', () => {
    const input = { UserName: 'a@b.co', FirstName: 'A', LastName: 'B', Id: 'x', LoginKey: 'k' };
    expect(createUserBody(input)).toMatchObject({ Id: '', LoginKey: '' });
  });

  it('puts the fields it does not know after the known ones, as received', () => {
    const current = { Id: 'u1', Zeta: 1, UserName: 'a@b.co', Alpha: 2 } as unknown as LitmosUser;
    expect(Object.keys(updateUserBody('u1', current, { FirstName: 'N' }))).toEqual([
      'Id',
      'UserName',
      'FirstName',
      'Password',
      'Zeta',
      'Alpha',
    ]);
  });
});
