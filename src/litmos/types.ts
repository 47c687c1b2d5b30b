/**
 * Litmos DTOs. Field names are the API's own (PascalCase), exactly as they appear on the wire with
 * `format=json`. Dates are kept as the strings the API sends; see `parseLitmosDate`.
 */

/** The four access levels Litmos reports. Team Leader and Team Admin both show as `Team_Leader`. */
export const ACCESS_LEVELS = ['Learner', 'Team_Leader', 'Administrator', 'Account_Owner'] as const;
export type LitmosAccessLevel = (typeof ACCESS_LEVELS)[number];

/**
 * A user as list endpoints return it (`GET /users`, `/teams/{id}/users|leaders|admins`). It carries
 * no custom fields, time zone, phone numbers, address or dates: use `users.get` for those.
 */
export interface LitmosUserSummary {
  Id: string;
  UserName: string;
  FirstName: string;
  LastName: string;
  Active: boolean;
  Email: string;
  AccessLevel: string;
  /** Present in newer responses only. */
  Brand?: string;
}

/** A user in full form (`GET /users/{id}`, the body of POST/PUT, the 201 of `POST /users`). */
export interface LitmosUser extends LitmosUserSummary {
  FullName: string;
  DisableMessages: boolean;
  Skype: string | null;
  PhoneWork: string | null;
  PhoneMobile: string | null;
  LastLogin: string;
  LoginKey: string;
  IsCustomUsername: boolean;
  Password: string;
  SkipFirstLogin: boolean;
  TimeZone: string;
  SalesforceId: string | null;
  OriginalId: number;
  Street1: string | null;
  Street2: string | null;
  City: string | null;
  State: string | null;
  PostalCode: string | null;
  Country: string | null;
  CompanyName: string | null;
  JobTitle: string | null;
  CustomField1: string | null;
  CustomField2: string | null;
  CustomField3: string | null;
  Culture: string | null;
  CustomField4: string | null;
  CustomField5: string | null;
  CustomField6: string | null;
  CustomField7: string | null;
  CustomField8: string | null;
  CustomField9: string | null;
  CustomField10: string | null;
  SalesforceContactId: string | null;
  SalesforceAccountId: string | null;
  CreatedDate: string;
  Points: number;
  ManagerId?: string | null;
  ManagerName?: string | null;
  EnableTextNotification?: boolean;
  Website?: string | null;
  Twitter?: string | null;
  ExpirationDate?: string | null;
  /** `JobRole`, `ExternalEmployeeId`, `ProfileType`: documented ([SAP]), in no recorded answer. */
  JobRole?: string | null;
  ExternalEmployeeId?: string | null;
  ProfileType?: string | null;
}

/** Fields the API treats as read-only: ignored on input, filled by the server. */
export type LitmosUserReadOnlyField =
  'Id' | 'FullName' | 'LastLogin' | 'LoginKey' | 'OriginalId' | 'CreatedDate' | 'Points';

/** What a caller supplies to create a user. `UserName`, `FirstName` and `LastName` are required. */
export type LitmosUserInput = Pick<LitmosUser, 'UserName' | 'FirstName' | 'LastName'> &
  Partial<Omit<LitmosUser, LitmosUserReadOnlyField | 'UserName' | 'FirstName' | 'LastName'>>;

/** A change to an existing user: every writable field optional. */
export type LitmosUserUpdate = Partial<Omit<LitmosUser, LitmosUserReadOnlyField>>;

/**
 * A team. Recorded shapes: listings (`GET /teams`, `/teams/{id}/teams`) carry Id, Name,
 * TeamCodeForBulkImport; the single GET and both creates carry Id, Name, Description.
 * `ParentTeamId` is documented ([SAP], [BL]) but never recorded.
 */
export interface LitmosTeam {
  Id: string;
  Name: string;
  /** On single GET and create only. */
  Description?: string | null;
  /** In listings only. */
  TeamCodeForBulkImport?: string | null;
  /** `""` for a root team (documented; never recorded). */
  ParentTeamId?: string | null;
}

export interface LitmosTeamInput {
  Name: string;
  Description?: string;
}

export interface LitmosCourse {
  Id: string;
  Code: string;
  Name: string;
  Active: boolean;
  ForSale: boolean;
  OriginalId: number;
  Description: string | null;
  EcommerceShortDescription?: string | null;
  EcommerceLongDescription?: string | null;
  CourseCodeForBulkImport: string;
  Price: number;
  AccessTillDate: string | null;
  AccessTillDays: number | null;
  /** This field and the three below: documented ([SAP], [BL]), in no recorded answer. */
  CourseTeamLibrary?: boolean;
  CreatedBy?: string | null;
  SeqId?: string | null;
  Tags?: string | null;
}

/** A row of `GET /courses/{id}/users`. */
export interface LitmosCourseUser {
  Id: string;
  UserName: string;
  FirstName: string;
  LastName: string;
  Completed: boolean;
  PercentageComplete: number;
  CompliantTill: string | null;
  DueDate: string | null;
  AccessTillDate: string | null;
}

