/** LitmosConductorOneIntegration, synthesized without terraform. */
import { TerraformStack, TerraformVariable } from 'cdktf';
import { SecretV1 } from '@cdktf/provider-kubernetes/lib/secret-v1/index.js';
import { DeploymentV1 } from '@cdktf/provider-kubernetes/lib/deployment-v1/index.js';
import { SelfHostedConnectorHosting } from '../src/self-hosted-entry.js';
import {
  conductoroneApp,
  conductoroneConnector,
  courseAssignment,
  dataLitmosCourse,
  dataLitmosTeam,
  LitmosConductorOneIntegration,
  LitmosConstructError,
  provider,
  LitmosConnectorHosting,
  LitmosSecret,
  teamMember,
  user,
  type LitmosConductorOneIntegrationProps,
  type LitmosPersonSpec,
} from '../src/index.js';
import { blocks, secretVariable, synth } from './helpers.js';

const people: LitmosPersonSpec[] = [
  {
    username: 'ada@example.com',
    firstName: 'Ada',
    lastName: 'Lovelace',
    accessLevel: 'Administrator',
    jobTitle: 'Analyst',
    teams: ['Engineering'],
    courses: [{ name: 'Security Awareness' }],
  },
  {
    username: 'grace@example.com',
    firstName: 'Grace',
    lastName: 'Hopper',
    teams: [{ team: 'Engineering', role: 'leader' }],
    courses: [{ name: 'Security Awareness' }, { id: 'course-42' }],
  },
];

function integration(
  stack: TerraformStack,
  overrides: Partial<LitmosConductorOneIntegrationProps> = {},
): LitmosConductorOneIntegration {
  new provider.LitmosProvider(stack, 'litmos', {});
  return new LitmosConductorOneIntegration(stack, 'Litmos', {
    conductorOneApp: { displayName: 'Litmos', description: 'SAP Litmos' },
    connector: LitmosConnectorHosting.cloud({ ownerUserIds: ['c1-owner-1'] }),
    litmosSource: 'acme',
    litmosApiKey: secretVariable(stack, 'litmos_api_key'),
    syncCourses: [{ name: 'Security Awareness' }],
    people,
    ...overrides,
  });
}

describe('LitmosConductorOneIntegration (cloud-hosted)', () => {
  const { text, json } = synth((stack) => integration(stack));

  test('creates one litmos_user per person with the access level, defaulting to Learner', () => {
    expect(text).toHaveResourceWithProperties(user.User, {
      username: 'ada@example.com',
      email: 'ada@example.com',
      first_name: 'Ada',
      access_level: 'Administrator',
      job_title: 'Analyst',
    });
    expect(text).toHaveResourceWithProperties(user.User, {
      username: 'grace@example.com',
      access_level: 'Learner',
    });
    expect(blocks(json, 'litmos_user')).toHaveLength(2);
  });

  test('looks each team up once by name and adds the members with their roles', () => {
    expect(text).toHaveDataSourceWithProperties(dataLitmosTeam.DataLitmosTeam, { name: 'Engineering' });
    expect(Object.keys(json.data?.litmos_team ?? {})).toHaveLength(1);
    const roles = blocks(json, 'litmos_team_member').map((m) => m.role);
    expect(roles.sort()).toEqual(['leader', 'member']);
    expect(text).toHaveResourceWithProperties(teamMember.TeamMember, {
      team_id: expect.stringMatching(/^\$\{data\.litmos_team\..+\.id\}$/),
    });
  });

  test('assigns courses by name (one lookup) and by ID', () => {
    expect(Object.keys(json.data?.litmos_course ?? {})).toHaveLength(1);
    expect(text).toHaveDataSourceWithProperties(dataLitmosCourse.DataLitmosCourse, {
      name: 'Security Awareness',
    });
    const courseIds = blocks(json, 'litmos_course_assignment').map((a) => a.course_id);
    expect(courseIds).toHaveLength(3);
    expect(courseIds).toContain('course-42');
    expect(text).toHaveResourceWithProperties(courseAssignment.CourseAssignment, {
      user_id: expect.stringMatching(/^\$\{litmos_user\..+\.id\}$/),
    });
  });

  test('creates the app and a connector that gets the key write-only from the variable', () => {
    expect(text).toHaveResourceWithProperties(conductoroneApp.ConductoroneApp, {
      display_name: 'Litmos',
      description: 'SAP Litmos',
    });
    const [connector] = blocks(json, 'litmos_conductorone_connector');
    expect(connector).toMatchObject({
      source: 'acme',
      api_key_wo: '${var.litmos_api_key}',
      api_key_wo_version: 1,
      user_ids: ['c1-owner-1'],
      app_id: expect.stringMatching(/^\$\{litmos_conductorone_app\..+\.id\}$/),
      course_ids: [expect.stringMatching(/^\$\{data\.litmos_course\..+\.id\}$/)],
    });
    expect(connector).not.toHaveProperty('api_key');
    expect(json.variable?.litmos_api_key).toMatchObject({ sensitive: true, type: 'string' });
  });

  test('pins nothing literal about the provider but its source and constraint', () => {
    expect(json.terraform?.required_providers?.litmos).toEqual({
      source: 'litmos-oss/litmos',
      version: '~> 0.1',
    });
  });
});

