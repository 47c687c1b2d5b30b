/**
 * Litmos courses: list and read, who is on a course, a user's courses, and assigning or
 * unassigning courses to a user (by default without Litmos's e-mail).
 */
import { isLitmosError } from './errors.js';
import { listEveryTolerant } from './listing.js';
import type { FieldKinds, Tolerant } from './tolerant.js';
import { asObject } from './paging.js';
import { apiPath, type LitmosTransport } from './transport.js';
import {
  COURSE_KINDS,
  COURSE_USER_KINDS,
  USER_COURSE_KINDS,
  type ListOptions,
  type PrepaidOption,
  type LitmosCourse,
  type LitmosCourseUser,
  type LitmosUserCourse,
} from './types.js';

/** A course row of `GET /courses` (no recorded answer: read defensively). */
export type ListedCourse = Tolerant<LitmosCourse, 'Id' | 'Name'>;

export interface AssignCoursesOptions extends PrepaidOption {
  /** Send Litmos's assignment e-mail. @default false */
  readonly sendMessage?: boolean;
}

export interface CoursesDeps {
  readonly transport: LitmosTransport;
  readonly pageSize: number;
}

export class LitmosCourses {
  readonly #deps: CoursesDeps;
  /** `lookup`'s answers: each course is read once per process. */
  readonly #lookups = new Map<string, Promise<LitmosCourse | undefined>>();

  constructor(deps: CoursesDeps) {
    this.#deps = deps;
  }

  /** Every course; `GET /courses` was never recorded, so rows are read defensively. */
  list(options: ListOptions = {}): Promise<ListedCourse[]> {
    const shape = { kinds: COURSE_KINDS, required: ['Id', 'Name'] as const };
    return listEveryTolerant<LitmosCourse, 'Id' | 'Name'>(
      this.#deps.transport,
      this.#deps.pageSize,
      '/courses',
      shape,
      {
        search: options.search,
      },
    );
  }

  async get(courseId: string): Promise<LitmosCourse> {
    const path = apiPath('courses', courseId);
    return asObject<LitmosCourse>(await this.#deps.transport.request({ method: 'GET', path }), `GET ${path}`);
  }

  /**
   * The course, or undefined when Litmos has none with this id: read once per course for the life
   * of this client (concurrent callers share the read; a failed read is not kept). The provider
   * never changes courses, so the answer stands for a run; a course deleted in Litmos meanwhile is
   * found by the next run's refresh.
   */
  lookup(courseId: string): Promise<LitmosCourse | undefined> {
    const cached = this.#lookups.get(courseId);
    if (cached) return cached;
    const read = this.get(courseId).catch((e: unknown) => {
      if (isLitmosError(e, 'NOT_FOUND')) return undefined;
      this.#lookups.delete(courseId);
      throw e;
    });
    this.#lookups.set(courseId, read);
    return read;
  }

  /** Users assigned to the course, with their progress. */
  listUsers(
    courseId: string,
    options: ListOptions & PrepaidOption = {},
  ): Promise<Tolerant<LitmosCourseUser, 'Id'>[]> {
    return this.#listById<LitmosCourseUser>(
      apiPath('courses', courseId, 'users'),
      COURSE_USER_KINDS,
      options,
    );
  }

  /** Courses assigned to the user, with progress. */
  listForUser(
    userId: string,
    options: ListOptions & PrepaidOption = {},
  ): Promise<Tolerant<LitmosUserCourse, 'Id'>[]> {
    return this.#listById<LitmosUserCourse>(apiPath('users', userId, 'courses'), USER_COURSE_KINDS, options);
  }

  /** Every row of a listing whose rows need only an `Id` (neither route was ever recorded). */
  #listById<T extends { Id: string }>(
    path: string,
    kinds: FieldKinds<T>,
    options: ListOptions & PrepaidOption,
  ): Promise<Tolerant<T, 'Id'>[]> {
    const shape = { kinds, required: ['Id'] as const };
    return listEveryTolerant<T, 'Id'>(
      this.#deps.transport,
      this.#deps.pageSize,
      path,
      shape,
      { search: options.search },
      options,
    );
  }

  /**
   * Assigns courses to a user. Courses already assigned are ignored by the API, so this is
   * repeatable.
   */
  async assignToUser(
    userId: string,
    courseIds: readonly string[],
    options: AssignCoursesOptions = {},
  ): Promise<void> {
    if (courseIds.length === 0) return;
    await this.#deps.transport.request({
      method: 'POST',
      path: apiPath('users', userId, 'courses'),
      query: { sendmessage: options.sendMessage ?? false },
      body: courseIds.map((Id) => ({ Id })),
      repeatable: true,
      prepaid: options.prepaid === true,
    });
  }

  /** Unassigns one course. `VALIDATION` (406) when it came through a learning path. */
  async unassignFromUser(userId: string, courseId: string): Promise<void> {
    await this.#deps.transport.request({
      method: 'DELETE',
      path: apiPath('users', userId, 'courses', courseId),
    });
  }
}
