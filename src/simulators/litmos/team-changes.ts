/**
 * Team writes of the simulated organisation that the store does not cover: renaming a team,
 * deleting one, and the courses assigned to a team (its "Courses" tab and its Team Course
 * Library). Kept beside the store, attached to it per instance, so the store's own file stays as
 * it is.
 *
 * Sources: `shared/facts/litmos-api.md` §6.3 and [DOC-TC]. What no source says is marked
 * NOT IN A SOURCE below, with the choice the simulator makes.
 */
import { conflict, notFound } from './http-error.js';
import type { LitmosStore } from './store.js';

/** Where a course sits in a team: the team's "Courses" tab or its Team Course Library. */
export type TeamCoursePlacement = 'courses' | 'library';

interface TeamCourses {
  readonly courses: Set<string>;
  readonly library: Set<string>;
}

const teamCourseState = new WeakMap<LitmosStore, Map<string, TeamCourses>>();

function coursesOf(store: LitmosStore, teamId: string): TeamCourses {
  let byTeam = teamCourseState.get(store);
  if (!byTeam) {
    byTeam = new Map();
    teamCourseState.set(store, byTeam);
  }
  let entry = byTeam.get(teamId);
  if (!entry) {
    entry = { courses: new Set(), library: new Set() };
    byTeam.set(teamId, entry);
  }
  return entry;
}

export interface TeamUpdate {
  readonly Id: string;
  readonly Name: string;
  readonly Description: string;
}

/**
 * `PUT /teams/{id}`: the Id in the body must match the URL ([NR], [JD]). A name used by another
 * team is 409 "Team name already exists", as on create ([SAP]). NOT IN A SOURCE: the status of an
 * Id mismatch (404 here, like `PUT /users/{id}`), and whether `ParentTeamId` can move a team (the
 * simulator ignores it: a team keeps its parent).
 */
export function updateTeam(store: LitmosStore, teamId: string, update: TeamUpdate): void {
  const team = store.requireTeam(teamId);
  if (update.Id !== teamId) {
    throw notFound('Please check the teamid in the xml/json and the teamid in the URL. They must match.');
  }
  if (update.Name.trim() === '') throw conflict('Team name is required');
  const wanted = update.Name.toLowerCase();
  if (store.listTeams().some((t) => t.Id !== teamId && t.Name.toLowerCase() === wanted)) {
    throw conflict('Team name already exists');
  }
  store.teams.set(teamId, { ...team, Name: update.Name, Description: update.Description });
}

/**
 * `DELETE /teams/{id}` ([NR]: Account Owners and Administrators only). The team's memberships,
 * roles and course placements go with it; the users stay. NOT IN A SOURCE: what happens to
 * sub-teams. The simulator refuses (409) while the team has sub-teams, so nothing is orphaned.
 */
export function deleteTeam(store: LitmosStore, teamId: string): void {
  store.requireTeam(teamId);
  if (store.subTeams(teamId).length > 0) {
    throw conflict('The team has sub-teams. Delete or move them first.');
  }
  store.teams.delete(teamId);
  for (const map of [store.members, store.leaders, store.admins]) map.delete(teamId);
  teamCourseState.get(store)?.delete(teamId);
}

/** Each course of the team with the placement it has; a course in both places appears twice. */
export function teamCourses(
  store: LitmosStore,
  teamId: string,
): { courseId: string; placement: TeamCoursePlacement }[] {
  store.requireTeam(teamId);
  const entry = coursesOf(store, teamId);
  return [
    ...[...entry.courses].map((courseId) => ({ courseId, placement: 'courses' as const })),
    ...[...entry.library].map((courseId) => ({ courseId, placement: 'library' as const })),
  ];
}

/**
 * `POST /teams/{id}/courses` ([DOC-TC]): courses already placed, or unknown course ids, are
 * ignored. With `includeSubTeams` the courses go to every descendant team too. NOT IN A SOURCE:
 * whether this enrols the team's members in the course; the simulator records the placement only.
 */
export function assignTeamCourses(
  store: LitmosStore,
  teamId: string,
  items: readonly { courseId: string; placement: TeamCoursePlacement }[],
  includeSubTeams: boolean,
): void {
  for (const id of teamAndDescendants(store, teamId, includeSubTeams)) {
    const entry = coursesOf(store, id);
    for (const item of items) if (store.courses.has(item.courseId)) entry[item.placement].add(item.courseId);
  }
}

/** `DELETE /teams/{id}/courses` ([DOC-TC]): courses not placed there, or unknown ids, are ignored. */
export function unassignTeamCourses(
  store: LitmosStore,
  teamId: string,
  items: readonly { courseId: string; placement: TeamCoursePlacement }[],
): void {
  store.requireTeam(teamId);
  const entry = coursesOf(store, teamId);
  for (const item of items) entry[item.placement].delete(item.courseId);
}

function teamAndDescendants(store: LitmosStore, teamId: string, descend: boolean): string[] {
  store.requireTeam(teamId);
  if (!descend) return [teamId];
  return [teamId, ...store.subTeams(teamId).flatMap((t) => teamAndDescendants(store, t.Id, true))];
}
