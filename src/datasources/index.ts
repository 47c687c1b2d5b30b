/** Every data source of the provider. */
import type { AnyDataSource } from '../framework/index.js';
import type { ProviderData } from '../provider/provider-data.js';
import { courseDataSource } from './course.js';
import { coursesDataSource } from './courses.js';
import { teamDataSource } from './team.js';
import { teamsDataSource } from './teams.js';
import { userDataSource } from './user.js';
import { usersDataSource } from './users.js';

export const dataSources: readonly AnyDataSource<ProviderData>[] = [
  teamsDataSource,
  teamDataSource,
  coursesDataSource,
  courseDataSource,
  usersDataSource,
  userDataSource,
];
