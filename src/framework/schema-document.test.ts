import { defineDataSource } from './datasource.js';
import type { ProviderDefinition } from './provider.js';
import { defineResource, idIdentity } from './resource.js';
import type { IdentitySpec } from './resource.js';
import { str } from './schema/attributes.js';
import { schema } from './schema/schema.js';
import { providerSchemaDocument } from './schema-document.js';

const attrs = { id: str({ description: 'Id.', computed: true }) };

const resource = (typeName: string, identity?: IdentitySpec<typeof s>) =>
  defineResource({
    typeName,
    schema: s,
    create: async () => null,
    read: async () => null,
    update: async () => null,
    delete: async () => undefined,
    ...(identity ? { identity } : {}),
  });
const s = schema('A resource.', attrs);
const source = (typeName: string) =>
  defineDataSource({ typeName, schema: schema(`Source ${typeName}.`, attrs), read: async () => null });

const provider = (over: Partial<ProviderDefinition<null>>): ProviderDefinition<null> => ({
  typeName: 'x',
  schema: schema('The x provider.', {}),
  configure: async () => null,
  resources: [],
  dataSources: [],
  ...over,
});

describe('providerSchemaDocument', () => {
  it('holds only the provider schema for a provider with no types', () => {
    expect(providerSchemaDocument(provider({}), 'registry.terraform.io/acme/x')).toEqual({
      format_version: '1.0',
      provider_schemas: {
        'registry.terraform.io/acme/x': {
          provider: {
            version: 0,
            block: { attributes: {}, description: 'The x provider.', description_kind: 'markdown' },
          },
        },
      },
    });
  });

  it('keys resources, data sources and ephemeral resources by type name, sorted', () => {
    const doc = providerSchemaDocument(
      provider({
        resources: [resource('x_b'), resource('x_a')],
        dataSources: [source('x_d2'), source('x_d1')],
        ephemeralResources: [source('x_e2'), source('x_e1')],
      }),
      'addr',
    ).provider_schemas.addr;
    expect(Object.keys(doc.resource_schemas!)).toEqual(['x_a', 'x_b']);
    expect(Object.keys(doc.data_source_schemas!)).toEqual(['x_d1', 'x_d2']);
    expect(Object.keys(doc.ephemeral_resource_schemas!)).toEqual(['x_e1', 'x_e2']);
    expect(doc.data_source_schemas!.x_d1.block.description).toBe('Source x_d1.');
    expect(doc.ephemeral_resource_schemas!.x_e2.block.description).toBe('Source x_e2.');
    expect(doc.resource_schemas!.x_a.block.attributes.id).toMatchObject({ type: 'string', computed: true });
    expect(doc).not.toHaveProperty('resource_identity_schemas');
  });

  it('writes the identity schemas of resources that have one, required or optional for import', () => {
    const twoPart: IdentitySpec<typeof s> = {
      version: 2,
      attributes: {
        team_id: { description: 'The team.', requiredForImport: true },
        note: { description: 'A note.', requiredForImport: false },
      },
      fromModel: () => ({ team_id: null, note: null }),
    };
    const doc = providerSchemaDocument(
      provider({
        resources: [resource('x_plain'), resource('x_id', idIdentity('The ID.')), resource('x_two', twoPart)],
      }),
      'addr',
    ).provider_schemas.addr;
    expect(doc.resource_identity_schemas).toEqual({
      x_id: {
        version: 0,
        attributes: { id: { type: 'string', description: 'The ID.', required_for_import: true } },
      },
      x_two: {
        version: 2,
        attributes: {
          team_id: { type: 'string', description: 'The team.', required_for_import: true },
          note: { type: 'string', description: 'A note.', optional_for_import: true },
        },
      },
    });
  });
});
