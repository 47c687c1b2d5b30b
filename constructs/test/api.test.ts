/**
 * The construct API next to well-known construct libraries: `LitmosUser`, look-ups named
 * `fromName`/`fromId`/`fromUsername`, members and assignments that take users (no invented ids),
 * escape hatches, and an integration split across stacks (Litmos in one, Kubernetes in another)
 * with cross-stack references.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TerraformStack, Testing } from 'cdktf';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider/index.js';
import {
  LitmosConductorOneIntegration,
  LitmosConnectorHosting,
  LitmosConstructError,
  LitmosCourse,
  LitmosTeam,
  LitmosUser,
  provider,
} from '../src/index.js';
import { SelfHostedLitmosConnector } from '../src/self-hosted-entry.js';
import { blocks, secretVariable, synth } from './helpers.js';

describe('LitmosUser, LitmosTeam and LitmosCourse', () => {
  const built = synth((stack) => {
    const ada = new LitmosUser(stack, 'Ada', {
      username: 'ada@example.com',
      firstName: 'Ada',
      lastName: 'Lovelace',
      accessLevel: 'Administrator',
    });
    ada.resource.addOverride('job_title', 'Analyst'); // escape hatch: the generated resource
    const grace = LitmosUser.fromUsername(stack, 'Grace', 'grace@example.com');
    const alan = LitmosUser.fromId(stack, 'Alan', 'user-7');
    const eng = LitmosTeam.fromName(stack, 'Engineering', 'Engineering');
    eng.addMember(ada, { role: 'leader' });
    eng.addMember(grace);
    LitmosTeam.fromId(stack, 'Sales', 'team-9').addMember(alan);
    LitmosCourse.fromName(stack, 'Security', 'Security Awareness').assignTo(ada);
    LitmosCourse.fromId(stack, 'Onboarding', 'course-3').assignTo(alan, { sendMessage: true });
  });
  const { json } = built;

  test('new LitmosUser creates a litmos_user, defaulting email to the username', () => {
    expect(blocks(json, 'litmos_user')).toEqual([
      expect.objectContaining({
        username: 'ada@example.com',
        email: 'ada@example.com',
        access_level: 'Administrator',
        job_title: 'Analyst',
      }),
    ]);
  });

  test('fromUsername and fromName look up; fromId references', () => {
    expect(Object.values(json.data?.litmos_user ?? {})).toEqual([
      expect.objectContaining({ username: 'grace@example.com' }),
    ]);
    expect(Object.values(json.data?.litmos_team ?? {})).toEqual([
      expect.objectContaining({ name: 'Engineering' }),
    ]);
    expect(Object.values(json.data?.litmos_course ?? {})).toEqual([
      expect.objectContaining({ name: 'Security Awareness' }),
    ]);
  });

  test('addMember and assignTo take users and wire their IDs', () => {
    const members = blocks(json, 'litmos_team_member');
    expect(members).toHaveLength(3);
    expect(members).toContainEqual(
      expect.objectContaining({ role: 'leader', user_id: expect.stringMatching(/^\$\{litmos_user\./) }),
    );
    expect(members).toContainEqual(
      expect.objectContaining({ user_id: expect.stringMatching(/^\$\{data\.litmos_user\./) }),
    );
    expect(members).toContainEqual(expect.objectContaining({ team_id: 'team-9', user_id: 'user-7' }));
    expect(blocks(json, 'litmos_course_assignment')).toContainEqual(
      expect.objectContaining({ course_id: 'course-3', user_id: 'user-7', send_message: true }),
    );
  });

  test('adding the same user twice names the team and the user', () => {
    expect(() =>
      synth((stack) => {
        const team = LitmosTeam.fromName(stack, 'Ops', 'Ops');
        const u = LitmosUser.fromId(stack, 'Bob', 'u-1');
        team.addMember(u);
        team.addMember(u);
      }),
    ).toThrow(/\[.*\/Ops\][\s\S]*user "Bob" is added to team "Ops" twice/);
  });

  test('addMember refuses something that is not a user (JavaScript callers)', () => {
    expect(() =>
      synth((stack) => LitmosTeam.fromName(stack, 'Ops', 'Ops').addMember('u-1' as never)),
    ).toThrow(LitmosConstructError);
  });
});

describe('an integration split across stacks', () => {
  test('Litmos in one stack, the Kubernetes connector in another, joined by cross-stack references', () => {
    const app = Testing.app();
    const litmos = new TerraformStack(app, 'litmos');
    new provider.LitmosProvider(litmos, 'litmos', {});
    const integration = new LitmosConductorOneIntegration(litmos, 'Litmos', {
      connector: LitmosConnectorHosting.none(),
      syncCourses: [{ name: 'Security Awareness' }],
      people: [{ username: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' }],
    });
    const cluster = new TerraformStack(app, 'cluster');
    new KubernetesProvider(cluster, 'kubernetes', {});
    new provider.LitmosProvider(cluster, 'litmos', {});
    new SelfHostedLitmosConnector(cluster, 'Baton', {
      image: 'baton-litmos:1',
      conductorOneApp: { displayName: 'Litmos' },
      litmosApiKey: secretVariable(cluster, 'litmos_api_key'),
      litmosSource: 'acme',
      syncCourseIds: integration.syncCourseIds,
    });
    app.synth(); // runs cdktf's validations, ours included

    const read = (name: string) =>
      JSON.parse(readFileSync(join(app.outdir, 'stacks', name, 'cdk.tf.json'), 'utf8')) as {
        output?: Record<string, unknown>;
        data?: Record<string, unknown>;
        resource: Record<string, Record<string, unknown>>;
      };
    const clusterJson = read('cluster');
    expect(Object.keys(clusterJson.data ?? {})).toContain('terraform_remote_state');
    expect(JSON.stringify(clusterJson.resource.kubernetes_secret_v1)).toMatch(
      /BATON_LIMITED_COURSES[^}]*data\.terraform_remote_state/,
    );
    expect(Object.keys(read('litmos').output ?? {}).length).toBeGreaterThan(0);
    const manifest = JSON.parse(readFileSync(join(app.outdir, 'manifest.json'), 'utf8')) as {
      stacks: Record<string, { dependencies: string[] }>;
    };
    expect(manifest.stacks.cluster?.dependencies).toEqual(['litmos']);
  });
});

test('look-ups expose their data source as an escape hatch', () => {
  synth((stack) => {
    const team = LitmosTeam.fromName(stack, 'Ops', 'Ops');
    expect(team.lookup?.nameInput).toBe('Ops');
    expect(LitmosTeam.fromId(stack, 'Sales', 't-1').lookup).toBeUndefined();
    expect(LitmosCourse.fromName(stack, 'C', 'Onboarding').lookup?.nameInput).toBe('Onboarding');
    expect(LitmosUser.fromUsername(stack, 'U', 'bob@example.com').lookup?.usernameInput).toBe(
      'bob@example.com',
    );
  });
});

test('props renamed since 0.1 are reported, not silently ignored (JavaScript callers)', () => {
  expect(() =>
    synth(
      (stack) =>
        new LitmosConductorOneIntegration(stack, 'Litmos', {
          conductorOneApp: { displayName: 'Litmos' },
          litmosSource: 'acme',
          litmosApiKey: secretVariable(stack, 'key'),
          hosting: { kind: 'cloud' },
          connectorOwnerUserIds: ['u-1'],
        } as never),
    ),
  ).toThrow(/hosting was renamed: connector: [\s\S]*connectorOwnerUserIds was renamed/);
});
