/**
 * A Litmos team looked up by its exact name (through the `litmos_team` data source), with its
 * members. Teams themselves are not created here: Litmos teams usually come from Okta group push
 * or an administrator, and the provider manages memberships only.
 */
import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { DataLitmosTeam } from './.gen/providers/litmos/data-litmos-team/index.js';
import { TeamMember } from './.gen/providers/litmos/team-member/index.js';
import { Problems } from './errors.js';
import { isTeamRole, TEAM_ROLES, type TeamRole } from './vocabulary.js';

export interface LitmosTeamProps {
  /** The team name exactly as Litmos shows it. */
  readonly name: string;
}

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

export class LitmosTeam extends Construct {
  /** The `litmos_team` lookup. */
  readonly lookup: DataLitmosTeam;
  /** The team name, as given. */
  readonly teamName: string;
  private readonly members = new Map<string, TeamMember>();

  constructor(scope: Construct, id: string, props: LitmosTeamProps) {
    super(scope, id);
    const problems = new Problems();
    if (!Token.isUnresolved(props.name) && props.name.trim() === '')
      problems.add('name: a team name must not be empty');
    problems.throwIfAny(this);
    this.teamName = props.name;
    this.lookup = new DataLitmosTeam(this, 'Lookup', { name: props.name });
  }

  /** The Litmos team ID (known after the lookup runs). */
  get teamId(): string {
    return this.lookup.id;
  }

  /**
   * Adds a user to the team. `key` names the membership in the construct tree and must be unique
   * within this team (a username is a good key); `userId` is usually `user.id` of a `User`.
   */
  addMember(key: string, userId: string, options: LitmosTeamMemberOptions = {}): TeamMember {
    const problems = new Problems();
    if (this.members.has(key)) problems.add(`member "${key}" is added to team "${this.teamName}" twice`);
    const role = options.role ?? 'member';
    if (!isTeamRole(role))
      problems.add(`member "${key}": unknown team role "${String(role)}" (use ${TEAM_ROLES.join(', ')})`);
    problems.throwIfAny(this);
    const member = new TeamMember(this, `Member-${key}`, {
      teamId: this.teamId,
      userId,
      role,
      sendMessage: options.sendMessage,
    });
    this.members.set(key, member);
    return member;
  }

  /** The memberships added so far, by key. */
  get memberships(): ReadonlyMap<string, TeamMember> {
    return this.members;
  }
}
