/**
 * `litmos_team_course`: a course assigned to a Litmos team, on the team's "Courses" tab or, with
 * `team_library = true`, in its Team Course Library only ([DOC-TC]). No e-mail is sent unless
 * `send_message = true`. With `include_subteams = true` the create also assigns the course to
 * every sub-team (`includesubteams=true`); those sub-team placements are Litmos's own from then
 * on: destroy unassigns the course from this team only, as the API's unassign has no such option.
 */
import {
  bool,
  defineResource,
  requiresReplace,
  schema,
  str,
  useStateForUnknown,
  known,
  type PlanModel,
  type ResourceContext,
  type StateModel,
} from '../framework/index.js';
import { isLitmosError, type LitmosClient } from '../litmos/index.js';
import type { ProviderData } from '../provider/provider-data.js';
import { AttrPath } from '../tf/path.js';
import { addLitmosError } from './litmos-errors.js';

const LIBRARY_SUFFIX = 'library';

const teamCourseSchema = schema(
  "A course assigned to a Litmos team: on the team's Courses tab, or in its Team Course Library " +
    '(`team_library = true`). Destroy unassigns it from the team. No e-mail unless `send_message = true`.',
  {
    id: str({
      description: '`<team_id>/<course_id>`, or `<team_id>/<course_id>/library` for the Team Course Library.',
      computed: true,
      planModifiers: [useStateForUnknown()],
    }),
    team_id: str({ description: 'Litmos team ID.', required: true, planModifiers: [requiresReplace()] }),
    course_id: str({ description: 'Litmos course ID.', required: true, planModifiers: [requiresReplace()] }),
    team_library: bool({
      description:
        "`true`: the Team Course Library only; `false` (default): the team's Courses tab. A course can " +
        'be in both through two resources. Changing it replaces the resource.',
      optional: true,
      computed: true,
      default: false,
      planModifiers: [requiresReplace()],
    }),
    include_subteams: bool({
      description:
        'Also assign the course to every sub-team when it is created. Destroy unassigns it from this team only.',
      optional: true,
      computed: true,
      default: false,
    }),
    send_message: bool({
      description: 'Send the Litmos assignment e-mail when the course is assigned. No e-mail by default.',
      optional: true,
      computed: true,
      default: false,
    }),
  },
);

type TeamCourseSchema = typeof teamCourseSchema;
type Plan = PlanModel<TeamCourseSchema>;
type State = StateModel<TeamCourseSchema>;
type Ctx = ResourceContext<ProviderData>;

const idOf = (teamId: string, courseId: string, library: boolean): string =>
  library ? `${teamId}/${courseId}/${LIBRARY_SUFFIX}` : `${teamId}/${courseId}`;

/** Whether the course sits in the team in the given place; throws `NOT_FOUND` when the team is gone. */
async function isPlaced(
  litmos: LitmosClient,
  teamId: string,
  courseId: string,
  library: boolean,
): Promise<boolean> {
  const rows = await litmos.teamCourses.list(teamId);
  return rows.some((c) => c.Id === courseId && (c.CourseTeamLibrary ?? false) === library);
}

async function create({ plan }: { plan: Plan }, ctx: Ctx): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  const teamId = known(plan.team_id);
  const courseId = known(plan.course_id);
  if (!litmos || teamId === undefined || courseId === undefined) return null;
  const library = known(plan.team_library) ?? false;
  const includeSubTeams = known(plan.include_subteams) ?? false;
  const sendMessage = known(plan.send_message) ?? false;
  const action = `Assigning Litmos course ${courseId} to team ${teamId}`;
  try {
    await litmos.teamCourses.assign(teamId, [courseId], { library, includeSubTeams, sendMessage });
    // Litmos ignores unknown course ids, so confirm the course is now there.
    if (await isPlaced(litmos, teamId, courseId, library)) {
      return {
        id: idOf(teamId, courseId, library),
        team_id: teamId,
        course_id: courseId,
        team_library: library,
        include_subteams: includeSubTeams,
        send_message: sendMessage,
      };
    }
  } catch (e) {
    addLitmosError(ctx.diagnostics, action, e, AttrPath.root('team_id'));
    return null;
  }
  ctx.diagnostics.error(
    'Litmos Course Not Assigned To Team',
    `${action}: Litmos accepted the request, but the course is not among the team's courses. Check that the ` +
      'course ID exists.',
    AttrPath.root('course_id'),
  );
  return null;
}

async function read(state: State, ctx: Ctx): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos) return state;
  if (!state.team_id || !state.course_id) return null;
  try {
    return (await isPlaced(litmos, state.team_id, state.course_id, state.team_library ?? false))
      ? state
      : null;
  } catch (e) {
    if (isLitmosError(e, 'NOT_FOUND')) return null;
    addLitmosError(ctx.diagnostics, `Reading the courses of Litmos team ${state.team_id}`, e);
    return state;
  }
}

/** Only `include_subteams` and `send_message` change in place; both matter at create only. */
async function update({ plan, prior }: { plan: Plan; prior: State }): Promise<State | null> {
  return {
    ...prior,
    include_subteams: known(plan.include_subteams) ?? false,
    send_message: known(plan.send_message) ?? false,
  };
}

async function remove(state: State, ctx: Ctx): Promise<void> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos || !state.team_id || !state.course_id) return;
  try {
    await litmos.teamCourses.unassign(state.team_id, [state.course_id], {
      library: state.team_library ?? false,
    });
  } catch (e) {
    if (isLitmosError(e, 'NOT_FOUND')) return;
    addLitmosError(
      ctx.diagnostics,
      `Unassigning Litmos course ${state.course_id} from team ${state.team_id}`,
      e,
    );
  }
}

async function importState(id: string, ctx: Ctx): Promise<State | null> {
  const parts = id.split('/');
  const library = parts.length === 3 && parts[2] === LIBRARY_SUFFIX;
  const [teamId, courseId] = parts;
  if (!teamId || !courseId || !(parts.length === 2 || library)) {
    ctx.diagnostics.error(
      'Invalid Import ID',
      `Expected "<team_id>/<course_id>" or "<team_id>/<course_id>/library", got ${JSON.stringify(id)}.`,
    );
    return null;
  }
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos) return null;
  try {
    if (await isPlaced(litmos, teamId, courseId, library)) {
      return {
        id: idOf(teamId, courseId, library),
        team_id: teamId,
        course_id: courseId,
        team_library: library,
        include_subteams: false,
        send_message: false,
      };
    }
  } catch (e) {
    if (!isLitmosError(e, 'NOT_FOUND')) {
      addLitmosError(ctx.diagnostics, `Importing Litmos team course ${JSON.stringify(id)}`, e);
      return null;
    }
  }
  ctx.diagnostics.error(
    'Litmos Team Course Not Found',
    `Course ${courseId} is not assigned to Litmos team ${teamId}${library ? "'s Team Course Library" : ''} (or the team does not exist).`,
  );
  return null;
}

export const teamCourseResource = defineResource<TeamCourseSchema, ProviderData>({
  typeName: 'litmos_team_course',
  schema: teamCourseSchema,
  create,
  read,
  update,
  delete: remove,
  importState,
});
