/** Public surface of the Litmos REST client. */
export { LitmosClient, type LitmosClientOptions } from './client.js';
export {
  LitmosUsers,
  type CreateUserOptions,
  type CreateUserResult,
  type ListUserDetailsOptions,
} from './users.js';
export { DEFAULT_DETAILED_READ_OPTIONS, type DetailedReadOptions } from './detailed-user-reads.js';
export { LitmosTeams, type AddTeamMembersOptions, type TeamRole } from './teams.js';
export { LitmosCourses, type AssignCoursesOptions, type ListedCourse } from './courses.js';
export type { Tolerant } from './tolerant.js';
export { LitmosTeamCourses, type TeamCourseWriteOptions } from './team-courses.js';
export { TeamMemberAdds, type TeamMemberAddOutcome, type BatchingOptions } from './team-member-adds.js';
export { UserCourseAdds } from './user-course-adds.js';
export { Coalescer, type ItemOutcome } from './coalescer.js';
export { LitmosError, isLitmosError, type LitmosErrorCode } from './errors.js';
export { LITMOS_BASE_URLS, isLitmosRegion, resolveBaseUrl, type LitmosRegion } from './regions.js';
export { DEFAULT_RETRY_POLICY, retryDelayMs, type RetryPolicy } from './retry.js';
export { queuedRequests, resetRequestGates } from './throttle.js';
export {
  describeRedisUrl,
  redisUrlSecrets,
  resetSharedBudgets,
  sharedWindowFor,
  type BudgetFallback,
} from './shared-budget.js';
export { parseLitmosDate } from './decode.js';
export { MAX_PAGE_SIZE } from './paging.js';
export { looksLikeEmail } from './user-body.js';
export * from './types.js';
