/**
 * `litmos_course_assignment`: one course assigned to one Litmos user. Destroy unassigns it; a
 * course that the user also has through a learning path cannot be unassigned (Litmos answers
 * 406), so destroy then warns and forgets the resource while the course stays assigned.
 * Progress (completion, percentage) changes without any configuration change and is therefore
 * not part of the state.
 */
import {
  bool,
  defineResource,
  requiresReplace,
  schema,
  str,
  useStateForUnknown,
  type PlanModel,
  type ResourceContext,
  type StateModel,
  type ModifyPlanRequest,
  known,
} from '../framework/index.js';
import { isLitmosError, type LitmosClient } from '../litmos/index.js';
import { ProviderData } from '../provider/provider-data.js';
import { AttrPath } from '../tf/path.js';
import { parseImportId } from './import-id.js';
import { addLitmosError } from './litmos-errors.js';

const HTTP_NOT_ACCEPTABLE = 406;

const courseAssignmentSchema = schema(
  'A course assigned to a Litmos user. Destroying it unassigns the course; when the course came ' +
    'through a learning path it stays assigned and Terraform only forgets it (with a warning).',
  {
    id: str({
      description: '`<user_id>/<course_id>`.',
      computed: true,
      planModifiers: [useStateForUnknown()],
    }),
    user_id: str({ description: 'Litmos user ID.', required: true, planModifiers: [requiresReplace()] }),
    course_id: str({ description: 'Litmos course ID.', required: true, planModifiers: [requiresReplace()] }),
    send_message: bool({
      description:
        'Send the Litmos assignment e-mail. Used only when the assignment is created; no e-mail by default.',
      optional: true,
      computed: true,
      default: false,
    }),
  },
);

type CourseAssignmentSchema = typeof courseAssignmentSchema;
type Plan = PlanModel<CourseAssignmentSchema>;
type State = StateModel<CourseAssignmentSchema>;
type Ctx = ResourceContext<ProviderData>;

const assignmentId = (userId: string, courseId: string): string => `${userId}/${courseId}`;

function toState(userId: string, courseId: string, sendMessage: boolean): State {
  return {
    id: assignmentId(userId, courseId),
    user_id: userId,
    course_id: courseId,
    send_message: sendMessage,
  };
}

/**
 * Whether the course is among the user's courses; throws `NOT_FOUND` when the user is gone.
 * Checks made at the same moment share their reads (one listing of a course serves many users).
 */
function isAssigned(litmos: LitmosClient, userId: string, courseId: string): Promise<boolean> {
  return litmos.userCourseAdds.isAssigned(userId, courseId);
}

async function create({ plan }: { plan: Plan }, ctx: Ctx): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  const userId = known(plan.user_id);
  const courseId = known(plan.course_id);
  if (!litmos || userId === undefined || courseId === undefined) return null;
  const sendMessage = known(plan.send_message) ?? false;
  const action = `Assigning Litmos course ${courseId} to user ${userId}`;
  try {
    // Concurrent assignments to this user go out as one request; Litmos ignores unknown course
    // ids in it, so the outcome is this course's own, read back after the write.
    if (await litmos.userCourseAdds.assign(userId, courseId, { sendMessage }))
      return toState(userId, courseId, sendMessage);
  } catch (e) {
    addLitmosError(ctx.diagnostics, action, e, AttrPath.root('user_id'));
    return null;
  }
  await explainMissingCourse(litmos, courseId, action, ctx);
  return null;
}

async function explainMissingCourse(
  litmos: LitmosClient,
  courseId: string,
  action: string,
  ctx: Ctx,
): Promise<void> {
  try {
    await litmos.courses.get(courseId);
    ctx.diagnostics.error(
      'Litmos Course Not Assigned',
      `${action}: Litmos accepted the request, but the course is not among the user's courses. Apply again; ` +
        'report it if it persists.',
      AttrPath.root('course_id'),
    );
  } catch (e) {
    if (!isLitmosError(e, 'NOT_FOUND')) {
      addLitmosError(ctx.diagnostics, action, e, AttrPath.root('course_id'));
      return;
    }
    ctx.diagnostics.error(
      'Litmos Course Not Found',
      `${action}: no Litmos course has the ID ${JSON.stringify(courseId)}.`,
      AttrPath.root('course_id'),
    );
  }
}

