/**
 * The simulator's in-memory Litmos organisation: users, teams, courses, team membership and
 * roles, and course assignments. Methods enforce the API's rules and throw `SimHttpError` with
 * the statuses and messages the real service uses. Exposed to tests as `simulator.store`.
 */
import type { LitmosCourse, LitmosTeam, LitmosUser, LitmosUserSummary } from '../../litmos/types.js';
import { conflict, forbidden, notFound } from './http-error.js';
import { legacyLitmosId, newLitmosId, OriginalIdSequence } from './ids.js';
import { validateUser, type CheckedUserFields } from './user-rules.js';

export interface Enrollment {
  readonly courseId: string;
  readonly assignedAt: Date;
  completed: boolean;
  percentageComplete: number;
  /** Courses that came through a learning path cannot be unassigned (406). */
  fromLearningPath: boolean;
}

export interface CourseSeed {
  readonly Code: string;
  readonly Name: string;
  readonly Description?: string;
  readonly Active?: boolean;
}

const byText = (a: string, b: string): number => a.localeCompare(b, 'en', { sensitivity: 'base' });

export class LitmosStore {
  readonly users = new Map<string, LitmosUser>();
  readonly teams = new Map<string, LitmosTeam>();
  readonly courses = new Map<string, LitmosCourse>();
  /** teamId → user ids */
  readonly members = new Map<string, Set<string>>();
  readonly leaders = new Map<string, Set<string>>();
  readonly admins = new Map<string, Set<string>>();
  /** userId → courseId → enrollment */
  readonly enrollments = new Map<string, Map<string, Enrollment>>();
  /** The Account Owner whose api key the simulator accepts; it cannot be deleted or demoted. */
  ownerId = '';
  readonly #originalIds = new OriginalIdSequence();
  readonly #tenant: string;

  constructor(tenant = 'sim') {
    this.#tenant = tenant;
  }

  // ---- users -------------------------------------------------------------------------------

  /** Users ordered like Litmos lists them: by first name, case-insensitive. */
  listUsers(): LitmosUser[] {
    return [...this.users.values()].sort((a, b) => byText(a.FirstName, b.FirstName) || byText(a.Id, b.Id));
  }

  /** By Id, or by UserName (case-insensitive), as `GET /users/{x}` accepts both. */
  findUser(idOrUserName: string): LitmosUser | undefined {
    const byId = this.users.get(idOrUserName);
    if (byId) return byId;
    const wanted = idOrUserName.toLowerCase();
    return [...this.users.values()].find((u) => u.UserName.toLowerCase() === wanted);
  }

  requireUser(id: string): LitmosUser {
    const user = this.users.get(id);
    if (!user) throw notFound(`User - ${id} was not found`);
    return user;
  }

  /**
   * A new user. `origin: 'api'` is a `POST /users`: text fields the body left out are stored as
   * `""` ([REC] `users-create.0`: no CustomField3 in the request, `""` in the answer). The default,
   * `'store'`, stands for a user made in the Litmos UI or by an import: never-set fields are null
   * ([REC] `find-user.0`). `legacyId` gives the older 12-character id form.
   */
  createUser(
    fields: Readonly<Record<string, unknown>>,
    options: { readonly origin?: UserOrigin; readonly legacyId?: boolean } = {},
  ): LitmosUser {
    const input = validateUser(fields);
    if (this.#userNameTaken(input.UserName)) throw conflict('UserName already exists');
    const id = options.legacyId ? legacyLitmosId() : newLitmosId();
    const user = userRecord(input, options.origin === 'api' ? '' : null, {
      Id: id,
      LastLogin: '',
      LoginKey: `https://${this.#tenant}.litmos.com/login.aspx?loginkey=${crypto.randomUUID()}`,
      OriginalId: this.#originalIds.next(),
      CreatedDate: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      Points: 0,
    });
    this.users.set(id, user);
    return user;
  }

  /** A `PUT /users/{id}`: the body replaces every writable field (left-out text becomes `""`). */
  updateUser(id: string, fields: Readonly<Record<string, unknown>>): LitmosUser {
    const current = this.users.get(id);
    if (!current) throw notFound('No user with this id exists in your organization');
    const input = validateUser(fields);
    if (
      input.UserName.toLowerCase() !== current.UserName.toLowerCase() &&
      this.#userNameTaken(input.UserName)
    ) {
      throw conflict('UserName already exists');
    }
    if (id === this.ownerId && (input.Active === false || input.AccessLevel !== 'Account_Owner')) {
      throw forbidden('The Account Owner who owns the API key cannot be deactivated or demoted.');
    }
    const updated = userRecord(input, '', current);
    this.users.set(id, updated);
    return updated;
  }

  deleteUser(id: string): void {
    if (!this.users.has(id)) throw notFound('No user with this id exists in your organization');
    if (id === this.ownerId) throw forbidden('The Account Owner who owns the API key cannot be deleted.');
    this.users.delete(id);
    for (const map of [this.members, this.leaders, this.admins])
      for (const set of map.values()) set.delete(id);
    this.enrollments.delete(id);
  }

  #userNameTaken(userName: string): boolean {
    const wanted = userName.toLowerCase();
    return [...this.users.values()].some((u) => u.UserName.toLowerCase() === wanted);
  }

