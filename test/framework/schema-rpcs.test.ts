/**
 * GetProviderSchema, GetMetadata and GetResourceIdentitySchemas over every kind of type a provider
 * can have, and the implementation problems the server reports before Terraform sees a schema.
 */
import {
  createFrameworkServer,
  defineDataSource,
  defineListResource,
  defineResource,
  schema,
  str,
} from '../../src/framework/index.js';
import type { IdentitySpec, ProviderDefinition } from '../../src/framework/index.js';
import { errorsOf } from './driver.js';
import { Store, fakeProvider } from './fake-provider.js';

const sourceSchema = schema('Looks a thing up.', { name: str({ description: 'Name.', required: true }) });
const source = (typeName: string) =>
  defineDataSource<typeof sourceSchema, Store>({ typeName, schema: sourceSchema, read: async () => null });
const list = (typeName: string) =>
  defineListResource<typeof sourceSchema, Store>({
    typeName,
    schema: sourceSchema,
    // eslint-disable-next-line require-yield
    async *list() {
      return;
    },
  });

const full = (over: Partial<ProviderDefinition<Store>> = {}): ProviderDefinition<Store> => ({
  ...fakeProvider(),
  dataSources: [source('fake_lookup')],
  ephemeralResources: [source('fake_secret')],
  listResources: [list('fake_thing')],
  ...over,
});

const detailsOf = async (p: ProviderDefinition<Store>): Promise<string[]> => {
  const resp = await createFrameworkServer(p).getProviderSchema();
  const errors = errorsOf(resp.diagnostics);
  for (const e of errors) expect(e.summary).toBe('Invalid Provider Implementation');
  return errors.map((e) => e.detail ?? '');
};

describe('GetProviderSchema', () => {
  it('serves the provider, resource, data source, ephemeral and list schemas, keyed by type name', async () => {
    const resp = await createFrameworkServer(full()).getProviderSchema();
    expect(resp.diagnostics).toEqual([]);
    expect(resp.provider.block.description).toBe('The fake provider.');
    expect(resp.provider.block.attributes.map((a) => a.name)).toEqual(['endpoint']);
    expect(Object.keys(resp.resource_schemas)).toEqual(['fake_thing', 'fake_plain']);
    expect(resp.resource_schemas.fake_plain.block.description).toBe('A plain thing without import.');
    expect(Object.keys(resp.data_source_schemas)).toEqual(['fake_lookup']);
    expect(resp.data_source_schemas.fake_lookup.block.attributes[0]).toMatchObject({
      name: 'name',
      required: true,
    });
    expect(Object.keys(resp.ephemeral_resource_schemas)).toEqual(['fake_secret']);
    expect(resp.ephemeral_resource_schemas.fake_secret.block.description).toBe('Looks a thing up.');
    expect(Object.keys(resp.list_resource_schemas!)).toEqual(['fake_thing']);
    expect(resp.list_resource_schemas!.fake_thing.block.description).toBe('Looks a thing up.');
  });

  it('serves empty maps for kinds a provider does not have', async () => {
    const resp = await createFrameworkServer(fakeProvider()).getProviderSchema();
    expect(resp.data_source_schemas).toEqual({});
    expect(resp.ephemeral_resource_schemas).toEqual({});
    expect(resp.list_resource_schemas).toEqual({});
  });

  it('announces plan_destroy and no other optional server capability', async () => {
    const server = createFrameworkServer(fakeProvider());
    const expected = {
      plan_destroy: true,
      get_provider_schema_optional: false,
      move_resource_state: false,
      generate_resource_config: false,
    };
    expect((await server.getProviderSchema()).server_capabilities).toEqual(expected);
    expect((await server.getMetadata()).server_capabilities).toEqual(expected);
  });

  describe('reports problems of the implementation, one error each', () => {
    it('none for a sound provider with every kind of type', async () => {
      expect(await detailsOf(full())).toEqual([]);
    });

    it('a schema problem in the provider schema', async () => {
      expect(
        await detailsOf(full({ schema: schema('P.', { Bad: str({ description: 'b', optional: true }) }) })),
      ).toEqual([
        'provider fake: attribute Bad: name must match ^[a-z_][a-z0-9_]*$. This is a bug in the provider; please report it.',
      ]);
    });

    it('schema problems in data sources, ephemeral resources and list resources', async () => {
      const bad = schema('B.', { x: str({ description: '', optional: true }) });
      expect(
        await detailsOf(
          full({
            dataSources: [defineDataSource({ typeName: 'fake_d', schema: bad, read: async () => null })],
            ephemeralResources: [
              defineDataSource({ typeName: 'fake_e', schema: bad, read: async () => null }),
            ],
            listResources: [
              defineListResource<typeof bad, Store>({
                typeName: 'fake_thing',
                schema: bad,
                // eslint-disable-next-line require-yield
                async *list() {
                  return;
                },
              }),
            ],
          }),
        ),
      ).toEqual([
        'fake_d: attribute x: a description is required. This is a bug in the provider; please report it.',
        'fake_e: attribute x: a description is required. This is a bug in the provider; please report it.',
        'list fake_thing: attribute x: a description is required. This is a bug in the provider; please report it.',
      ]);
    });

    it('a list resource whose resource type has no identity, or does not exist', async () => {
      expect(await detailsOf(full({ listResources: [list('fake_plain'), list('fake_ghost')] }))).toEqual([
        'list resource fake_plain names no resource type with an identity. This is a bug in the provider; please report it.',
        'list resource fake_ghost names no resource type with an identity. This is a bug in the provider; please report it.',
      ]);
    });

    it('duplicate data sources and ephemeral resources', async () => {
      const details = await detailsOf(
        full({
          dataSources: [source('fake_lookup'), source('fake_lookup')],
          ephemeralResources: [source('fake_secret'), source('fake_other'), source('fake_secret')],
        }),
      );
      expect(details).toEqual([
        'duplicate data source fake_lookup. This is a bug in the provider; please report it.',
        'duplicate ephemeral resource fake_secret. This is a bug in the provider; please report it.',
      ]);
    });

    it('data source and ephemeral type names without the provider prefix', async () => {
      const details = await detailsOf(
        full({ dataSources: [source('other_lookup')], ephemeralResources: [source('fakesecret')] }),
      );
      expect(details).toEqual([
        'type other_lookup must start with fake_. This is a bug in the provider; please report it.',
        'type fakesecret must start with fake_. This is a bug in the provider; please report it.',
      ]);
    });
  });
});