async function read(state: State, ctx: Ctx): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos) return state;
  if (!state.user_id || !state.course_id) return null;
  try {
    return (await isAssigned(litmos, state.user_id, state.course_id)) ? state : null;
  } catch (e) {
    if (isLitmosError(e, 'NOT_FOUND')) return null;
    addLitmosError(ctx.diagnostics, `Reading the courses of Litmos user ${state.user_id}`, e);
    return state;
  }
}

/** Only `send_message` can change in place, and it matters only at create: store it. */
async function update({ plan, prior }: { plan: Plan; prior: State }): Promise<State | null> {
  return { ...prior, send_message: known(plan.send_message) ?? false };
}

async function remove(state: State, ctx: Ctx): Promise<void> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos || !state.user_id || !state.course_id) return;
  try {
    await litmos.courses.unassignFromUser(state.user_id, state.course_id);
  } catch (e) {
    if (isLitmosError(e, 'NOT_FOUND')) return;
    if (isLitmosError(e, 'VALIDATION') && e.status === HTTP_NOT_ACCEPTABLE) {
      ctx.diagnostics.warning(
        'Course Stays Assigned Through A Learning Path',
        `Litmos course ${state.course_id} is part of a learning path assigned to user ${state.user_id}, so ` +
          'Litmos keeps it assigned. Terraform no longer manages this assignment; unassign the learning ' +
          'path in Litmos to remove the course.',
      );
      return;
    }
    addLitmosError(
      ctx.diagnostics,
      `Unassigning Litmos course ${state.course_id} from user ${state.user_id}`,
      e,
    );
  }
}

async function importState(id: string, ctx: Ctx): Promise<State | null> {
  const parts = parseImportId(
    id,
    { parts: ['user_id', 'course_id'], address: 'litmos_course_assignment.x' },
    ctx.diagnostics,
  );
  if (!parts) return null;
  const parsed = { userId: parts[0], courseId: parts[1] };
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos) return null;
  const { userId, courseId } = parsed;
  try {
    if (await isAssigned(litmos, userId, courseId)) return toState(userId, courseId, false);
  } catch (e) {
    if (!isLitmosError(e, 'NOT_FOUND')) {
      addLitmosError(ctx.diagnostics, `Importing Litmos course assignment ${JSON.stringify(id)}`, e);
      return null;
    }
  }
  ctx.diagnostics.error(
    'Litmos Course Assignment Not Found',
    `Course ${courseId} is not assigned to Litmos user ${userId} (or the user does not exist).`,
  );
  return null;
}

/**
 * At plan time, a new assignment's course (or a changed one) must exist: a course id Litmos does not know is an error
 * on `course_id` before anything is applied. Each course is read once per provider process, and
 * the same answer later tells the apply that the course is valid (so assignments of it to users
 * known to be active need no check). A read that fails for another reason leaves the question to
 * the apply, which checks the assignment.
 */
async function modifyPlan(req: ModifyPlanRequest<CourseAssignmentSchema>): Promise<void> {
  const courseId = known(req.plan.course_id);
  if (courseId === undefined || courseId === req.prior?.course_id) return;
  if (!(req.provider instanceof ProviderData)) return;
  const litmos = req.provider.litmos(req.diagnostics);
  if (!litmos) return;
  let course;
  try {
    course = await litmos.courses.lookup(courseId);
  } catch {
    return;
  }
  if (course === undefined)
    req.diagnostics.error(
      'Litmos Course Not Found',
      `No Litmos course has the ID ${JSON.stringify(courseId)}.`,
      AttrPath.root('course_id'),
    );
}

export const courseAssignmentResource = defineResource<CourseAssignmentSchema, ProviderData>({
  typeName: 'litmos_course_assignment',
  schema: courseAssignmentSchema,
  create,
  read,
  update,
  delete: remove,
  importState,
  modifyPlan,
});