  // ---- teams -------------------------------------------------------------------------------

  listTeams(): LitmosTeam[] {
    return [...this.teams.values()].sort((a, b) => byText(a.Name, b.Name) || byText(a.Id, b.Id));
  }

  requireTeam(id: string): LitmosTeam {
    const team = this.teams.get(id);
    if (!team) throw notFound('No team with this teamId exists in your organization');
    return team;
  }

  createTeam(name: string, description: string, parentTeamId = ''): LitmosTeam {
    if (parentTeamId !== '') this.requireTeam(parentTeamId);
    if (name.trim() === '') throw conflict('Team name is required');
    if ([...this.teams.values()].some((t) => t.Name.toLowerCase() === name.toLowerCase())) {
      throw conflict('Team name already exists');
    }
    const team: LitmosTeam = {
      // Every recorded team id has the 12-character form; no recording shows a newer one.
      Id: legacyLitmosId(),
      Name: name,
      Description: description,
      TeamCodeForBulkImport: `${this.#originalIds.next()}-${name.replace(/\s+/g, '')}`,
      ParentTeamId: parentTeamId,
    };
    this.teams.set(team.Id, team);
    for (const map of [this.members, this.leaders, this.admins]) map.set(team.Id, new Set());
    return team;
  }

  subTeams(teamId: string): LitmosTeam[] {
    this.requireTeam(teamId);
    return this.listTeams().filter((t) => t.ParentTeamId === teamId);
  }

  /** Active members, or (for roles) active leaders/admins. */
  teamUsers(teamId: string, set: 'members' | 'leaders' | 'admins'): LitmosUser[] {
    this.requireTeam(teamId);
    const ids = this[set].get(teamId) ?? new Set<string>();
    return this.listUsers().filter((u) => ids.has(u.Id) && u.Active);
  }

  /** Adds users; ids that are unknown or already members are ignored, like the real API. */
  addMembers(teamId: string, userIds: readonly string[]): void {
    if (!this.teams.has(teamId) || userIds.length === 0) {
      throw notFound('No team with this id exists in your organization, or the user list is empty.');
    }
    const members = this.#set(this.members, teamId);
    for (const id of userIds) if (this.users.has(id)) members.add(id);
  }

  removeMember(teamId: string, userId: string): void {
    const members = this.members.get(teamId);
    if (!members || !this.users.has(userId)) {
      throw notFound('No team with this id exists in your organization, or no user exists with this id');
    }
    members.delete(userId);
    this.leaders.get(teamId)?.delete(userId);
    this.admins.get(teamId)?.delete(userId);
    this.#settleAccessLevel(userId);
  }

  /** Promotion makes a Learner's AccessLevel `Team_Leader`, as Litmos shows it. */
  promote(teamId: string, role: 'leaders' | 'admins', userId: string): void {
    this.#requireMember(teamId, userId);
    this.#set(this[role], teamId).add(userId);
    const user = this.requireUser(userId);
    if (user.AccessLevel === 'Learner') this.users.set(userId, { ...user, AccessLevel: 'Team_Leader' });
  }

  demote(teamId: string, role: 'leaders' | 'admins', userId: string): void {
    this.#requireMember(teamId, userId);
    this.#set(this[role], teamId).delete(userId);
    this.#settleAccessLevel(userId);
  }

