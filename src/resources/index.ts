/** Every resource of the provider. */
import type { AnyResource } from '../framework/index.js';
import type { ProviderData } from '../provider/provider-data.js';
import { courseAssignmentResource } from './course-assignment.js';
import { teamMemberResource } from './team-member.js';
import { teamResource } from './team.js';
import { teamCourseResource } from './team-course.js';
import { teamMembersResource } from './team-members.js';
import { administratorsResource } from './administrators.js';
import { userAccessLevelResource } from './user-access-level.js';
import { conductorOneAppResource } from './conductorone-app.js';
import { conductorOneConnectorResource } from './conductorone-connector.js';
import { conductorOneBatonConnectorResource } from './conductorone-baton-connector.js';
import { conductorOneConnectorCredentialResource } from './conductorone-connector-credential.js';
import { userResource } from './user.js';

export const resources: readonly AnyResource<ProviderData>[] = [
  userResource,
  userAccessLevelResource,
  teamResource,
  teamMemberResource,
  teamCourseResource,
  teamMembersResource,
  administratorsResource,
  courseAssignmentResource,
  conductorOneAppResource,
  conductorOneConnectorResource,
  conductorOneBatonConnectorResource,
  conductorOneConnectorCredentialResource,
];
