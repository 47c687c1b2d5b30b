/**
 * A short-lived, shared view of who is assigned each Litmos course (`GET /courses/{id}/users`), so
 * that adopting or refreshing the many `litmos_course_assignment` resources of one course costs
 * one listing per course, and the `litmos_courses` data source's `include_assignments` read is
 * reused by the imports and reads that follow it in the same run.
 */
import type { LitmosClient } from '../litmos/index.js';
import { TeamRosterCache } from './team-roster.js';

/** The ids of the users a course is assigned to. */
export type CourseRoster = ReadonlySet<string>;

const ROSTER_TTL_MS = 30_000;
const courseRosterCaches = new WeakMap<LitmosClient, TeamRosterCache<CourseRoster>>();

/** The course roster cache of one client (one provider configuration), dropped by any write through it. */
export function courseRostersOf(litmos: LitmosClient): TeamRosterCache<CourseRoster> {
  let cache = courseRosterCaches.get(litmos);
  if (!cache) {
    const created = new TeamRosterCache<CourseRoster>({
      load: async (courseId) => new Set((await litmos.courses.listUsers(courseId)).map((u) => u.Id)),
      ttlMs: ROSTER_TTL_MS,
      now: Date.now,
    });
    litmos.onWrite(() => created.clear());
    courseRosterCaches.set(litmos, created);
    cache = created;
  }
  return cache;
}
