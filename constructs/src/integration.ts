/**
 * `LitmosConductorOneIntegration`: a whole Litmos + ConductorOne integration in one construct.
 * Litmos users with their access levels, their team memberships (teams looked up by name, or
 * `LitmosTeam`s created or looked up by the caller) and
 * course assignments (courses by ID or name); optionally the complete set of Administrators
 * (`administrators`, built from the people's access levels); the ConductorOne app (new or existing); and the
 * Litmos connector: cloud-hosted by ConductorOne (default), self-hosted in Kubernetes
 * (`SelfHostedConnectorHosting` from `@litmos-oss/cdktf-litmos/self-hosted`), or none.
 * The HCL equivalent is `examples/terraform/main.tf`.
 *
 * Construct ids, and so Terraform addresses, come from what things are: users by username, teams
 * by name, courses by name or ID. Reordering `people` moves nothing.
 */
import { Construct, type IConstruct } from 'constructs';
import { Token } from 'cdktf';
import { Administrators } from './.gen/providers/litmos/administrators/index.js';
import { CloudHostedLitmosConnector, ConductorOneLitmosApp, type ConductorOneAppSpec } from './connector.js';
import { LitmosCourse, type CourseRef, type ILitmosCourse } from './course.js';
import { Problems } from './errors.js';
import { isConnectorHosting, LitmosConnectorHosting, type ILitmosConnectorHosting } from './hosting.js';
import { secretPropProblems, type LitmosSecret } from './secret.js';
import { LitmosTeam, type ILitmosTeam } from './team.js';
import { LitmosUser, type LitmosUserProps } from './user.js';
import {
  ACCESS_LEVELS,
  DEMOTION_LEVELS,
  isAccessLevel,
  isDemotionLevel,
  isTeamRole,
  TEAM_ROLES,
  type DemotionLevel,
  type TeamRole,
} from './vocabulary.js';

/** A team membership: the team (its exact name, or a `LitmosTeam`), and the role in it. */
export interface TeamMembershipSpec {
  /** The team's exact name (looked up), or a team: `new LitmosTeam(...)`, `fromName`, `fromId`. */
  readonly team: string | ILitmosTeam;
  /** @default 'member' */
  readonly role?: TeamRole;
}

/** One Litmos user managed by the integration: a `LitmosUser`'s props, teams and courses. */
export interface LitmosPersonSpec extends LitmosUserProps {
  /**
   * Teams, by exact name or as a `LitmosTeam` (a bare name or team means role `member`).
   * @default - none
   */
  readonly teams?: readonly (string | ILitmosTeam | TeamMembershipSpec)[];
  /** Courses to assign, by ID or exact name. @default - none */
  readonly courses?: readonly CourseRef[];
}

/**
 * The complete set of Litmos Administrators (`litmos_administrators`): the people whose
 * `accessLevel` is `Administrator`, and `otherUserIds`. Anyone else found holding Administrator
 * is demoted to `demoteTo` by the apply and named in the plan (`demotions`); Account Owners are
 * never demoted. Built from `people`, the set always agrees with their access levels, which the
 * provider requires (a disagreeing pair is a plan error).
 */
export interface LitmosAdministratorSetSpec {
  /** The access level given to anyone else found holding Administrator. */
  readonly demoteTo: DemotionLevel;
  /**
   * Litmos user IDs of Administrators who are not among `people` (managed elsewhere, or by hand).
   * @default - none
   */
  readonly otherUserIds?: readonly string[];
  /**
   * ID of the user who owns the provider's API key, when that user is an Administrator: a plan
   * that would demote them is refused. (Account Owners are never demoted anyway.)
   * @default - not named
   */
  readonly apiKeyOwnerId?: string;
}

export interface LitmosConductorOneIntegrationProps {
  /**
   * The ConductorOne app: `{ displayName, … }` to create one, `{ existingAppId }` to use one.
   * Required unless the connector is `LitmosConnectorHosting.none()`.
   * @default - no app
   */
  readonly conductorOneApp?: ConductorOneAppSpec;
  /** The Litmos source: the Litmos account name. Required with a connector. @default - none */
  readonly litmosSource?: string;
  /**
   * The Litmos API key the connector uses (a `LitmosSecret`: a sensitive variable or another
   * reference, never a literal). Required with a connector.
   * @default - none
   */
  readonly litmosApiKey?: LitmosSecret;
  /** Courses the connector syncs, by ID or exact name. @default - all courses */
  readonly syncCourses?: readonly CourseRef[];
  /** The Litmos users to manage. @default - none */
  readonly people?: readonly LitmosPersonSpec[];
  /**
   * Manage who holds Administrator, authoritatively (see `LitmosAdministratorSetSpec`).
   * @default - not managed: Administrators outside `people` are left alone
   */
  readonly administrators?: LitmosAdministratorSetSpec;
  /**
   * Where the connector runs.
   * @default LitmosConnectorHosting.cloud()
   */
  readonly connector?: ILitmosConnectorHosting;
}

