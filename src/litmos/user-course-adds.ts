/**
 * Assigning courses to users, coalesced, and checked with shared reads.
 *
 * Writes: concurrent assignments to one user go out as one `POST /users/{id}/courses` carrying
 * the list (the API takes no list of users, so each user costs one request).
 *
 * Checks: Litmos ignores unknown course ids, so each assignment is confirmed by a read made after
 * its write. Checks that arrive close together are grouped by course: a course that two or more
 * of them ask about is read once with `GET /courses/{id}/users` (who has the course), the rest
 * with `GET /users/{id}/courses` (one user's courses), whichever answers more checks per request.
 * A window's checks stay open to more until the request budget grants their first read.
 *
 * No check at all when the outcome is known: the user was seen active moments ago by this process
 * (`RecentUsers`) and the course exists and is active (`LitmosCourses.lookup`, one read per course
 * per process), so none of the ids Litmos ignores is in the request.
 */
import { Coalescer, type ItemOutcome } from './coalescer.js';
import type { LitmosCourses } from './courses.js';
import { PendingWrites } from './pending-writes.js';
import type { RecentUsers } from './recent-users.js';
import {
  DEFAULT_BATCHING,
  GATHER_WINDOW_MS,
  READ_BACK_DEFER_MS,
  type BatchingOptions,
} from './team-member-adds.js';

/** Fewest checks of one course in a window that are answered by the course's user list. */
const MIN_CHECKS_FOR_COURSE_LISTING = 2;

interface CheckItem {
  readonly userId: string;
  readonly courseId: string;
}

export class UserCourseAdds {
  readonly #courses: LitmosCourses;
  readonly #writes: Coalescer<string, void>;
  readonly #checks: Coalescer<CheckItem, boolean>;
  /** Assignments whose write has not finished (one key: checks of all courses go together). */
  readonly #pending = new PendingWrites();
  /** Users known active moments ago, whose assignments of a known course need no check. */
  readonly #recent: RecentUsers | undefined;

  constructor(courses: LitmosCourses, options: BatchingOptions = {}, recent?: RecentUsers) {
    this.#courses = courses;
    this.#recent = recent;
    const { turn, ...rest } = options;
    const batching = { ...DEFAULT_BATCHING, ...rest };
    const prepaid = turn !== undefined;
    this.#writes = new Coalescer<string, void>({
      ...batching,
      ...(turn ? { turn } : {}),
      flush: async (key, courseIds) => {
        const { userId, sendMessage } = parseKey(key);
        await this.#courses.assignToUser(userId, [...new Set(courseIds)], { sendMessage, prepaid });
        return courseIds.map(() => ({ ok: true, value: undefined }));
      },
    });
    // One key: a window's checks are grouped by course inside the flush. The window is as long as
    // the member adds' for the same reason: waiting checks let more of them gather per course.
    this.#checks = new Coalescer<CheckItem, boolean>({
      windowMs: options.windowMs ?? GATHER_WINDOW_MS,
      maxBatch: Number.MAX_SAFE_INTEGER,
      // Checks wait (briefly) for the assignments still being written, then for budget.
      turn: async () => {
        await this.#pending.settled('', READ_BACK_DEFER_MS);
        await turn?.();
      },
      flush: (_key, items) => this.#check(items, prepaid),
    });
  }

  /**
   * Assigns the course to the user together with the other assignments of the same moment, then
   * tells whether the course is now among the user's courses.
   */
  async assign(
    userId: string,
    courseId: string,
    options: { readonly sendMessage?: boolean } = {},
  ): Promise<boolean> {
    await this.#pending.track('', () =>
      this.#writes.submit(batchKey(userId, options.sendMessage ?? false), courseId),
    );
    if (await this.#knownToTakeEffect(userId, courseId)) return true;
    return this.isAssigned(userId, courseId);
  }

  /** An active user seen moments ago and an existing, active course: Litmos ignores neither. */
  async #knownToTakeEffect(userId: string, courseId: string): Promise<boolean> {
    if (!this.#recent?.isActive(userId)) return false;
    const course = await this.#courses.lookup(courseId).catch(() => undefined);
    // Asked again after the lookup: a write to the user may have started while it was read.
    return course !== undefined && course.Active !== false && this.#recent.isActive(userId);
  }

  /** Whether the course is assigned to the user, read together with the checks of the same moment. */
  isAssigned(userId: string, courseId: string): Promise<boolean> {
    return this.#checks.submit('', { userId, courseId });
  }

  /** `prepaid`: the first read may use the unit of budget the batch's turn took. */
  async #check(items: readonly CheckItem[], prepaid: boolean): Promise<ItemOutcome<boolean>[]> {
    let unpaid = prepaid;
    const first = (): { prepaid: boolean } => {
      const paid = unpaid;
      unpaid = false;
      return { prepaid: paid };
    };
    const usersByCourse = new Map<string, Set<string>>();
    for (const { userId, courseId } of items) {
      const users = usersByCourse.get(courseId) ?? new Set<string>();
      users.add(userId);
      usersByCourse.set(courseId, users);
    }
    const listedCourses = [...usersByCourse].filter(
      ([, users]) => users.size >= MIN_CHECKS_FOR_COURSE_LISTING,
    );
    const courseReads = new Map(
      listedCourses.map(([courseId]) => [
        courseId,
        this.#courses.listUsers(courseId, first()).then((rows) => new Set(rows.map((r) => r.Id))),
      ]),
    );
    const userReads = new Map<string, Promise<ReadonlySet<string>>>();
    for (const { userId, courseId } of items) {
      if (courseReads.has(courseId) || userReads.has(userId)) continue;
      userReads.set(
        userId,
        this.#courses.listForUser(userId, first()).then((rows) => new Set(rows.map((r) => r.Id))),
      );
    }
    return Promise.all(
      items.map(async ({ userId, courseId }): Promise<ItemOutcome<boolean>> => {
        try {
          const byCourse = courseReads.get(courseId);
          if (byCourse) return { ok: true, value: (await byCourse).has(userId) };
          const byUser = userReads.get(userId);
          return { ok: true, value: byUser ? (await byUser).has(courseId) : false };
        } catch (error) {
          return { ok: false, error };
        }
      }),
    );
  }
}

const batchKey = (userId: string, sendMessage: boolean): string => `${sendMessage ? 1 : 0}${userId}`;

function parseKey(key: string): { userId: string; sendMessage: boolean } {
  return { sendMessage: key.startsWith('1'), userId: key.slice(1) };
}