describe('GetMetadata', () => {
  it('names every type of every kind, without diagnostics', async () => {
    expect(await createFrameworkServer(full()).getMetadata()).toEqual({
      server_capabilities: expect.any(Object),
      diagnostics: [],
      resources: [{ type_name: 'fake_thing' }, { type_name: 'fake_plain' }],
      data_sources: [{ type_name: 'fake_lookup' }],
      ephemeral_resources: [{ type_name: 'fake_secret' }],
      list_resources: [{ type_name: 'fake_thing' }],
    });
  });

  it('names no ephemeral or list resources for a provider without them', async () => {
    const resp = await createFrameworkServer(fakeProvider()).getMetadata();
    expect(resp.ephemeral_resources).toEqual([]);
    expect(resp.list_resources).toEqual([]);
  });
});

describe('GetResourceIdentitySchemas', () => {
  it('serves string identity attributes, required or optional for import, with their version', async () => {
    const idSchema = schema('Member.', { team_id: str({ description: 'T.', required: true }) });
    const identity: IdentitySpec<typeof idSchema> = {
      version: 3,
      attributes: {
        team_id: { description: 'The team.', requiredForImport: true },
        user_id: { description: 'The user.', requiredForImport: false },
      },
      fromModel: () => ({ team_id: null, user_id: null }),
    };
    const member = defineResource<typeof idSchema, Store>({
      typeName: 'fake_member',
      schema: idSchema,
      create: async () => null,
      read: async () => null,
      update: async () => null,
      delete: async () => undefined,
      identity,
    });
    const resp = await createFrameworkServer(
      full({ resources: [...fakeProvider().resources, member] }),
    ).getResourceIdentitySchemas();
    expect(resp.diagnostics).toEqual([]);
    expect(Object.keys(resp.identity_schemas)).toEqual(['fake_thing', 'fake_member']);
    const attrs = resp.identity_schemas.fake_member.identity_attributes.map((a) => ({
      ...a,
      type: Buffer.from(a.type).toString(),
    }));
    expect(resp.identity_schemas.fake_member.version).toBe(3);
    expect(attrs).toEqual([
      {
        name: 'team_id',
        type: '"string"',
        required_for_import: true,
        optional_for_import: false,
        description: 'The team.',
      },
      {
        name: 'user_id',
        type: '"string"',
        required_for_import: false,
        optional_for_import: true,
        description: 'The user.',
      },
    ]);
  });
});
