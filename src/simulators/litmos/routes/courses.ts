/** `/courses` endpoints of the simulated API. */
import { list, page, record, search, type Route } from './route.js';

export const courseRoutes: readonly Route[] = [
  {
    // Never recorded: rows take the recorded single-course form ([BL] reads the same Course struct).
    method: 'GET',
    pattern: '/courses',
    handle: ({ store, query }) =>
      list(
        'Courses',
        'Course',
        page(
          search(store.listCourses(), query, (c) => [c.Name]),
          query,
        ),
      ),
  },
  {
    method: 'GET',
    pattern: '/courses/{id}',
    handle: ({ store, params }) => record('Course', store.requireCourse(params.id ?? '')),
  },
  {
    // Never recorded: the documented course-user row ([BL] `CourseUser`, [SAP], facts §7.6).
    method: 'GET',
    pattern: '/courses/{id}/users',
    handle: ({ store, params, query }) => {
      const rows = store.usersOfCourse(params.id ?? '').map(({ user, enrollment }) => ({
        Id: user.Id,
        UserName: user.UserName,
        FirstName: user.FirstName,
        LastName: user.LastName,
        Completed: enrollment.completed,
        PercentageComplete: enrollment.percentageComplete,
        CompliantTill: null,
        DueDate: null,
        AccessTillDate: null,
      }));
      return list(
        'Users',
        'User',
        page(
          search(rows, query, (r) => [r.UserName, r.FirstName, r.LastName]),
          query,
        ),
      );
    },
  },
];
