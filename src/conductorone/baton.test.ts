import nock from 'nock';

import {
  BATON_CATALOG_ID,
  createBatonConnector,
  deleteBatonConnector,
  getConnectorCredential,
  readBatonConnector,
  revokeConnectorCredential,
  rotateConnectorCredential,
  updateBatonConnector,
} from './baton.js';
import { ConductorOneClient } from './client.js';
import { isConductorOneError, isNotFound } from './errors.js';

const HOST = 'https://acme.conductor.one';
const SECRET = 'secret-token:conductorone.com:v1:placeholder-not-a-key';

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());
afterEach(() => nock.cleanAll());

const client = (): ConductorOneClient =>
  new ConductorOneClient({ tenant: 'acme', accessToken: 'static-token', retry: { maxRetries: 0 } });

const connector = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  connectorView: {
    connector: { id: 'conn-1', appId: 'app-1', catalogId: BATON_CATALOG_ID, userIds: ['u-1'], ...over },
  },
});

test('a Baton connector is a delegated create on the Baton catalog entry, without config', async () => {
  let body: unknown;
  nock(HOST)
    .post('/api/v1/apps/app-1/connectors', (b: unknown) => {
      body = b;
      return true;
    })
    .reply(200, connector({ displayName: 'baton-litmos' }));
  const created = await createBatonConnector(client(), {
    appId: 'app-1',
    displayName: 'baton-litmos',
    userIds: ['u-1'],
  });
  expect(body).toEqual({ catalogId: BATON_CATALOG_ID, displayName: 'baton-litmos', userIds: ['u-1'] });
  expect(created).toMatchObject({
    id: 'conn-1',
    appId: 'app-1',
    displayName: 'baton-litmos',
    userIds: ['u-1'],
  });
});

test('an update names only the changed fields in the delegated mask', async () => {
  let body: Record<string, unknown> = {};
  nock(HOST)
    .post('/api/v1/apps/app-1/connectors/conn-1/delegated', (b: Record<string, unknown>) => {
      body = b;
      return true;
    })
    .reply(200, connector());
  await updateBatonConnector(client(), { id: 'conn-1', appId: 'app-1', userIds: ['u-2'] }, ['userIds']);
  expect(body.updateMask).toBe('userIds');
  expect(body.connector).toMatchObject({ id: 'conn-1', appId: 'app-1', userIds: ['u-2'] });
});

test('rotate posts {appId, connectorId} and returns the credential with its one-time secret', async () => {
  let body: unknown;
  nock(HOST)
    .post('/api/v1/apps/connectors/credentials', (b: unknown) => {
      body = b;
      return true;
    })
    .reply(200, {
      connectorCredential: {
        id: 'cred-1',
        appId: 'app-1',
        connectorId: 'conn-1',
        clientId: 'x@acme.conductor.one/ccc',
        createdAt: '2026-11-29T10:00:00Z',
        expiresTime: null,
      },
      clientSecret: SECRET,
    });
  const rotated = await rotateConnectorCredential(client(), 'app-1', 'conn-1');
  expect(body).toEqual({ appId: 'app-1', connectorId: 'conn-1' });
  expect(rotated.clientSecret === SECRET).toBe(true);
  expect(rotated.credential).toEqual({
    id: 'cred-1',
    appId: 'app-1',
    connectorId: 'conn-1',
    clientId: 'x@acme.conductor.one/ccc',
    createdAt: '2026-11-29T10:00:00Z',
  });
});

test('a rotate answer without a secret or a client ID is a server error', async () => {
  nock(HOST)
    .post('/api/v1/apps/connectors/credentials')
    .reply(200, { connectorCredential: { id: 'cred-1', clientId: 'x' } });
  await expect(rotateConnectorCredential(client(), 'app-1', 'conn-1')).rejects.toMatchObject({
    code: 'SERVER',
    message: expect.stringMatching(/no clientSecret/),
  });
  nock(HOST)
    .post('/api/v1/apps/connectors/credentials')
    .reply(200, { connectorCredential: { id: 'cred-1' }, clientSecret: SECRET });
  const error: unknown = await rotateConnectorCredential(client(), 'app-1', 'conn-1').catch(
    (e: unknown) => e,
  );
  expect(isConductorOneError(error) && error.message.includes('no clientId')).toBe(true);
  expect(String(error)).not.toContain(SECRET);
});

test('get and revoke use the per-credential path; a 404 is NOT_FOUND', async () => {
  nock(HOST)
    .get('/api/v1/apps/app-1/connectors/conn-1/credentials/cred-1')
    .reply(200, { connectorCredential: { id: 'cred-1', clientId: 'x', deletedAt: '2026-11-29T11:00:00Z' } });
  expect((await getConnectorCredential(client(), 'app-1', 'conn-1', 'cred-1')).deletedAt).toBe(
    '2026-11-29T11:00:00Z',
  );
  let revokeBody: unknown;
  nock(HOST)
    .post('/api/v1/apps/app-1/connectors/conn-1/credentials/cred-1', (b: unknown) => {
      revokeBody = b;
      return true;
    })
    .reply(200, {});
  await revokeConnectorCredential(client(), 'app-1', 'conn-1', 'cred-1');
  expect(revokeBody).toEqual({});
  nock(HOST)
    .post('/api/v1/apps/app-1/connectors/conn-1/credentials/gone')
    .reply(404, { code: 'not_found', message: 'credential not found' });
  const error: unknown = await revokeConnectorCredential(client(), 'app-1', 'conn-1', 'gone').catch(
    (e: unknown) => e,
  );
  expect(isNotFound(error)).toBe(true);
});

