import { unknown } from '../tf/value.js';
import { idIdentity } from './resource.js';
import type { Schema } from './schema/schema.js';

describe('idIdentity', () => {
  const identity = idIdentity<Schema>('The thing ID.');

  it('names one string attribute, id, required for import, at version 0', () => {
    expect(identity.version).toBe(0);
    expect(identity.attributes).toEqual({ id: { description: 'The thing ID.', requiredForImport: true } });
  });

  it('is the id of a model, or null while the id is null or not known', () => {
    expect(identity.fromModel({ id: 't-1' })).toEqual({ id: 't-1' });
    expect(identity.fromModel({ id: null })).toEqual({ id: null });
    expect(identity.fromModel({ id: unknown })).toEqual({ id: null });
  });
});