export class LitmosConductorOneIntegration extends Construct {
  /** Users by username. */
  readonly users = new Map<string, LitmosUser>();
  /** Teams looked up by name (teams passed as a `LitmosTeam` are not repeated here). */
  readonly teams = new Map<string, ILitmosTeam>();
  /** Courses by `id:<id>` or `name:<name>`. */
  readonly courses = new Map<string, ILitmosCourse>();
  /** The ConductorOne app, when `conductorOneApp` is given. */
  readonly app?: ConductorOneLitmosApp;
  /** The connector construct, unless the hosting is `none`. */
  readonly connector?: IConstruct;
  /** Litmos course IDs the connector syncs (tokens for courses named), e.g. for a connector in another stack. */
  readonly syncCourseIds: readonly string[];
  /** The `litmos_administrators` resource, when `administrators` is given. */
  readonly administrators?: Administrators;

  constructor(scope: Construct, id: string, props: LitmosConductorOneIntegrationProps) {
    super(scope, id);
    const hosting = props.connector ?? LitmosConnectorHosting.cloud();
    validate(props, hosting).throwIfAny(this);

    const administratorIds: string[] = [];
    (props.people ?? []).forEach((person, index) => {
      const key = Token.isUnresolved(person.username) ? `#${index}` : person.username;
      const user = new LitmosUser(this, `User-${key}`, person);
      this.users.set(key, user);
      if (person.accessLevel === 'Administrator') administratorIds.push(user.userId);
      for (const m of person.teams ?? []) {
        const spec = membership(m);
        this.team(spec.team).addMember(user, { role: spec.role });
      }
      for (const c of person.courses ?? []) this.course(c).assignTo(user);
    });

    if (props.administrators) {
      this.administrators = new Administrators(this, 'Administrators', {
        userIds: [...administratorIds, ...(props.administrators.otherUserIds ?? [])],
        demoteTo: props.administrators.demoteTo,
        apiKeyOwnerId: props.administrators.apiKeyOwnerId,
      });
    }

    this.syncCourseIds = (props.syncCourses ?? []).map((c) => this.course(c).courseId);
    if (props.conductorOneApp) {
      this.app = new ConductorOneLitmosApp(this, 'App', { app: props.conductorOneApp });
    }
    if (this.app) {
      this.connector = hosting.bind(this, {
        appId: this.app.appId,
        litmosSource: props.litmosSource ?? '',
        litmosApiKey: props.litmosApiKey as LitmosSecret,
        syncCourseIds: this.syncCourseIds,
      });
    }
  }

  /** The cloud-hosted connector, when the hosting is `cloud`. */
  get cloudConnector(): CloudHostedLitmosConnector | undefined {
    return this.connector instanceof CloudHostedLitmosConnector ? this.connector : undefined;
  }

  /** Litmos user IDs by username (tokens until apply). */
  get userIds(): Record<string, string> {
    return Object.fromEntries([...this.users].map(([k, u]) => [k, u.userId]));
  }

  private team(nameOrTeam: string | ILitmosTeam): ILitmosTeam {
    if (typeof nameOrTeam !== 'string') return nameOrTeam;
    const name = nameOrTeam;
    let team = this.teams.get(name);
    if (!team) {
      team = LitmosTeam.fromName(this, `Team-${meaningfulId(name, this.teams.size)}`, name);
      this.teams.set(name, team);
    }
    return team;
  }

  private course(ref: CourseRef): ILitmosCourse {
    const key = 'id' in ref ? `id:${ref.id}` : `name:${ref.name}`;
    let course = this.courses.get(key);
    if (!course) {
      const id =
        'id' in ref
          ? `CourseId-${meaningfulId(ref.id, this.courses.size)}`
          : `Course-${meaningfulId(ref.name, this.courses.size)}`;
      course = LitmosCourse.fromRef(this, id, ref);
      this.courses.set(key, course);
    }
    return course;
  }
}

/** A membership as a spec: a bare name or team means role `member`. */
function membership(m: string | ILitmosTeam | TeamMembershipSpec): TeamMembershipSpec {
  return typeof m === 'string' || Construct.isConstruct(m) ? { team: m } : m;
}

/**
 * A construct id part taken from what a thing is (a team name, a course name or ID), so that its
 * Terraform address does not move when the inputs are reordered. Tokens have no text yet: they
 * fall back to the order of first appearance.
 */
function meaningfulId(text: string, position: number): string {
  return Token.isUnresolved(text) ? `#${position}` : text;
}

