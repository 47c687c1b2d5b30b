/**
 * A provider block without ConductorOne settings: every ConductorOne resource operation fails with
 * the one "ConductorOne Not Configured" error, makes no object, and keeps what Terraform has
 * (a refresh or an update returns the state unchanged, so nothing is lost from state).
 */
import type { ObjectValue } from '../../src/tf/value.js';
import { ProviderHarness } from './provider-harness.js';

const NOT_CONFIGURED = /^ConductorOne Not Configured: This resource needs the ConductorOne API/;

const states: Record<string, { state: ObjectValue; config: ObjectValue; importId: string }> = {
  litmos_conductorone_app: {
    state: {
      id: 'app-1',
      display_name: 'Litmos',
      description: null,
      owner_user_ids: ['user-1'],
      create_time: '2026-01-01T00:00:00Z',
      update_time: '2026-01-01T00:00:00Z',
    },
    config: { display_name: 'Litmos renamed', description: 'd' },
    importId: 'app-1',
  },
  litmos_conductorone_connector: {
    state: {
      id: 'conn-1',
      app_id: 'app-1',
      user_ids: ['user-1'],
      source: 'acme',
      api_key: 'litmos-key-placeholder-unconf',
      api_key_wo: null,
      api_key_wo_version: null,
      course_ids: null,
      display_name: 'Litmos',
      create_time: '2026-01-01T00:00:00Z',
      update_time: '2026-01-01T00:00:00Z',
    },
    config: { app_id: 'app-1', source: 'other', api_key: 'litmos-key-placeholder-unconf' },
    importId: 'app-1/conn-1',
  },
  litmos_conductorone_baton_connector: {
    state: {
      id: 'conn-2',
      app_id: 'app-1',
      user_ids: ['user-1'],
      display_name: 'baton',
      description: null,
      create_time: '2026-01-01T00:00:00Z',
      update_time: '2026-01-01T00:00:00Z',
    },
    config: { app_id: 'app-1', display_name: 'baton renamed' },
    importId: 'app-1/conn-2',
  },
  litmos_conductorone_connector_credential: {
    state: {
      id: 'cred-1',
      app_id: 'app-1',
      connector_id: 'conn-2',
      rotation_triggers: null,
      client_id: 'client@example/ccc',
      client_secret: 'secret-token:placeholder-unconf',
      display_name: 'cred',
      create_time: '2026-01-01T00:00:00Z',
      expire_time: null,
      revision: 1767225600000,
    },
    config: { app_id: 'app-1', connector_id: 'conn-2' },
    importId: 'app-1/conn-2/cred-1',
  },
};

describe('ConductorOne resources when the provider has no ConductorOne settings', () => {
  let tf: ProviderHarness;

  beforeAll(async () => {
    const started = await ProviderHarness.start({});
    tf = started.harness;
  });

  describe.each(Object.keys(states))('%s', (typeName) => {
    const { state, config, importId } = states[typeName]!;

    test('a create fails with the not-configured error and makes nothing', async () => {
      const p = await tf.plan(typeName, config, null);
      expect(p.errors).toEqual([]);
      const a = await tf.apply(typeName, config, null, p.value.planned);
      expect(a.errors).toEqual([expect.stringMatching(NOT_CONFIGURED)]);
      expect(a.value.state).toBeNull();
    });

    test('a refresh keeps the state as it is, with the error', async () => {
      const r = await tf.read(typeName, state);
      expect(r.errors).toEqual([expect.stringMatching(NOT_CONFIGURED)]);
      expect(r.value).toEqual(state);
    });

    test('a destroy fails with the error', async () => {
      const a = await tf.apply(typeName, null, state, null);
      expect(a.errors).toEqual([expect.stringMatching(NOT_CONFIGURED)]);
    });

    test('an import fails with the error and imports nothing', async () => {
      const i = await tf.importState(typeName, importId);
      expect(i.errors).toEqual([expect.stringMatching(NOT_CONFIGURED)]);
      expect(i.value).toBeNull();
    });
  });

  // The credential has no in-place update: every configurable attribute replaces it.
  test.each(Object.keys(states).filter((t) => t !== 'litmos_conductorone_connector_credential'))(
    '%s: an update keeps the prior state, with the error',
    async (typeName) => {
      const { state, config } = states[typeName]!;
      const p = await tf.plan(typeName, config, state);
      expect(p.errors).toEqual([]);
      const a = await tf.apply(typeName, config, state, p.value.planned);
      expect(a.errors).toEqual([expect.stringMatching(NOT_CONFIGURED)]);
      expect(a.value.state).toEqual(state);
    },
  );
});
