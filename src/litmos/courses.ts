/**
 * Litmos courses: list and read, who is on a course, a user's courses, and assigning or
 * unassigning courses to a user (by default without Litmos's e-mail).
 */
import { listEvery } from './listing.js';
import { asObject } from './paging.js';
import { apiPath, type LitmosTransport } from './transport.js';
import type { ListOptions, LitmosCourse, LitmosCourseUser, LitmosUserCourse } from './types.js';

export interface AssignCoursesOptions {
  /** Send Litmos's assignment e-mail. @default false */
  readonly sendMessage?: boolean;
}

export interface CoursesDeps {
  readonly transport: LitmosTransport;
  readonly pageSize: number;
}

export class LitmosCourses {
  readonly #deps: CoursesDeps;

  constructor(deps: CoursesDeps) {
    this.#deps = deps;
  }

  list(options: ListOptions = {}): Promise<LitmosCourse[]> {
    return this.#listAll<LitmosCourse>('/courses', options);
  }

  async get(courseId: string): Promise<LitmosCourse> {
    const path = apiPath('courses', courseId);
    return asObject<LitmosCourse>(await this.#deps.transport.request({ method: 'GET', path }), `GET ${path}`);
  }

  /** Users assigned to the course, with their progress. */
  listUsers(courseId: string, options: ListOptions = {}): Promise<LitmosCourseUser[]> {
    return this.#listAll<LitmosCourseUser>(apiPath('courses', courseId, 'users'), options);
  }

  /** Courses assigned to the user, with progress. */
  listForUser(userId: string, options: ListOptions = {}): Promise<LitmosUserCourse[]> {
    return this.#listAll<LitmosUserCourse>(apiPath('users', userId, 'courses'), options);
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
    });
  }

  /** Unassigns one course. `VALIDATION` (406) when it came through a learning path. */
  async unassignFromUser(userId: string, courseId: string): Promise<void> {
    await this.#deps.transport.request({
      method: 'DELETE',
      path: apiPath('users', userId, 'courses', courseId),
    });
  }

  #listAll<T>(path: string, options: ListOptions): Promise<T[]> {
    return listEvery<T>(this.#deps.transport, this.#deps.pageSize, path, { search: options.search });
  }
}
