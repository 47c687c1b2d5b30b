/** `/users` endpoints of the simulated API. */
import { SimHttpError } from '../http-error.js';
import { recordMessage } from '../outbox.js';
import { teamRow, toSummary } from '../store.js';
import type { LitmosUser } from '../../../litmos/types.js';
import { bodyIds, bodyRecord, empty, list, page, record, search, type Route } from './route.js';
import { createdSince } from './since.js';

const userSearchFields = (u: LitmosUser): readonly string[] => [u.UserName, u.FirstName, u.LastName, u.Email];

export const userRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/users',
    handle: ({ store, query }) => {
      let users = store.listUsers();
      if (query.get('showInactive')?.toLowerCase() === 'false') users = users.filter((u) => u.Active);
      users = search(users, query, userSearchFields);
      return list('Users', 'User', page(users, query).map(toSummary));
    },
  },
  {
    // Full-form users, active and inactive, paged like `/users`; `since` keeps users created after it.
    // Never recorded: rows take the recorded full form of GET /users/{id} ([SAP], [NR], facts §6.1).
    method: 'GET',
    pattern: '/users/details',
    handle: ({ store, query }) => {
      const users = search(createdSince(store.listUsers(), query), query, userSearchFields);
      return list('Users', 'User', page(users, query));
    },
  },
  {
    method: 'GET',
    pattern: '/users/{id}',
    handle: ({ store, params }) => {
      const user = store.findUser(params.id ?? '');
      if (!user) throw new SimHttpError(404, `User - ${params.id} was not found`);
      return record('User', user);
    },
  },
  {
    method: 'POST',
    pattern: '/users',
    handle: ({ store, body }) => record('User', store.createUser(bodyRecord(body), { origin: 'api' }), 201),
  },
  {
    method: 'PUT',
    pattern: '/users/{id}',
    handle: ({ store, params, body }) => {
      const fields = bodyRecord(body);
      const id = params.id ?? '';
      if (fields.Id !== undefined && fields.Id !== id) {
        throw new SimHttpError(
          404,
          'Please check the userid in the xml/json and the userid in the URL. They must match.',
        );
      }
      store.updateUser(id, fields);
      return empty();
    },
  },
  {
    method: 'DELETE',
    pattern: '/users/{id}',
    handle: ({ store, params }) => {
      store.deleteUser(params.id ?? '');
      return empty();
    },
  },
  {
    // Never recorded: rows take the listing form of `/teams` ([SAP], facts §6.1).
    method: 'GET',
    pattern: '/users/{id}/teams',
    handle: ({ store, params, query }) => {
      const teams = search(store.teamsOfUser(params.id ?? ''), query, (t) => [t.Name]);
      return list('Teams', 'Team', page(teams, query).map(teamRow));
    },
  },
  {
    // Never recorded: the row's fields are the documented ones ([DOC-UC], [JD] `CourseInfo`, facts §7.7).
    method: 'GET',
    pattern: '/users/{id}/courses',
    handle: ({ store, params, query }) => {
      const rows = store.enrollmentsOfUser(params.id ?? '').map((e) => {
        const course = store.requireCourse(e.courseId);
        return {
          Id: course.Id,
          Code: course.Code,
          Name: course.Name,
          Active: course.Active,
          Complete: e.completed,
          PercentageComplete: e.percentageComplete,
          AssignedDate: e.assignedAt.toISOString(),
          StartDate: null,
          DateCompleted: null,
          UpToDate: true,
          Overdue: false,
          CompliantTill: null,
          IsLearningPath: false,
          OriginalId: course.OriginalId,
          AccessTillDate: null,
        };
      });
      return list(
        'Courses',
        'Course',
        page(
          search(rows, query, (c) => [c.Name]),
          query,
        ),
      );
    },
  },
  {
    method: 'POST',
    pattern: '/users/{id}/courses',
    handle: ({ store, params, body, query }) => {
      const userId = params.id ?? '';
      const ids = bodyIds(body);
      store.assignCourses(userId, ids);
      recordMessage(store, query, { kind: 'user-courses', userId, ids });
      return empty();
    },
  },
  {
    method: 'DELETE',
    pattern: '/users/{id}/courses/{courseId}',
    handle: ({ store, params }) => {
      const userId = params.id ?? '';
      const courseId = params.courseId ?? '';
      if (store.unassignCourse(userId, courseId) === 'learning-path') {
        throw new SimHttpError(
          406,
          `The course - ${courseId} can't be removed from ${userId} because it is part of a learning path.`,
        );
      }
      return empty();
    },
  },
];
