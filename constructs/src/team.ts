/**
 * Litmos teams, their members and their courses. A team is created here (`new LitmosTeam`,
 * through the `litmos_team` resource; a sub-team names its `parent`), or one that exists already
 * (from Okta group push or an administrator) is referenced: looked up by its exact name
 * (`LitmosTeam.fromName`, through the `litmos_team` data source) or taken by ID
 * (`LitmosTeam.fromId`). Any of them takes members (`team.addMember(user)`) and courses
 * (`team.addCourse(course)`). A team's roster can be made authoritative (`roster` prop or
 * `team.manageRoster()`, through `litmos_team_members`): its members are then exactly the users
 * added, and anyone else found in the team is removed by the apply, named in the plan.
 */
import { Construct, type IConstruct } from 'constructs';
import { Token } from 'cdktf';
import { DataLitmosTeam } from './.gen/providers/litmos/data-litmos-team/index.js';
import { Team } from './.gen/providers/litmos/team/index.js';
import { TeamCourse } from './.gen/providers/litmos/team-course/index.js';
import { TeamMember } from './.gen/providers/litmos/team-member/index.js';
import { TeamMembers } from './.gen/providers/litmos/team-members/index.js';
import type { ILitmosCourse } from './course.js';
import { nonEmpty, Problems } from './errors.js';
import type { ILitmosUser } from './user.js';
import { isTeamRole, TEAM_ROLES, type TeamRole } from './vocabulary.js';

export interface LitmosTeamMemberOptions {
  /**
   * Role in the team.
   * @default 'member'
   */
  readonly role?: TeamRole;
  /**
   * Send the Litmos welcome e-mail when the membership is created. On a team whose roster is
   * authoritative the roster decides (`LitmosTeamRosterOptions.sendMessage`), and a different
   * value here is refused.
   * @default - no e-mail (the provider's default)
   */
  readonly sendMessage?: boolean;
}

/** One user of an authoritative roster, with their role. */
export interface LitmosTeamRosterEntry {
  readonly user: ILitmosUser;
  /** @default 'member' */
  readonly role?: TeamRole;
}

/**
 * An authoritative roster (`litmos_team_members`): the team's members are exactly the users
 * listed here and those added later with `addMember`; anyone else found in the team is removed
 * by the apply, and the plan names them (`removals`).
 */
export interface LitmosTeamRosterOptions {
  /** The first members; `addMember` adds more. @default - none yet */
  readonly members?: readonly LitmosTeamRosterEntry[];
  /**
   * Send the Litmos e-mail to users when they are added to the team.
   * @default - no e-mail (the provider's default)
   */
  readonly sendMessage?: boolean;
}

export interface LitmosTeamCourseOptions {
  /**
   * `true`: the Team Course Library only; `false`: the team's Courses tab. A course can be in
   * both: call `addCourse` once with each.
   * @default false
   */
  readonly teamLibrary?: boolean;
  /**
   * Also assign the course to every sub-team (when the assignment is created).
   * @default - not asked (the provider's default)
   */
  readonly includeSubteams?: boolean;
  /**
   * Send the Litmos assignment e-mail when the course is assigned.
   * @default - no e-mail (the provider's default)
   */
  readonly sendMessage?: boolean;
}

export interface LitmosTeamProps {
  /** The team's name. */
  readonly name: string;
  /** @default - not managed (Litmos keeps whatever it has) */
  readonly description?: string;
  /**
   * The parent team, for a sub-team: a `LitmosTeam` created here or a look-up
   * (`LitmosTeam.fromName` / `fromId`). Changing it replaces the team.
   * @default - a top-level team
   */
  readonly parent?: ILitmosTeam;
  /**
   * Makes the team's roster authoritative, as `team.manageRoster(roster)` would.
   * @default - not authoritative: `addMember` adds `litmos_team_member`s and leaves others in the team
   */
  readonly roster?: LitmosTeamRosterOptions;
}