/** A row of `GET /users/{id}/courses`. Note `Complete`, not `Completed`. */
export interface LitmosUserCourse {
  Id: string;
  Code: string;
  Name: string;
  Active: boolean;
  Complete: boolean;
  PercentageComplete: number;
  AssignedDate: string | null;
  StartDate: string | null;
  DateCompleted: string | null;
  UpToDate?: boolean;
  Overdue?: boolean;
  CompliantTill?: string | null;
  IsLearningPath?: boolean;
  CourseCreatedDate?: string | null;
  CourseCreator?: string | null;
  OriginalId?: number;
  ResultId?: string | null;
  AccessTillDate?: string | null;
}

/** Options shared by list calls. */
export interface ListOptions {
  /** Substring filter applied by the server (users: name, username, e-mail; teams, courses: name). */
  readonly search?: string;
}

/**
 * For a request whose first unit of the request budget the caller has already taken with
 * `LitmosTransport.turn()` (a coalesced batch that stayed open until the budget granted it).
 */
export interface PrepaidOption {
  /** @default false */
  readonly prepaid?: boolean;
}

export interface ListUsersOptions extends ListOptions {
  /**
   * Include deactivated users.
   * @default true (the API's own default)
   */
  readonly showInactive?: boolean;
}

/** Field kinds of the DTOs read from unrecorded routes (see `tolerant.ts`). */
import type { FieldKinds } from './tolerant.js';

export const USER_SUMMARY_KINDS = {
  Id: 'string',
  UserName: 'string',
  FirstName: 'string',
  LastName: 'string',
  Active: 'boolean',
  Email: 'string',
  AccessLevel: 'string',
  Brand: 'string',
} as const satisfies FieldKinds<LitmosUserSummary>;

export const USER_KINDS = {
  ...USER_SUMMARY_KINDS,
  FullName: 'string',
  DisableMessages: 'boolean',
  Skype: 'string',
  PhoneWork: 'string',
  PhoneMobile: 'string',
  LastLogin: 'string',
  LoginKey: 'string',
  IsCustomUsername: 'boolean',
  Password: 'string',
  SkipFirstLogin: 'boolean',
  TimeZone: 'string',
  SalesforceId: 'string',
  OriginalId: 'number',
  Street1: 'string',
  Street2: 'string',
  City: 'string',
  State: 'string',
  PostalCode: 'string',
  Country: 'string',
  CompanyName: 'string',
  JobTitle: 'string',
  CustomField1: 'string',
  CustomField2: 'string',
  CustomField3: 'string',
  Culture: 'string',
  CustomField4: 'string',
  CustomField5: 'string',
  CustomField6: 'string',
  CustomField7: 'string',
  CustomField8: 'string',
  CustomField9: 'string',
  CustomField10: 'string',
  SalesforceContactId: 'string',
  SalesforceAccountId: 'string',
  CreatedDate: 'string',
  Points: 'number',
  ManagerId: 'string',
  ManagerName: 'string',
  EnableTextNotification: 'boolean',
  Website: 'string',
  Twitter: 'string',
  ExpirationDate: 'string',
  JobRole: 'string',
  ExternalEmployeeId: 'string',
  ProfileType: 'string',
} as const satisfies FieldKinds<LitmosUser>;

export const TEAM_KINDS = {
  Id: 'string',
  Name: 'string',
  Description: 'string',
  TeamCodeForBulkImport: 'string',
  ParentTeamId: 'string',
} as const satisfies FieldKinds<LitmosTeam>;

export const COURSE_KINDS = {
  Id: 'string',
  Code: 'string',
  Name: 'string',
  Active: 'boolean',
  ForSale: 'boolean',
  OriginalId: 'number',
  Description: 'string',
  EcommerceShortDescription: 'string',
  EcommerceLongDescription: 'string',
  CourseCodeForBulkImport: 'string',
  Price: 'number',
  AccessTillDate: 'string',
  AccessTillDays: 'number',
  CourseTeamLibrary: 'boolean',
  CreatedBy: 'string',
  SeqId: 'string',
  Tags: 'string',
} as const satisfies FieldKinds<LitmosCourse>;

export const COURSE_USER_KINDS = {
  Id: 'string',
  UserName: 'string',
  FirstName: 'string',
  LastName: 'string',
  Completed: 'boolean',
  PercentageComplete: 'number',
  CompliantTill: 'string',
  DueDate: 'string',
  AccessTillDate: 'string',
} as const satisfies FieldKinds<LitmosCourseUser>;

export const USER_COURSE_KINDS = {
  Id: 'string',
  Code: 'string',
  Name: 'string',
  Active: 'boolean',
  Complete: 'boolean',
  PercentageComplete: 'number',
  AssignedDate: 'string',
  StartDate: 'string',
  DateCompleted: 'string',
  UpToDate: 'boolean',
  Overdue: 'boolean',
  CompliantTill: 'string',
  IsLearningPath: 'boolean',
  CourseCreatedDate: 'string',
  CourseCreator: 'string',
  OriginalId: 'number',
  ResultId: 'string',
  AccessTillDate: 'string',
} as const satisfies FieldKinds<LitmosUserCourse>;
