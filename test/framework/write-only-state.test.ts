/**
 * Write-only values never reach state, whatever a resource returns: a resource that echoes the
 * secret it was given (a careless implementation) still yields null for the write-only attribute
 * from create, update, read and import.
 */
import { defineResource, schema, str } from '../../src/framework/index.js';
import type { ProviderDefinition } from '../../src/framework/index.js';
import { Driver, errorsOf } from './driver.js';

const SECRET = 'write-only-secret-value-77';

const echoSchema = schema('Echoes what it is given.', {
  id: str({ description: 'i', computed: true }),
  name: str({ description: 'n', required: true }),
  password_wo: str({ description: 'p', optional: true, writeOnly: true }),
});

const provider: ProviderDefinition<null> = {
  typeName: 'echo',
  schema: schema('p', {}),
  configure: async () => null,
  dataSources: [],
  resources: [
    defineResource<typeof echoSchema, null>({
      typeName: 'echo_thing',
      schema: echoSchema,
      // Each operation returns the secret as if it belonged in state.
      create: async ({ plan }) => ({ id: 'e1', name: String(plan.name), password_wo: SECRET }),
      read: async (state) => ({ ...state, password_wo: SECRET }),
      update: async ({ plan }) => ({ id: 'e1', name: String(plan.name), password_wo: SECRET }),
      delete: async () => undefined,
      importState: async (id) => ({ id, name: 'imported', password_wo: SECRET }),
    }),
  ],
};

describe('write-only attributes in returned state', () => {
  const T = 'echo_thing';

  test('create, update, read and import all return null for the write-only attribute', async () => {
    const d = await Driver.configured(provider);
    const created = await d.create(T, { name: 'a', password_wo: SECRET });
    expect(created.state?.password_wo).toBeNull();

    const plan = await d.plan(T, created.state, { name: 'b', password_wo: SECRET });
    expect(errorsOf(plan.diagnostics)).toEqual([]);
    const updated = await d.apply(T, created.state, plan.planned, { name: 'b', password_wo: SECRET });
    expect(errorsOf(updated.diagnostics)).toEqual([]);
    expect(updated.state).toMatchObject({ name: 'b', password_wo: null });

    const read = await d.server.readResource({ type_name: T, current_state: d.enc(T, updated.state) });
    expect(d.dec(T, read.new_state)?.password_wo).toBeNull();

    const imported = await d.server.importResourceState({ type_name: T, id: 'e9' });
    expect(errorsOf(imported.diagnostics)).toEqual([]);
    const first = imported.imported_resources[0];
    expect(d.dec(T, first?.state)?.password_wo).toBeNull();
    expect(JSON.stringify([created, updated].map((r) => r.state))).not.toContain(SECRET);
  });
});
