/**
 * `LitmosUser`: a Litmos user created and managed here (`new LitmosUser(...)`), or one that
 * exists already, looked up by username (`LitmosUser.fromUsername`) or taken by ID
 * (`LitmosUser.fromId`). Teams and courses take any of them (`team.addMember(user)`,
 * `course.assignTo(user)`).
 */
import { Construct, type IConstruct } from 'constructs';
import { Token } from 'cdktf';
import { DataLitmosUser } from './.gen/providers/litmos/data-litmos-user/index.js';
import { User } from './.gen/providers/litmos/user/index.js';
import { nonEmpty, Problems } from './errors.js';
import { ACCESS_LEVELS, isAccessLevel, type AccessLevel } from './vocabulary.js';

/** A Litmos user, created here or referenced. */
export interface ILitmosUser extends IConstruct {
  /** The Litmos user ID (a token until apply or look-up). */
  readonly userId: string;
  /** The data source, when this one was looked up by name (escape hatch). */
  readonly lookup?: DataLitmosUser;
}

export interface LitmosUserProps {
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
}

/** A Litmos user managed by Terraform (`litmos_user`). */
export class LitmosUser extends Construct implements ILitmosUser {
  /** A user that exists already, by its Litmos user ID. */
  static fromId(scope: Construct, id: string, userId: string): ILitmosUser {
    return new UserReference(scope, id, userId);
  }

  /** A user that exists already, looked up by username (`data "litmos_user"`). */
  static fromUsername(scope: Construct, id: string, username: string): ILitmosUser {
    return new UserLookup(scope, id, username);
  }

  /** The `litmos_user` resource: the escape hatch for attributes the props do not cover. */
  readonly resource: User;
  readonly username: string;

  constructor(scope: Construct, id: string, props: LitmosUserProps) {
    super(scope, id);
    userProblems(props).throwIfAny(this);
    this.username = props.username;
    this.resource = new User(this, 'Resource', {
      username: props.username,
      email: props.email ?? props.username,
      firstName: props.firstName,
      lastName: props.lastName,
      accessLevel: props.accessLevel ?? 'Learner',
      jobTitle: props.jobTitle,
    });
  }

  get userId(): string {
    return this.resource.id;
  }
}

class UserReference extends Construct implements ILitmosUser {
  constructor(
    scope: Construct,
    id: string,
    readonly userId: string,
  ) {
    super(scope, id);
    nonEmpty('userId', userId).throwIfAny(this);
  }
}

class UserLookup extends Construct implements ILitmosUser {
  /** The `litmos_user` data source. */
  readonly lookup: DataLitmosUser;

  constructor(scope: Construct, id: string, username: string) {
    super(scope, id);
    nonEmpty('username', username).throwIfAny(this);
    this.lookup = new DataLitmosUser(this, 'Lookup', { username });
  }

  get userId(): string {
    return this.lookup.id;
  }
}

/** Problems in a user's props (literal values only; tokens are not checked). */
function userProblems(p: LitmosUserProps): Problems {
  const problems = new Problems();
  const known = (v: unknown): v is string => typeof v === 'string' && !Token.isUnresolved(v);
  for (const field of ['username', 'firstName', 'lastName'] as const) {
    if (typeof p[field] !== 'string') problems.add(`${field} must be a string`);
    else if (known(p[field]) && p[field].trim() === '') problems.add(`${field} must not be empty`);
  }
  if (known(p.accessLevel) && !isAccessLevel(p.accessLevel)) {
    problems.add(`unknown access level "${p.accessLevel}" (use ${ACCESS_LEVELS.join(', ')})`);
  }
  return problems;
}
