import {
  buildLitmosConnectorConfig,
  ENV_CONFIG_TYPE,
  parseLitmosConnectorConfig,
  type LitmosConnectorSettings,
} from './litmos-config.js';

describe('buildLitmosConnectorConfig', () => {
  it('wraps each set value as a stringValue and joins course IDs with commas', () => {
    expect(buildLitmosConnectorConfig({ source: 'acme', apiKey: 'k', courseIds: ['123', '456'] })).toEqual({
      '@type': ENV_CONFIG_TYPE,
      configuration: {
        litmos_source: { stringValue: 'acme' },
        litmos_api_key: { stringValue: 'k' },
        litmos_course_ids: { stringValue: '123,456' },
      },
    });
  });

  it('keeps empty strings for source and key but drops an empty course list', () => {
    expect(buildLitmosConnectorConfig({ source: '', apiKey: '', courseIds: [] })?.configuration).toEqual({
      litmos_source: { stringValue: '' },
      litmos_api_key: { stringValue: '' },
    });
  });

  it.each<LitmosConnectorSettings>([{}, { courseIds: [] }])(
    'returns undefined when nothing is set (%j)',
    (settings) => {
      expect(buildLitmosConnectorConfig(settings)).toBeUndefined();
    },
  );
});

describe('parseLitmosConnectorConfig', () => {
  it('reads source and course IDs, splitting, trimming and dropping blanks', () => {
    expect(
      parseLitmosConnectorConfig({
        '@type': ENV_CONFIG_TYPE,
        configuration: {
          litmos_source: { stringValue: 'acme' },
          litmos_course_ids: { stringValue: ' 1, 2,,3 ' },
          litmos_api_key: { stringValue: 'should-not-surface' },
        },
      }),
    ).toEqual({ source: 'acme', courseIds: ['1', '2', '3'] });
  });

  it('never returns the API key, even when the server sends it', () => {
    const parsed = parseLitmosConnectorConfig({
      '@type': ENV_CONFIG_TYPE,
      configuration: { litmos_api_key: { stringValue: 'leaked' } },
    });
    expect(JSON.stringify(parsed)).not.toContain('leaked');
  });

  it('accepts the older plain-string values', () => {
    expect(
      parseLitmosConnectorConfig({ '@type': ENV_CONFIG_TYPE, configuration: { litmos_source: 'old' } }),
    ).toEqual({
      source: 'old',
    });
  });

  it.each([null, undefined, {}, { '@type': 'type.googleapis.com/other.Config', configuration: {} }, 'text'])(
    'treats %j as holding nothing',
    (config) => {
      expect(parseLitmosConnectorConfig(config)).toEqual({});
    },
  );

  it('round-trips what it builds, minus the key', () => {
    const built = buildLitmosConnectorConfig({ source: 's', apiKey: 'k', courseIds: ['9'] });
    expect(parseLitmosConnectorConfig(built)).toEqual({ source: 's', courseIds: ['9'] });
  });
});
