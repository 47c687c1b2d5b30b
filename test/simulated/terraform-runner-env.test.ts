/**
 * Every terraform the tests and the demo start sees the same environment on every machine: a
 * developer's own Litmos key, TF_LOG or plugin settings never reach it; what the run sets does.
 */
import { TerraformWorkdir } from '../../scripts/terraform-runner.js';

describe('the environment of a terraform started by the tests', () => {
  const planted: Record<string, string> = {
    LITMOS_API_KEY: 'developer-own-key',
    CONDUCTORONE_CLIENT_SECRET: 'developer-own-secret',
    TF_LOG: 'trace',
    TF_PLUGIN_CACHE_DIR: '/tmp/developer-cache',
    tf_reattach_providers: '{}',
  };
  const saved: Record<string, string | undefined> = {};

  beforeAll(() => {
    for (const [name, value] of Object.entries(planted)) {
      saved[name] = process.env[name];
      process.env[name] = value;
    }
  });
  afterAll(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  test("drops the developer's Litmos, ConductorOne and TF_* variables, keeps PATH and what the run sets", async () => {
    // `env` stands in for terraform: it prints the environment it was given.
    const wd = new TerraformWorkdir('env', { LITMOS_SOURCE: 'from-the-test' });
    try {
      const { code, stdout } = await wd.run([], { TF_LOG: 'error' });
      expect(code).toBe(0);
      const seen = new Map(
        stdout
          .split('\n')
          .filter((line) => line.includes('='))
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      );
      expect(seen.get('PATH')).toBe(process.env.PATH);
      expect(seen.get('LITMOS_SOURCE')).toBe('from-the-test');
      expect(seen.get('TF_LOG')).toBe('error');
      expect(seen.get('TF_CLI_CONFIG_FILE')).toBe(`${wd.dir}/.terraformrc`);
      for (const name of [
        'LITMOS_API_KEY',
        'CONDUCTORONE_CLIENT_SECRET',
        'TF_PLUGIN_CACHE_DIR',
        'tf_reattach_providers',
      ]) {
        expect([name, seen.has(name)]).toEqual([name, false]);
      }
    } finally {
      wd.remove();
    }
  });
});
