/**
 * `LitmosConductorOneIntegration`: a whole Litmos + ConductorOne integration in one construct.
 * Litmos users with their access levels, their team memberships (teams looked up by name) and
 * course assignments (courses by ID or name); the ConductorOne app (new or existing); and the
 * Litmos connector, either cloud-hosted by ConductorOne or self-hosted in Kubernetes.
 * The HCL equivalent is `examples/terraform/main.tf`.
 */
import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { User } from './.gen/providers/litmos/user/index.js';
import {
  CloudHostedLitmosConnector,
  ConductorOneLitmosApp,
  type ApiKeyDelivery,
  type ConductorOneAppSpec,
} from './connector.js';
import { LitmosCourse, type CourseRef } from './course.js';
import { Problems } from './errors.js';
import type { SecretValue } from './secret.js';
import { SelfHostedLitmosConnector } from './self-hosted.js';
import type { SelfHostedSettings } from './self-hosted-spec.js';
import type { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider/index.js';
import { LitmosTeam } from './team.js';
import {
  ACCESS_LEVELS,
  isAccessLevel,
  isTeamRole,
  TEAM_ROLES,
  type AccessLevel,
  type TeamRole,
} from './vocabulary.js';

/** A team membership: the team's exact name, and the role in it. */
export interface TeamMembershipSpec {
  readonly team: string;
  /** @default 'member' */
  readonly role?: TeamRole;
}

/** One Litmos user managed by the integration. */
export interface LitmosPersonSpec {
  /** Litmos username (usually the e-mail address); unique, case-insensitively. */
  readonly username: string;
  readonly firstName: string;
  readonly lastName: string;
  /** @default - the username */
  readonly email?: string;
  /** @default 'Learner' */
  readonly accessLevel?: AccessLevel;
  /** @default - not managed (Okta or an administrator may own it) */
  readonly jobTitle?: string;
  /** Teams, by exact name (a bare name means role `member`). @default - none */
  readonly teams?: readonly (string | TeamMembershipSpec)[];
  /** Courses to assign, by ID or exact name. @default - none */
  readonly courses?: readonly CourseRef[];
}

/** The ConductorOne connector runs in ConductorOne's cloud. */
export interface CloudHosting {
  readonly kind: 'cloud';
  /** @default 'write-only' */
  readonly apiKeyDelivery?: ApiKeyDelivery;
  /** Bump to send a rotated key with write-only delivery. @default 1 */
  readonly apiKeyVersion?: number;
}

/** The connector runs in your Kubernetes cluster (baton-litmos). */
export interface SelfHosting extends SelfHostedSettings {
  readonly kind: 'self-hosted';
  /** The ConductorOne connector client ID (`BATON_CLIENT_ID`). */
  readonly conductorOneClientId: SecretValue;
  /** The ConductorOne connector client secret (`BATON_CLIENT_SECRET`). */
  readonly conductorOneClientSecret: SecretValue;
  /** Bump to push rotated values into the Secret. @default 1 */
  readonly secretRevision?: number;
  /** @default - the stack's default kubernetes provider */
  readonly kubernetesProvider?: KubernetesProvider;
}

export interface LitmosConductorOneIntegrationProps {
  /** The ConductorOne app: `{ displayName, … }` to create one, `{ existingAppId }` to use one. */
  readonly conductorOneApp: ConductorOneAppSpec;
  /** ConductorOne user IDs of the connector owners. @default - the calling identity */
  readonly connectorOwnerUserIds?: readonly string[];
  /** The Litmos source: the Litmos account name. */
  readonly litmosSource: string;
  /** The Litmos API key the connector uses (a sensitive variable or another reference). */
  readonly litmosApiKey: SecretValue;
  /** Courses the connector syncs, by ID or exact name. @default - all courses */
  readonly syncCourses?: readonly CourseRef[];
  /** The Litmos users to manage. @default - none */
  readonly people?: readonly LitmosPersonSpec[];
  /** @default { kind: 'cloud' } */
  readonly hosting?: CloudHosting | SelfHosting;
}

export class LitmosConductorOneIntegration extends Construct {
  /** Users by username. */
  readonly users = new Map<string, User>();
  /** Teams by name. */
  readonly teams = new Map<string, LitmosTeam>();
  /** Courses by `id:<id>` or `name:<name>`. */
  readonly courses = new Map<string, LitmosCourse>();
  readonly app: ConductorOneLitmosApp;
  /** The cloud-hosted connector, when `hosting.kind` is `cloud`. */
  readonly cloudConnector?: CloudHostedLitmosConnector;
  /** The Kubernetes Secret and Deployment, when `hosting.kind` is `self-hosted`. */
  readonly selfHostedConnector?: SelfHostedLitmosConnector;

  constructor(scope: Construct, id: string, props: LitmosConductorOneIntegrationProps) {
    super(scope, id);
    validate(props).throwIfAny(this);

    (props.people ?? []).forEach((person, index) => {
      const key = Token.isUnresolved(person.username) ? `#${index}` : person.username;
      const user = new User(this, `User-${key}`, {
        username: person.username,
        email: person.email ?? person.username,
        firstName: person.firstName,
        lastName: person.lastName,
        accessLevel: person.accessLevel ?? 'Learner',
        jobTitle: person.jobTitle,
      });
      this.users.set(key, user);
      for (const m of person.teams ?? []) {
        const spec = typeof m === 'string' ? { team: m } : m;
        this.team(spec.team).addMember(key, user.id, { role: spec.role });
      }
      for (const c of person.courses ?? []) this.course(c).assignTo(key, user.id);
    });

    this.app = new ConductorOneLitmosApp(this, 'App', { app: props.conductorOneApp });
    const courseIds = (props.syncCourses ?? []).map((c) => this.course(c).courseId);
    const hosting = props.hosting ?? { kind: 'cloud' };
    if (hosting.kind === 'cloud') {
      this.cloudConnector = new CloudHostedLitmosConnector(this, 'Connector', {
        appId: this.app.appId,
        litmosSource: props.litmosSource,
        litmosApiKey: props.litmosApiKey,
        apiKeyDelivery: hosting.apiKeyDelivery,
        apiKeyVersion: hosting.apiKeyVersion,
        courseIds,
        ownerUserIds: props.connectorOwnerUserIds,
      });
    } else {
      this.selfHostedConnector = new SelfHostedLitmosConnector(this, 'SelfHosted', {
        image: hosting.image,
        namespace: hosting.namespace,
        name: hosting.name,
        conductorOneClientId: hosting.conductorOneClientId,
        conductorOneClientSecret: hosting.conductorOneClientSecret,
        litmosApiKey: props.litmosApiKey,
        litmosSource: props.litmosSource,
        courseIds,
        secretRevision: hosting.secretRevision,
        kubernetesProvider: hosting.kubernetesProvider,
      });
    }
  }

  /** Litmos user IDs by username (tokens until apply). */
  get userIds(): Record<string, string> {
    return Object.fromEntries([...this.users].map(([k, u]) => [k, u.id]));
  }

  private team(name: string): LitmosTeam {
    let team = this.teams.get(name);
    if (!team) {
      team = new LitmosTeam(this, `Team-${meaningfulId(name, this.teams.size)}`, { name });
      this.teams.set(name, team);
    }
    return team;
  }

  private course(ref: CourseRef): LitmosCourse {
    const key = 'id' in ref ? `id:${ref.id}` : `name:${ref.name}`;
    let course = this.courses.get(key);
    if (!course) {
      const id =
        'id' in ref
          ? `CourseId-${meaningfulId(ref.id, this.courses.size)}`
          : `Course-${meaningfulId(ref.name, this.courses.size)}`;
      course = new LitmosCourse(this, id, { course: ref });
      this.courses.set(key, course);
    }
    return course;
  }
}

/**
 * A construct id part taken from what a thing is (a team name, a course name or ID), so that its
 * Terraform address does not move when the inputs are reordered. Tokens have no text yet: they
 * fall back to the order of first appearance.
 */
function meaningfulId(text: string, position: number): string {
  return Token.isUnresolved(text) ? `#${position}` : text;
}

/** Every problem in the props, collected (tokens are never checked). */
function validate(props: LitmosConductorOneIntegrationProps): Problems {
  const problems = new Problems();
  const known = (v: string | undefined): v is string => v !== undefined && !Token.isUnresolved(v);
  if (known(props.litmosSource) && props.litmosSource.trim() === '') {
    problems.add('litmosSource must not be empty (it is the name of the Litmos account)');
  }
  const seen = new Map<string, number>();
  (props.people ?? []).forEach((p, i) => {
    const who = known(p.username) ? `people[${i}] (${p.username})` : `people[${i}]`;
    if (known(p.username)) {
      const folded = p.username.trim().toLowerCase();
      if (folded === '') problems.add(`${who}: username must not be empty`);
      const first = seen.get(folded);
      if (first !== undefined) {
        problems.add(
          `${who}: duplicate username, already used by people[${first}] (Litmos usernames ignore case)`,
        );
      } else seen.set(folded, i);
    }
    if (known(p.accessLevel) && !isAccessLevel(p.accessLevel)) {
      problems.add(`${who}: unknown access level "${p.accessLevel}" (use ${ACCESS_LEVELS.join(', ')})`);
    }
    for (const field of ['firstName', 'lastName'] as const) {
      if (known(p[field]) && p[field].trim() === '') problems.add(`${who}: ${field} must not be empty`);
    }
    const teams = new Set<string>();
    for (const m of p.teams ?? []) {
      const spec = typeof m === 'string' ? { team: m } : m;
      if (known(spec.team) && spec.team.trim() === '') problems.add(`${who}: a team name must not be empty`);
      if (teams.has(spec.team)) problems.add(`${who}: team "${spec.team}" is listed twice`);
      teams.add(spec.team);
      if (spec.role !== undefined && !isTeamRole(spec.role)) {
        problems.add(
          `${who}: unknown role "${String(spec.role)}" in team "${spec.team}" (use ${TEAM_ROLES.join(', ')})`,
        );
      }
    }
  });
  return problems;
}