/** A Litmos team, created here or referenced by name or ID. */
export interface ILitmosTeam extends IConstruct {
  /** The Litmos team ID (a token until the look-up runs). */
  readonly teamId: string;
  /**
   * Adds a user to the team. Returns the user's `litmos_team_member`, named after the user's
   * construct id so its address stays put when users are reordered; on a team whose roster is
   * authoritative, lists the user in the roster and returns the roster's `litmos_team_members`.
   */
  addMember(user: ILitmosUser, options?: LitmosTeamMemberOptions): TeamMember | TeamMembers;
  /** The `litmos_team_member`s added so far, by the user's construct id (none on a roster team). */
  readonly memberships: ReadonlyMap<string, TeamMember>;
  /**
   * Makes the team's roster authoritative (`litmos_team_members`, construct id `Roster`): from now
   * on `addMember` lists users in it, and anyone else found in the team is removed by the apply,
   * named in the plan. Call it before `addMember` (a team has either per-member resources or a
   * roster, never both: the two would undo each other).
   */
  manageRoster(options?: LitmosTeamRosterOptions): TeamMembers;
  /** The authoritative roster, once `manageRoster` (or the `roster` prop) made one. */
  readonly roster?: TeamMembers;
  /**
   * Assigns a course to the team (`litmos_team_course`), named after the course's construct id
   * (with `Library-` in front for the team library), so its address stays put when courses are
   * reordered.
   */
  addCourse(course: ILitmosCourse, options?: LitmosTeamCourseOptions): TeamCourse;
  /** The course assignments added so far, by the construct id of the `TeamCourse`. */
  readonly courses: ReadonlyMap<string, TeamCourse>;
  /** The data source, when this one was looked up by name (escape hatch). */
  readonly lookup?: DataLitmosTeam;
}

/** What every team offers: memberships and courses. */
abstract class TeamBase extends Construct implements ILitmosTeam {
  abstract readonly teamId: string;
  /** For messages: the team's name or ID. */
  protected abstract readonly label: string;
  private readonly members = new Map<string, TeamMember>();
  private readonly teamCourses = new Map<string, TeamCourse>();
  private rosterResource?: TeamMembers;
  /** The roster's `members` map (user ID → role), filled as users are added. */
  private readonly rosterMembers: Record<string, string> = {};
  /** Construct ids of the users in the roster, to report one added twice. */
  private readonly rosterUsers = new Set<string>();
  private rosterSendMessage?: boolean;

  get roster(): TeamMembers | undefined {
    return this.rosterResource;
  }

  manageRoster(options: LitmosTeamRosterOptions = {}): TeamMembers {
    const problems = new Problems();
    if (this.rosterResource) problems.add(`the roster of team ${this.label} is already managed`);
    if (this.members.size > 0) {
      problems.add(
        `team ${this.label} already has litmos_team_member resources (${[...this.members.keys()].join(', ')}): ` +
          'call manageRoster before addMember, so that the roster lists them',
      );
    }
    const entries: unknown = (options as LitmosTeamRosterOptions | undefined)?.members ?? [];
    if (!Array.isArray(entries)) problems.add(`roster members must be a list, got ${typeof entries}`);
    problems.throwIfAny(this);
    this.rosterSendMessage = options.sendMessage;
    this.rosterResource = new TeamMembers(this, 'Roster', {
      teamId: this.teamId,
      members: this.rosterMembers,
      sendMessage: options.sendMessage,
    });
    for (const entry of options.members ?? []) {
      const e = entry as Partial<LitmosTeamRosterEntry> | null;
      this.addMember(e?.user as ILitmosUser, { role: e?.role });
    }
    return this.rosterResource;
  }

  addMember(user: ILitmosUser, options: LitmosTeamMemberOptions = {}): TeamMember | TeamMembers {
    const problems = new Problems();
    const userId = (user as Partial<ILitmosUser> | undefined)?.userId;
    if (typeof userId !== 'string') {
      problems.add(
        `addMember: expected a LitmosUser (or LitmosUser.fromId/fromUsername), got ${typeof user}`,
      );
      problems.throwIfAny(this);
    }
    const key = user.node.id;
    if (this.members.has(key) || this.rosterUsers.has(key)) {
      problems.add(`user "${key}" is added to team ${this.label} twice`);
    }
    const role = options.role ?? 'member';
    if (!isTeamRole(role)) {
      problems.add(`user "${key}": unknown team role "${String(role)}" (use ${TEAM_ROLES.join(', ')})`);
    }
    const roster = this.rosterResource;
    if (roster && options.sendMessage !== undefined && options.sendMessage !== this.rosterSendMessage) {
      problems.add(
        `user "${key}": sendMessage is set for the whole roster of team ${this.label} (manageRoster({ sendMessage }))`,
      );
    }
    problems.throwIfAny(this);
    if (roster) {
      this.rosterMembers[user.userId] = role;
      this.rosterUsers.add(key);
      return roster;
    }
    const member = new TeamMember(this, `Member-${key}`, {
      teamId: this.teamId,
      userId: user.userId,
      role,
      sendMessage: options.sendMessage,
    });
    this.members.set(key, member);
    return member;
  }

