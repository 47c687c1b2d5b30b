/**
 * Litmos teams and their members. A team is referenced — looked up by its exact name
 * (`LitmosTeam.fromName`, through the `litmos_team` data source) or taken by ID
 * (`LitmosTeam.fromId`) — and members are added with `team.addMember(user)`. Teams usually come
 * from Okta group push or an administrator; the provider manages memberships. `new LitmosTeam`
 * is reserved for a team created here, once the provider manages teams.
 */
import { Construct, type IConstruct } from 'constructs';
import { DataLitmosTeam } from './.gen/providers/litmos/data-litmos-team/index.js';
import { TeamMember } from './.gen/providers/litmos/team-member/index.js';
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
   * Send the Litmos welcome e-mail when the membership is created.
   * @default - no e-mail (the provider's default)
   */
  readonly sendMessage?: boolean;
}

/** A Litmos team, referenced by name or ID. */
export interface ILitmosTeam extends IConstruct {
  /** The Litmos team ID (a token until the look-up runs). */
  readonly teamId: string;
  /**
   * Adds a user to the team (`litmos_team_member`). The membership is named after the user's
   * construct id, so its address stays put when users are reordered.
   */
  addMember(user: ILitmosUser, options?: LitmosTeamMemberOptions): TeamMember;
  /** The memberships added so far, by the user's construct id. */
  readonly memberships: ReadonlyMap<string, TeamMember>;
  /** The data source, when this one was looked up by name (escape hatch). */
  readonly lookup?: DataLitmosTeam;
}

/** What every team offers: memberships. */
abstract class TeamBase extends Construct implements ILitmosTeam {
  abstract readonly teamId: string;
  /** For messages: the team's name or ID. */
  protected abstract readonly label: string;
  private readonly members = new Map<string, TeamMember>();

  addMember(user: ILitmosUser, options: LitmosTeamMemberOptions = {}): TeamMember {
    const problems = new Problems();
    const userId = (user as Partial<ILitmosUser> | undefined)?.userId;
    if (typeof userId !== 'string') {
      problems.add(
        `addMember: expected a LitmosUser (or LitmosUser.fromId/fromUsername), got ${typeof user}`,
      );
      problems.throwIfAny(this);
    }
    const key = user.node.id;
    if (this.members.has(key)) problems.add(`user "${key}" is added to team ${this.label} twice`);
    const role = options.role ?? 'member';
    if (!isTeamRole(role)) {
      problems.add(`user "${key}": unknown team role "${String(role)}" (use ${TEAM_ROLES.join(', ')})`);
    }
    problems.throwIfAny(this);
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
}

/**
 * Litmos teams: `LitmosTeam.fromName(scope, id, 'Engineering')` or
 * `LitmosTeam.fromId(scope, id, teamId)`, then `addMember(user)`.
 */
export abstract class LitmosTeam extends TeamBase {
  /** A team looked up by its exact name (`data "litmos_team"`). */
  static fromName(scope: Construct, id: string, name: string): ILitmosTeam {
    return new TeamLookup(scope, id, name);
  }

  /** A team by its Litmos team ID. */
  static fromId(scope: Construct, id: string, teamId: string): ILitmosTeam {
    return new TeamReference(scope, id, teamId);
  }
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