  teamsOfUser(userId: string): LitmosTeam[] {
    this.requireUser(userId);
    return this.listTeams().filter((t) => this.members.get(t.Id)?.has(userId));
  }

  #requireMember(teamId: string, userId: string): void {
    this.requireTeam(teamId);
    if (!this.members.get(teamId)?.has(userId))
      throw notFound(`User: ${userId} does not exist on the team: ${teamId}.`);
  }

  /** A Team_Leader who leads or administers no team any more goes back to Learner (inferred). */
  #settleAccessLevel(userId: string): void {
    const user = this.users.get(userId);
    if (!user || user.AccessLevel !== 'Team_Leader') return;
    const holdsRole = [...this.leaders.values(), ...this.admins.values()].some((s) => s.has(userId));
    if (!holdsRole) this.users.set(userId, { ...user, AccessLevel: 'Learner' });
  }

  #set(map: Map<string, Set<string>>, teamId: string): Set<string> {
    let set = map.get(teamId);
    if (!set) {
      set = new Set();
      map.set(teamId, set);
    }
    return set;
  }

  // ---- courses -----------------------------------------------------------------------------

  listCourses(): LitmosCourse[] {
    return [...this.courses.values()].sort((a, b) => byText(a.Name, b.Name) || byText(a.Id, b.Id));
  }

  requireCourse(id: string): LitmosCourse {
    const course = this.courses.get(id);
    if (!course) throw notFound(`The course ${id} does not exist.`);
    return course;
  }

  createCourse(seed: CourseSeed): LitmosCourse {
    const originalId = this.#originalIds.next();
    // The fields of the recorded GET /courses/{id}, in their order ([REC] `mark-module-complete.0`);
    // every recorded course id has the 12-character form.
    const course: LitmosCourse = {
      Id: legacyLitmosId(),
      Code: seed.Code,
      Name: seed.Name,
      Active: seed.Active ?? true,
      ForSale: false,
      OriginalId: originalId,
      Description: seed.Description ?? '',
      EcommerceShortDescription: '',
      EcommerceLongDescription: '',
      CourseCodeForBulkImport: `${originalId}-${seed.Code}`,
      Price: 0,
      AccessTillDate: null,
      AccessTillDays: null,
    };
    this.courses.set(course.Id, course);
    return course;
  }

  /** Assigns courses; unknown or already-assigned course ids are ignored, like the real API. */
  assignCourses(userId: string, courseIds: readonly string[]): void {
    this.requireUser(userId);
    let enrolled = this.enrollments.get(userId);
    if (!enrolled) {
      enrolled = new Map();
      this.enrollments.set(userId, enrolled);
    }
    for (const courseId of courseIds) {
      if (!this.courses.has(courseId) || enrolled.has(courseId)) continue;
      enrolled.set(courseId, {
        courseId,
        assignedAt: new Date(),
        completed: false,
        percentageComplete: 0,
        fromLearningPath: false,
      });
    }
  }

  /** Returns false when the course came through a learning path (the API answers 406). */
  unassignCourse(userId: string, courseId: string): 'removed' | 'learning-path' {
    this.requireUser(userId);
    this.requireCourse(courseId);
    const enrollment = this.enrollments.get(userId)?.get(courseId);
    if (!enrollment) throw notFound(`The course ${courseId} is not assigned to user ${userId}.`);
    if (enrollment.fromLearningPath) return 'learning-path';
    this.enrollments.get(userId)?.delete(courseId);
    return 'removed';
  }

  enrollmentsOfUser(userId: string): Enrollment[] {
    this.requireUser(userId);
    return [...(this.enrollments.get(userId)?.values() ?? [])];
  }

  usersOfCourse(courseId: string): { user: LitmosUser; enrollment: Enrollment }[] {
    this.requireCourse(courseId);
    return this.listUsers().flatMap((user) => {
      const enrollment = this.enrollments.get(user.Id)?.get(courseId);
      return enrollment ? [{ user, enrollment }] : [];
    });
  }
}

export function toSummary(u: LitmosUser): LitmosUserSummary {
  return {
    Id: u.Id,
    UserName: u.UserName,
    FirstName: u.FirstName,
    LastName: u.LastName,
    Active: u.Active,
    Email: u.Email,
    AccessLevel: u.AccessLevel,
    Brand: u.Brand ?? 'Default',
  };
}