/** Props of 0.1 that callers without a type checker may still pass, and what replaced them. */
const RENAMED_PROPS: readonly (readonly [string, string])[] = [
  ['hosting', 'connector: LitmosConnectorHosting.cloud({...}) or new SelfHostedConnectorHosting({...})'],
  ['connectorOwnerUserIds', 'connector: LitmosConnectorHosting.cloud({ ownerUserIds })'],
];

/** Every problem in the props (tokens are never checked). */
function validate(props: LitmosConductorOneIntegrationProps, hosting: unknown): Problems {
  const problems = new Problems();
  const known = (v: unknown): v is string => typeof v === 'string' && !Token.isUnresolved(v);
  for (const [old, now] of RENAMED_PROPS) {
    if (old in props) problems.add(`${old} was renamed: ${now} (see the README's migration notes)`);
  }
  if (!isConnectorHosting(hosting)) {
    problems.add(
      'connector must be LitmosConnectorHosting.cloud(), LitmosConnectorHosting.none() or a SelfHostedConnectorHosting',
    );
    return problems;
  }
  if (hosting.needsApiKey) {
    if (!props.conductorOneApp) problems.add(`conductorOneApp is required with a ${hosting.kind} connector`);
    if (props.litmosSource === undefined)
      problems.add(`litmosSource is required with a ${hosting.kind} connector`);
    for (const p of secretPropProblems('litmosApiKey', props.litmosApiKey)) problems.add(p);
  } else {
    for (const p of secretPropProblems('litmosApiKey', props.litmosApiKey, false)) problems.add(p);
  }
  if (known(props.litmosSource) && props.litmosSource.trim() === '') {
    problems.add('litmosSource must not be empty (it is the name of the Litmos account)');
  }
  if (props.administrators !== undefined) {
    for (const p of administratorSetProblems(props.administrators)) problems.add(p);
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
    if (props.administrators !== undefined && Token.isUnresolved(p.accessLevel)) {
      problems.add(`${who}: accessLevel must be a literal with administrators (the set is built from it)`);
    }
    if (known(p.accessLevel) && !isAccessLevel(p.accessLevel)) {
      problems.add(`${who}: unknown access level "${p.accessLevel}" (use ${ACCESS_LEVELS.join(', ')})`);
    }
    for (const field of ['firstName', 'lastName'] as const) {
      if (known(p[field]) && p[field].trim() === '') problems.add(`${who}: ${field} must not be empty`);
    }
    const teams = new Set<string | ILitmosTeam>();
    for (const m of p.teams ?? []) {
      const spec = membership(m);
      const team: unknown = spec.team;
      if (typeof team !== 'string' && typeof (team as Partial<ILitmosTeam> | null)?.teamId !== 'string') {
        problems.add(`${who}: a team must be a name or a LitmosTeam, got ${typeof team}`);
        continue;
      }
      const label = typeof spec.team === 'string' ? `"${spec.team}"` : spec.team.node.path;
      if (known(spec.team) && spec.team.trim() === '') problems.add(`${who}: a team name must not be empty`);
      if (teams.has(spec.team)) problems.add(`${who}: team ${label} is listed twice`);
      teams.add(spec.team);
      if (spec.role !== undefined && !isTeamRole(spec.role)) {
        problems.add(
          `${who}: unknown role "${String(spec.role)}" in team ${label} (use ${TEAM_ROLES.join(', ')})`,
        );
      }
    }
  });
  return problems;
}

/** Problems in `administrators` (tokens are never checked). */
function administratorSetProblems(spec: LitmosAdministratorSetSpec): string[] {
  const s: Partial<LitmosAdministratorSetSpec> =
    typeof spec === 'object' && (spec as LitmosAdministratorSetSpec | null) !== null ? spec : {};
  const problems: string[] = [];
  const demoteTo: unknown = s.demoteTo;
  if (typeof demoteTo !== 'string' || (!Token.isUnresolved(demoteTo) && !isDemotionLevel(demoteTo))) {
    problems.push(
      `administrators.demoteTo must be ${DEMOTION_LEVELS.join(' or ')}, got ${JSON.stringify(demoteTo) ?? 'nothing'}`,
    );
  }
  const others: unknown = s.otherUserIds ?? [];
  if (!Array.isArray(others)) {
    problems.push(`administrators.otherUserIds must be a list of user IDs, got ${typeof others}`);
    return problems;
  }
  const seen = new Set<string>();
  others.forEach((id: unknown, i) => {
    if (typeof id !== 'string')
      problems.push(`administrators.otherUserIds[${i}] must be a string, got ${typeof id}`);
    else if (!Token.isUnresolved(id) && id.trim() === '')
      problems.push(`administrators.otherUserIds[${i}] must not be empty`);
    else if (seen.has(id)) problems.push(`administrators.otherUserIds[${i}]: ${id} is listed twice`);
    else seen.add(id);
  });
  return problems;
}
