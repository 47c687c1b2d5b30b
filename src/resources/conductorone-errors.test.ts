import { ConductorOneError, type ConductorOneErrorCode } from '../conductorone/index.js';
import { Diagnostics } from '../tf/diagnostics.js';
import { addConductorOneError } from './conductorone-errors.js';

/** The one diagnostic a ConductorOne failure of `code` gives while "Creating app X". */
function diagnosticFor(code: ConductorOneErrorCode) {
  const diags = new Diagnostics();
  addConductorOneError(diags, 'Creating app X', new ConductorOneError(code, 'POST /api/v1/apps failed'));
  const [only, ...rest] = diags.toArray();
  expect(rest).toEqual([]);
  return only!;
}

describe('ConductorOne failures as Terraform diagnostics', () => {
  test.each<[ConductorOneErrorCode, string, string]>([
    [
      'UNAUTHENTICATED',
      'ConductorOne Rejected The Credentials',
      'Check conductorone_client_id and conductorone_client_secret (or conductorone_access_token).',
    ],
    [
      'PERMISSION_DENIED',
      'ConductorOne Permission Denied',
      'The client lacks the role this call needs; use a client whose user may manage apps and connectors.',
    ],
    [
      'NOT_FOUND',
      'ConductorOne Object Not Found',
      'Check the ID; the object may have been deleted in ConductorOne.',
    ],
    [
      'INVALID_ARGUMENT',
      'ConductorOne Rejected The Request',
      'Correct the value the message names (for example an unknown user ID) and apply again.',
    ],
    [
      'CONFLICT',
      'ConductorOne Conflict',
      'ConductorOne refused the change because it conflicts with existing data.',
    ],
    [
      'RATE_LIMITED',
      'ConductorOne Rate Limit Exhausted',
      'ConductorOne kept answering 429 after every retry; wait a minute and apply again.',
    ],
    ['SERVER', 'ConductorOne Server Error', 'ConductorOne failed to process the request; apply again later.'],
    ['NETWORK', 'ConductorOne Unreachable', 'Check conductorone_server_url and the network; apply again.'],
    ['CONFIG', 'ConductorOne Client Misconfigured', 'Check the ConductorOne settings of the provider block.'],
  ])(
    '%s: an error titled %j that names the action, the failure and what to do next',
    (code, summary, next) => {
      const d = diagnosticFor(code);
      expect(d.severity).toBe('error');
      expect(d.summary).toBe(summary);
      expect(d.detail).toBe(`Creating app X: POST /api/v1/apps failed. ${next}`);
      expect(d.path).toBeUndefined();
    },
  );

  test('anything but a ConductorOne failure is a bug: rethrown, no diagnostic', () => {
    const diags = new Diagnostics();
    const bug = new TypeError('cannot read properties of undefined');
    expect(() => addConductorOneError(diags, 'Creating app X', bug)).toThrow(bug);
    expect(diags.length).toBe(0);
  });
});
