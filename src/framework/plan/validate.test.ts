import { Diagnostics } from '../../tf/diagnostics.js';
import { str } from '../schema/attributes.js';
import type { Validator } from '../validators/index.js';
import { lengthBetween, matches } from '../validators/index.js';
import { validateObject } from './validate.js';

/** A validator that shows the value bare, not quoted, as a careless one might. */
const showsBareValue: Validator = {
  description: 'is never right',
  validate(value, path, diags) {
    diags.error(
      'Invalid Attribute Value',
      `Attribute ${path.toString()} cannot be ${String(value)} here.`,
      path,
    );
  },
};

const details = (
  attributes: Parameters<typeof validateObject>[0],
  config: Parameters<typeof validateObject>[1],
) => {
  const diags = new Diagnostics();
  validateObject(attributes, config, diags);
  return diags.toArray().map((d) => d.detail);
};

describe('validateObject', () => {
  it('takes a sensitive value out of a validator message, quoted or bare', () => {
    const attributes = {
      api_key: str({
        description: 'k',
        optional: true,
        sensitive: true,
        validators: [matches(/^k-/, 'a key'), showsBareValue],
      }),
    };
    const found = details(attributes, { api_key: 'hunter2-secret' });
    expect(found).toEqual([
      'Attribute api_key must be a key; got (sensitive value).',
      'Attribute api_key cannot be (sensitive value) here.',
    ]);
  });

  it('takes a write-only value out too, and leaves an empty value message as it is', () => {
    const attributes = {
      secret: str({
        description: 's',
        optional: true,
        writeOnly: true,
        validators: [lengthBetween(1, 5), showsBareValue],
      }),
    };
    expect(details(attributes, { secret: 'abcdefgh' })).toEqual([
      'Attribute secret must be between 1 and 5 characters long; it has 8.',
      'Attribute secret cannot be (sensitive value) here.',
    ]);
    expect(details(attributes, { secret: '' })).toEqual([
      'Attribute secret must be between 1 and 5 characters long; it has 0.',
      'Attribute secret cannot be  here.',
    ]);
  });

  it('leaves a value that is not sensitive in the message', () => {
    const attributes = { name: str({ description: 'n', optional: true, validators: [showsBareValue] }) };
    expect(details(attributes, { name: 'ada' })).toEqual(['Attribute name cannot be ada here.']);
  });

  it('refuses a write-only attribute where Terraform cannot handle one', () => {
    const attributes = { secret: str({ description: 's', optional: true, writeOnly: true }) };
    const diags = new Diagnostics();
    validateObject(attributes, { secret: 'x' }, diags, { writeOnlyAllowed: false });
    expect(diags.toArray()).toEqual([
      expect.objectContaining({
        summary: 'Write-Only Attribute Not Supported',
        detail:
          'Attribute secret is write-only, which needs Terraform 1.11 or later. Upgrade Terraform, or use the attribute that stores the value in state instead.',
      }),
    ]);
  });
});