describe('LitmosConductorOneIntegration addresses', () => {
  const addresses = (list: LitmosPersonSpec[]): string[] => {
    const { json } = synth((stack) => integration(stack, { people: list }));
    return [
      ...Object.entries(json.resource ?? {}).flatMap(([type, byName]) =>
        Object.keys(byName).map((name) => `${type}.${name}`),
      ),
      ...Object.entries(json.data ?? {}).flatMap(([type, byName]) =>
        Object.keys(byName).map((name) => `data.${type}.${name}`),
      ),
    ].sort();
  };

  test('are keyed by username, team name and course: reordering people moves nothing', () => {
    const more: LitmosPersonSpec[] = [
      ...people,
      {
        username: 'alan@example.com',
        firstName: 'Alan',
        lastName: 'Turing',
        teams: ['Sales'],
        courses: [{ id: 'c-7' }],
      },
    ];
    const forward = addresses(more);
    expect(forward.length).toBeGreaterThan(10);
    expect(addresses([...more].reverse())).toEqual(forward);
  });

  test('name the team and the course in the address', () => {
    const list = addresses(people);
    expect(list.some((a) => a.startsWith('data.litmos_team.') && a.includes('Team-Engineering'))).toBe(true);
    expect(
      list.some((a) => a.startsWith('data.litmos_course.') && a.includes('Course-SecurityAwareness')),
    ).toBe(true);
  });
});

describe('LitmosConductorOneIntegration options', () => {
  test('apiKeyDelivery "state" uses the sensitive api_key attribute instead', () => {
    const { text } = synth((stack) =>
      integration(stack, { connector: LitmosConnectorHosting.cloud({ apiKeyDelivery: 'state' }) }),
    );
    expect(text).toHaveResourceWithProperties(conductoroneConnector.ConductoroneConnector, {
      api_key: '${var.litmos_api_key}',
    });
    expect(text).not.toMatch(/api_key_wo/);
  });

  test('a rotated key bumps api_key_wo_version', () => {
    const { text } = synth((stack) =>
      integration(stack, { connector: LitmosConnectorHosting.cloud({ apiKeyVersion: 3 }) }),
    );
    expect(text).toHaveResourceWithProperties(conductoroneConnector.ConductoroneConnector, {
      api_key_wo_version: 3,
    });
  });

  test('an existing app is referenced, not created', () => {
    const { json } = synth((stack) => integration(stack, { conductorOneApp: { existingAppId: 'app-123' } }));
    expect(blocks(json, 'litmos_conductorone_app')).toHaveLength(0);
    expect(blocks(json, 'litmos_conductorone_connector')[0]).toMatchObject({ app_id: 'app-123' });
  });

  test('no people means only the ConductorOne side', () => {
    const { json } = synth((stack) => integration(stack, { people: [], syncCourses: [] }));
    expect(blocks(json, 'litmos_user')).toHaveLength(0);
    expect(blocks(json, 'litmos_conductorone_connector')[0]).not.toHaveProperty('course_ids');
  });
});

