/**
 * The connector resource is right whether ConductorOne merges a config update key by key (the
 * simulator's default, facts §2.6) or replaces the configuration whole: clearing `course_ids`
 * clears the server's course list, keeps the key, and leaves no permanent diff.
 */
import { startConductorOneSimulator, type ConfigMerge } from '../../src/simulators/conductorone/index.js';
import { ProviderHarness, type Attrs } from './provider-harness.js';

const KEY = 'litmos-key-merge-0001';

describe.each<ConfigMerge>(['per-key', 'replace'])('connector config updates, %s server', (configMerge) => {
  test('clearing course_ids clears them on the server and keeps the key', async () => {
    const sim = await startConductorOneSimulator({ configMerge });
    try {
      const started = await ProviderHarness.start({
        conductorone_server_url: sim.serverUrl,
        conductorone_client_id: sim.clientId,
        conductorone_client_secret: sim.clientSecret,
      });
      expect(started.errors).toEqual([]);
      const tf = started.harness;
      const app = await tf.converge('litmos_conductorone_app', { display_name: 'Litmos' }, null);
      const config = (over: Attrs): Attrs => ({ app_id: app!.id, source: 'acme', api_key: KEY, ...over });
      const created = await tf.converge(
        'litmos_conductorone_connector',
        config({ course_ids: ['1', '2'] }),
        null,
      );
      const stored = () => sim.store.connectors.get(String(created?.id))!.configuration;
      expect(stored().litmos_course_ids).toBe('1,2');

      const cleared = await tf.converge('litmos_conductorone_connector', config({}), created);
      expect(cleared?.course_ids).toBeNull();
      expect(stored().litmos_course_ids ?? '').toBe('');
      expect(stored().litmos_api_key === KEY).toBe(true);
      expect(stored().litmos_source).toBe('acme');

      const refreshed = await tf.read('litmos_conductorone_connector', cleared!);
      const again = await tf.plan('litmos_conductorone_connector', config({}), refreshed.value);
      expect(again.value.planned).toEqual(refreshed.value);
    } finally {
      await sim.close();
    }
  });
});
