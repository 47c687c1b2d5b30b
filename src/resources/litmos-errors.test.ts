import { LitmosError } from '../litmos/index.js';
import { Diagnostics } from '../tf/diagnostics.js';
import { AttrPath } from '../tf/path.js';
import { addLitmosError, importCommand } from './litmos-errors.js';

function reported(e: unknown, path?: AttrPath) {
  const diags = new Diagnostics();
  addLitmosError(diags, 'Reading Litmos user u1', e, path);
  return diags.toArray();
}

describe('addLitmosError', () => {
  it('gives a known code its summary, and the action, the message and what to do next as detail', () => {
    expect(reported(new LitmosError('FORBIDDEN', 'GET /users/u1 answered 403: No access'))).toEqual([
      {
        severity: 'error',
        summary: 'Litmos Permission Denied',
        detail:
          'Reading Litmos user u1: GET /users/u1 answered 403: No access. The API key owner lacks the access ' +
          'level this call needs; use an Account Owner key.',
        path: undefined,
      },
    ]);
  });

  it('does not double the full stop of a message that ends with one', () => {
    const [d] = reported(new LitmosError('SERVER', 'GET /users/u1 answered 500: Request Error.'));
    expect(d?.detail).toBe(
      'Reading Litmos user u1: GET /users/u1 answered 500: Request Error. Litmos failed to process the request; apply again later.',
    );
  });

  it('keeps a full stop inside the message', () => {
    const [d] = reported(new LitmosError('NOT_FOUND', 'User u.1 was not found'));
    expect(d?.detail).toMatch(/^Reading Litmos user u1: User u\.1 was not found\. Check the ID/);
  });

  it('reports a code without advice as a failed request', () => {
    const [d] = reported(new LitmosError('INVALID_RESPONSE', 'GET /users/u1 answered an unexpected body'));
    expect(d).toMatchObject({
      summary: 'Litmos Request Failed',
      detail:
        'Reading Litmos user u1: GET /users/u1 answered an unexpected body. Apply again; report it if it persists.',
    });
  });

  it('puts the diagnostic on the attribute it is given', () => {
    const [d] = reported(new LitmosError('VALIDATION', 'bad'), AttrPath.root('user_id'));
    expect(d?.path).toEqual(AttrPath.root('user_id'));
  });

  it('rethrows anything that is not a Litmos error (a provider bug, not an API failure)', () => {
    const bug = new TypeError('x is undefined');
    const diags = new Diagnostics();
    expect(() => addLitmosError(diags, 'Reading Litmos user u1', bug)).toThrow(bug);
    expect(diags.length).toBe(0);
  });
});

describe('importCommand', () => {
  it('quotes the address and the ID for a POSIX shell, single quotes included', () => {
    expect(importCommand('litmos_user.ada', "o'brien@example.com")).toBe(
      "terraform import 'litmos_user.ada' 'o'\\''brien@example.com'",
    );
  });
});