/**
 * A team as listings show it (`GET /teams`, `/teams/{id}/teams`): Id, Name,
 * TeamCodeForBulkImport as recorded ([REC] `teams-all-paginated.0`, `get-sub-teams.1`), plus
 * `ParentTeamId` — never recorded, documented by [SAP] and read from `/teams` by baton-litmos [BL].
 */
export function teamRow(t: LitmosTeam): LitmosTeam {
  return {
    Id: t.Id,
    Name: t.Name,
    TeamCodeForBulkImport: t.TeamCodeForBulkImport,
    ParentTeamId: t.ParentTeamId,
  };
}

/** A team as `GET /teams/{id}` and both creates answer it: Id, Name, Description only ([REC] `add-sub-team.0`, `teams-create.0`). */
export function teamDetail(t: LitmosTeam): LitmosTeam {
  return { Id: t.Id, Name: t.Name, Description: t.Description ?? '' };
}

/** How a user came to be; decides what never-set fields hold (see `createUser`). */
export type UserOrigin = 'api' | 'store';

/** Server-filled fields of a user. */
type ServerFields = Pick<
  LitmosUser,
  'Id' | 'LastLogin' | 'LoginKey' | 'OriginalId' | 'CreatedDate' | 'Points'
>;

/**
 * A user with the fields of the recorded full form, in its order: the 2016-17 JSON fields up to
 * `Brand`, then the 2019 ones up to `ExpirationDate` ([REC] `find-user.0`,
 * `mark-module-complete.3`, `litmos-sdk/users-id-get-asset-raw.xml`). `blank` is what a never-set
 * text field of the 2016 set holds; the 2019 fields are `""` when empty in every recording.
 * TimeZone, Culture and Brand always hold a value: every recorded user has one, and a create that
 * sent `Culture: ""` got `en-US` back ([REC] `users-create.0`); `UTC` as the default zone is an
 * ASSUMPTION (the organisation's default, which the recordings show as UTC).
 */
function userRecord(input: CheckedUserFields, blank: '' | null, server: ServerFields): LitmosUser {
  const text = (v: string | null | undefined): string | null => (v === undefined ? blank : v);
  return {
    Id: server.Id,
    UserName: input.UserName,
    FirstName: input.FirstName,
    LastName: input.LastName,
    FullName: `${input.FirstName} ${input.LastName}`.trim(),
    Email: input.Email,
    AccessLevel: input.AccessLevel,
    DisableMessages: input.DisableMessages,
    Active: input.Active,
    Skype: text(input.Skype),
    PhoneWork: text(input.PhoneWork),
    PhoneMobile: text(input.PhoneMobile),
    LastLogin: server.LastLogin,
    LoginKey: server.LoginKey,
    IsCustomUsername: input.IsCustomUsername,
    Password: '',
    SkipFirstLogin: input.SkipFirstLogin,
    TimeZone: input.TimeZone || 'UTC',
    SalesforceId: input.SalesforceId ?? null,
    OriginalId: server.OriginalId,
    Street1: text(input.Street1),
    Street2: text(input.Street2),
    City: text(input.City),
    State: text(input.State),
    PostalCode: text(input.PostalCode),
    Country: text(input.Country),
    CompanyName: text(input.CompanyName),
    JobTitle: text(input.JobTitle),
    CustomField1: text(input.CustomField1),
    CustomField2: text(input.CustomField2),
    CustomField3: text(input.CustomField3),
    Culture: input.Culture || 'en-US',
    CustomField4: text(input.CustomField4),
    CustomField5: text(input.CustomField5),
    CustomField6: text(input.CustomField6),
    CustomField7: text(input.CustomField7),
    CustomField8: text(input.CustomField8),
    CustomField9: text(input.CustomField9),
    CustomField10: text(input.CustomField10),
    SalesforceContactId: input.SalesforceContactId ?? null,
    SalesforceAccountId: input.SalesforceAccountId ?? null,
    CreatedDate: server.CreatedDate,
    Points: server.Points,
    Brand: input.Brand || 'Default',
    ManagerId: input.ManagerId || '0',
    ManagerName: input.ManagerName ?? '',
    EnableTextNotification: input.EnableTextNotification,
    Website: input.Website ?? '',
    Twitter: input.Twitter ?? '',
    ExpirationDate: input.ExpirationDate ?? '',
  };
}