describe('validation at synth time', () => {
  const attempt = (overrides: Partial<LitmosConductorOneIntegrationProps>): LitmosConstructError => {
    try {
      synth((stack) => integration(stack, overrides));
    } catch (e: unknown) {
      if (e instanceof LitmosConstructError) return e;
      throw e;
    }
    throw new Error('expected a LitmosConstructError');
  };

  test('reports duplicate usernames (ignoring case) and unknown access levels and roles together', () => {
    const e = attempt({
      people: [
        { username: 'ada@example.com', firstName: 'Ada', lastName: 'L' },
        { username: 'ADA@example.com', firstName: 'Ada', lastName: 'L' },
        { username: 'bob@example.com', firstName: 'Bob', lastName: 'B', accessLevel: 'Admin' as never },
        {
          username: 'eve@example.com',
          firstName: 'Eve',
          lastName: 'E',
          teams: [{ team: 'Ops', role: 'boss' as never }],
        },
      ],
    });
    expect(e.constructPath).toMatch(/Litmos$/);
    expect(e.problems).toEqual([
      'people[1] (ADA@example.com): duplicate username, already used by people[0] (Litmos usernames ignore case)',
      'people[2] (bob@example.com): unknown access level "Admin" (use Learner, Team_Leader, Administrator, Account_Owner)',
      'people[3] (eve@example.com): unknown role "boss" in team "Ops" (use member, leader, admin)',
    ]);
    expect(e.message).toMatch(/^\[.*Litmos\] 3 problem\(s\)/);
  });

  test('reports an empty source and a team listed twice', () => {
    const e = attempt({
      litmosSource: ' ',
      people: [{ username: 'a@example.com', firstName: 'A', lastName: 'B', teams: ['Ops', 'Ops'] }],
    });
    expect(e.problems).toEqual([
      'litmosSource must not be empty (it is the name of the Litmos account)',
      'people[0] (a@example.com): team "Ops" is listed twice',
    ]);
  });

  test('does not check values that are only known at apply time', () => {
    expect(() =>
      synth((stack) => {
        const level = new TerraformVariable(stack, 'level', { type: 'string' });
        integration(stack, {
          people: [
            {
              username: 'a@example.com',
              firstName: 'A',
              lastName: 'B',
              accessLevel: level.stringValue as never,
            },
          ],
        });
      }),
    ).not.toThrow();
  });
});

describe('LitmosSecret', () => {
  test('refuses a literal string', () => {
    expect(() => LitmosSecret.fromToken('my-real-api-key')).toThrow(
      /plain string \(15 characters\), not a reference/,
    );
  });

  test('refuses a variable that is not sensitive', () => {
    expect(() =>
      synth((stack) => {
        LitmosSecret.fromVariable(new TerraformVariable(stack, 'plain', { type: 'string' }));
      }),
    ).toThrow(/not sensitive/);
  });
});

describe('LitmosConductorOneIntegration (self-hosted)', () => {
  const { text, json } = synth((stack) =>
    integration(stack, {
      connector: new SelfHostedConnectorHosting({ namespace: 'identity', ownerUserIds: ['user-1'] }),
      syncCourses: [{ id: 'c-1' }, { id: 'c-2' }],
    }),
  );

  test('puts a Baton connector with its owners and its credential on the app, then the Secret and Deployment', () => {
    expect(blocks(json, 'litmos_conductorone_app')).toHaveLength(1);
    expect(blocks(json, 'litmos_conductorone_baton_connector')[0]).toMatchObject({
      app_id: expect.stringMatching(/^\$\{litmos_conductorone_app\.\w+\.id\}$/),
      user_ids: ['user-1'],
    });
    expect(blocks(json, 'litmos_conductorone_connector_credential')).toHaveLength(1);
    expect(text).toHaveResourceWithProperties(SecretV1, { type: 'Opaque' });
    expect(text).toHaveResource(DeploymentV1);
  });

  test('the Secret holds the five keys, write-only, in the chosen namespace', () => {
    const [secret] = blocks(json, 'kubernetes_secret_v1');
    expect(secret).toMatchObject({
      metadata: { name: 'baton-litmos-secrets', namespace: 'identity' },
      data_wo: {
        BATON_CLIENT_ID: expect.stringMatching(/litmos_conductorone_connector_credential\.\w+\.client_id/),
        BATON_CLIENT_SECRET: expect.stringMatching(
          /litmos_conductorone_connector_credential\.\w+\.client_secret/,
        ),
        BATON_API_KEY: '${var.litmos_api_key}',
        BATON_SOURCE: 'acme',
        BATON_LIMITED_COURSES: 'c-1,c-2',
      },
    });
    expect(secret).not.toHaveProperty('data');
  });

  test('creates no cloud-hosted connector', () => {
    expect(blocks(json, 'litmos_conductorone_connector')).toHaveLength(0);
  });

  test('rejects a namespace that is not a Kubernetes name', () => {
    expect(() =>
      synth((stack) =>
        integration(stack, { connector: new SelfHostedConnectorHosting({ namespace: 'Identity_Team' }) }),
      ),
    ).toThrow(/selfHosted\.namespace "Identity_Team" is not a valid Kubernetes name/);
  });
});
