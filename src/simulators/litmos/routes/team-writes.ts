/** `PUT|DELETE /teams/{id}` and `/teams/{id}/courses` of the simulated API (see `team-changes.ts`). */
import { badRequest } from '../http-error.js';
import {
  assignTeamCourses,
  deleteTeam,
  teamCourses,
  unassignTeamCourses,
  updateTeam,
  type TeamCoursePlacement,
} from '../team-changes.js';
import { recordMessage } from '../outbox.js';
import { bodyRecord, empty, list, page, type RequestBody, type Route } from './route.js';

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const isTrue = (v: unknown): boolean => v === true || (typeof v === 'string' && v.toLowerCase() === 'true');

/**
 * The items of a team-course body: JSON `[{"Id":…,"CourseTeamLibrary":…}]` ([PY] `team.py`) or XML
 * `<Courses><Course><Id/><CourseTeamLibrary/></Course>…` ([DOC-TC]); a missing flag means the
 * team's "Courses" tab.
 */
function courseItems(body: RequestBody): { courseId: string; placement: TeamCoursePlacement }[] {
  const raw: { id: unknown; library: unknown }[] =
    body.kind === 'json' && Array.isArray(body.value)
      ? body.value.map((item: unknown) =>
          typeof item === 'object' && item !== null
            ? {
                id: (item as Record<string, unknown>).Id,
                library: (item as Record<string, unknown>).CourseTeamLibrary,
              }
            : { id: undefined, library: undefined },
        )
      : body.kind === 'xml'
        ? body.root.children.map((course) => ({
            id: course.children.find((c) => c.name === 'Id')?.text.trim(),
            library: course.children.find((c) => c.name === 'CourseTeamLibrary')?.text.trim(),
          }))
        : [];
  if (body.kind === 'none' || raw.length === 0) {
    throw badRequest('Please check the xml/json in the body of the request');
  }
  return raw
    .filter((r) => text(r.id) !== '')
    .map((r) => ({ courseId: text(r.id), placement: isTrue(r.library) ? 'library' : 'courses' }));
}

export const teamWriteRoutes: readonly Route[] = [
  {
    method: 'PUT',
    pattern: '/teams/{id}',
    handle: ({ store, params, body }) => {
      const fields = bodyRecord(body);
      updateTeam(store, params.id ?? '', {
        Id: text(fields.Id),
        Name: text(fields.Name),
        Description: text(fields.Description),
      });
      return empty();
    },
  },
  {
    method: 'DELETE',
    pattern: '/teams/{id}',
    handle: ({ store, params }) => {
      deleteTeam(store, params.id ?? '');
      return empty();
    },
  },
  {
    method: 'GET',
    pattern: '/teams/{id}/courses',
    handle: ({ store, params, query }) => {
      const rows = teamCourses(store, params.id ?? '').map(({ courseId, placement }) => ({
        ...store.requireCourse(courseId),
        CourseTeamLibrary: placement === 'library',
      }));
      return list('Courses', 'Course', page(rows, query));
    },
  },
  {
    method: 'POST',
    pattern: '/teams/{id}/courses',
    handle: ({ store, params, body, query }) => {
      const includeSubTeams = query.get('includesubteams')?.toLowerCase() === 'true';
      const teamId = params.id ?? '';
      const items = courseItems(body);
      assignTeamCourses(store, teamId, items, includeSubTeams);
      recordMessage(store, query, { kind: 'team-courses', teamId, ids: items.map((i) => i.courseId) });
      return empty(201);
    },
  },
  {
    method: 'DELETE',
    pattern: '/teams/{id}/courses',
    handle: ({ store, params, body }) => {
      unassignTeamCourses(store, params.id ?? '', courseItems(body));
      return empty();
    },
  },
];