  get memberships(): ReadonlyMap<string, TeamMember> {
    return this.members;
  }

  addCourse(course: ILitmosCourse, options: LitmosTeamCourseOptions = {}): TeamCourse {
    const problems = new Problems();
    if (typeof (course as Partial<ILitmosCourse> | undefined)?.courseId !== 'string') {
      problems.add(`addCourse: expected a LitmosCourse (fromId/fromName/fromRef), got ${typeof course}`);
      problems.throwIfAny(this);
    }
    const library = options.teamLibrary ?? false;
    const id = `${library ? 'Library' : 'Course'}-${course.node.id}`;
    if (this.teamCourses.has(id)) {
      const where = library ? 'team library' : 'Courses tab';
      problems.add(`course "${course.node.id}" is added to the ${where} of team ${this.label} twice`);
    }
    problems.throwIfAny(this);
    const assignment = new TeamCourse(this, id, {
      teamId: this.teamId,
      courseId: course.courseId,
      teamLibrary: options.teamLibrary,
      includeSubteams: options.includeSubteams,
      sendMessage: options.sendMessage,
    });
    this.teamCourses.set(id, assignment);
    return assignment;
  }

  get courses(): ReadonlyMap<string, TeamCourse> {
    return this.teamCourses;
  }
}

/**
 * A Litmos team managed by Terraform (`litmos_team`): `new LitmosTeam(scope, id, { name })`, a
 * sub-team with `parent`. Existing teams: `LitmosTeam.fromName(scope, id, 'Engineering')` or
 * `LitmosTeam.fromId(scope, id, teamId)`. Then `addMember(user)` and `addCourse(course)`; with
 * `roster` (or `manageRoster()`), the members added are the team's complete roster.
 */
export class LitmosTeam extends TeamBase {
  /** A team looked up by its exact name (`data "litmos_team"`). */
  static fromName(scope: Construct, id: string, name: string): ILitmosTeam {
    return new TeamLookup(scope, id, name);
  }

  /** A team by its Litmos team ID. */
  static fromId(scope: Construct, id: string, teamId: string): ILitmosTeam {
    return new TeamReference(scope, id, teamId);
  }

  /** The `litmos_team` resource: the escape hatch for attributes the props do not cover. */
  readonly resource: Team;
  readonly name: string;
  protected readonly label: string;

  constructor(scope: Construct, id: string, props: LitmosTeamProps) {
    super(scope, id);
    teamProblems(props).throwIfAny(this);
    this.name = props.name;
    this.label = Token.isUnresolved(props.name) ? `"${id}"` : `"${props.name}"`;
    this.resource = new Team(this, 'Resource', {
      name: props.name,
      description: props.description,
      parentTeamId: props.parent?.teamId,
    });
    if (props.roster !== undefined) this.manageRoster(props.roster);
  }

  get teamId(): string {
    return this.resource.id;
  }
}

/** Problems in a created team's props (literal values only; tokens are not checked). */
function teamProblems(props: LitmosTeamProps): Problems {
  const p: Partial<LitmosTeamProps> = (props as LitmosTeamProps | undefined) ?? {};
  const problems = nonEmpty('name', p.name);
  if (p.description !== undefined && typeof p.description !== 'string') {
    problems.add(`description must be a string, got ${typeof p.description}`);
  }
  if (p.parent !== undefined && typeof (p.parent as Partial<ILitmosTeam> | null)?.teamId !== 'string') {
    problems.add(`parent: expected a LitmosTeam (or LitmosTeam.fromName/fromId), got ${typeof p.parent}`);
  }
  if (p.roster !== undefined && (typeof p.roster !== 'object' || p.roster === null)) {
    problems.add(`roster: expected { members?, sendMessage? }, got ${typeof p.roster}`);
  }
  return problems;
}

class TeamLookup extends TeamBase {
  /** The `litmos_team` data source (escape hatch). */
  readonly lookup: DataLitmosTeam;
  protected readonly label: string;

  constructor(scope: Construct, id: string, name: string) {
    super(scope, id);
    nonEmpty('name', name).throwIfAny(this);
    this.label = `"${name}"`;
    this.lookup = new DataLitmosTeam(this, 'Lookup', { name });
  }

  get teamId(): string {
    return this.lookup.id;
  }
}

class TeamReference extends TeamBase {
  protected readonly label: string;

  constructor(
    scope: Construct,
    id: string,
    readonly teamId: string,
  ) {
    super(scope, id);
    nonEmpty('teamId', teamId).throwIfAny(this);
    this.label = `with ID ${teamId}`;
  }
}