test('an empty ID is refused before any request', async () => {
  await expect(getConnectorCredential(client(), 'app-1', '', 'cred-1')).rejects.toMatchObject({
    code: 'CONFIG',
  });
  await expect(rotateConnectorCredential(client(), '', 'conn-1')).rejects.toMatchObject({ code: 'CONFIG' });
});

test('a Baton connector update clears a display name and description that are not set', async () => {
  let body: Record<string, unknown> = {};
  nock(HOST)
    .post('/api/v1/apps/app-1/connectors/conn-1/delegated', (b: Record<string, unknown>) => {
      body = b;
      return true;
    })
    .reply(200, connector({ displayName: '', description: '' }));
  const updated = await updateBatonConnector(client(), { id: 'conn-1', appId: 'app-1' }, [
    'displayName',
    'description',
  ]);
  expect(body).toEqual({
    updateMask: 'displayName,description',
    connector: {
      id: 'conn-1',
      appId: 'app-1',
      catalogId: BATON_CATALOG_ID,
      displayName: '',
      description: '',
    },
  });
  expect(updated).toEqual({ id: 'conn-1', appId: 'app-1', catalogId: BATON_CATALOG_ID, userIds: ['u-1'] });
});

test('a Baton connector create sends a description and no display name when only that is set', async () => {
  let body: unknown;
  nock(HOST)
    .post('/api/v1/apps/app-1/connectors', (b: unknown) => {
      body = b;
      return true;
    })
    .reply(200, connector({ description: 'self-hosted', userIds: null }));
  const created = await createBatonConnector(client(), { appId: 'app-1', description: 'self-hosted' });
  expect(body).toEqual({ catalogId: BATON_CATALOG_ID, description: 'self-hosted' });
  expect(created).toEqual({
    id: 'conn-1',
    appId: 'app-1',
    catalogId: BATON_CATALOG_ID,
    userIds: [],
    description: 'self-hosted',
  });
});

test('a Baton connector read keeps its timestamps and reports a deleted one', async () => {
  nock(HOST)
    .get('/api/v1/apps/app-1/connectors/conn-1')
    .reply(
      200,
      connector({
        createdAt: '2026-11-29T10:00:00Z',
        updatedAt: '2026-11-29T10:05:00Z',
        deletedAt: '2026-11-29T11:00:00Z',
        catalogId: '',
      }),
    );
  expect(await readBatonConnector(client(), 'app-1', 'conn-1')).toEqual({
    id: 'conn-1',
    appId: 'app-1',
    userIds: ['u-1'],
    createdAt: '2026-11-29T10:00:00Z',
    updatedAt: '2026-11-29T10:05:00Z',
    deletedAt: '2026-11-29T11:00:00Z',
  });
});

test('a Baton connector delete sends {} to the connector path', async () => {
  const deleted = nock(HOST).delete('/api/v1/apps/app-1/connectors/conn-1', {}).reply(200, {});
  await deleteBatonConnector(client(), 'app-1', 'conn-1');
  expect(deleted.isDone()).toBe(true);
});

test('a credential read keeps every timestamp and name the API sends, and encodes the path', async () => {
  nock(HOST)
    .get('/api/v1/apps/app%2F1/connectors/conn-1/credentials/cred-1')
    .reply(200, {
      connectorCredential: {
        id: 'cred-1',
        clientId: 'x@acme.conductor.one/ccc',
        displayName: 'rotated',
        createdAt: '2026-11-29T10:00:00Z',
        updatedAt: '2026-11-29T10:01:00Z',
        expiresTime: '2027-11-29T10:00:00Z',
        lastUsedAt: '2026-11-29T10:02:00Z',
        deletedAt: '',
      },
    });
  expect(await getConnectorCredential(client(), 'app/1', 'conn-1', 'cred-1')).toEqual({
    id: 'cred-1',
    appId: '',
    connectorId: '',
    clientId: 'x@acme.conductor.one/ccc',
    displayName: 'rotated',
    createdAt: '2026-11-29T10:00:00Z',
    updatedAt: '2026-11-29T10:01:00Z',
    expiresTime: '2027-11-29T10:00:00Z',
    lastUsedAt: '2026-11-29T10:02:00Z',
  });
});

test('a credential answer without the credential or its id is a server error', async () => {
  nock(HOST).get('/api/v1/apps/app-1/connectors/conn-1/credentials/cred-1').reply(200, {});
  await expect(getConnectorCredential(client(), 'app-1', 'conn-1', 'cred-1')).rejects.toMatchObject({
    code: 'SERVER',
    message: expect.stringMatching(/no connectorCredential$/),
  });
  nock(HOST)
    .get('/api/v1/apps/app-1/connectors/conn-1/credentials/cred-1')
    .reply(200, { connectorCredential: { id: '', clientId: 'x' } });
  await expect(getConnectorCredential(client(), 'app-1', 'conn-1', 'cred-1')).rejects.toMatchObject({
    code: 'SERVER',
    message: expect.stringMatching(/connectorCredential has no id$/),
  });
  nock(HOST)
    .post('/api/v1/apps/connectors/credentials')
    .reply(200, { connectorCredential: { id: 'cred-1', clientId: 'x' }, clientSecret: '' });
  await expect(rotateConnectorCredential(client(), 'app-1', 'conn-1')).rejects.toMatchObject({
    code: 'SERVER',
  });
});
