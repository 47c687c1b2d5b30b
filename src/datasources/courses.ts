/**
 * `litmos_courses`: every Litmos course, optionally narrowed to those whose name contains
 * `name_filter` (case-insensitive).
 */
import {
  bool,
  defineDataSource,
  nested,
  schema,
  str,
  strList,
  type DataSourceContext,
  type StateModel,
} from '../framework/index.js';
import type { ListedCourse } from '../litmos/index.js';
import type { ProviderData } from '../provider/provider-data.js';
import { courseRostersOf } from '../resources/course-roster.js';
import { addLitmosError } from '../resources/litmos-errors.js';
import { listByName, listReadId } from './lookup.js';

const TYPE_NAME = 'litmos_courses';

const coursesSchema = schema('Lists Litmos courses, optionally filtered by name.', {
  id: str({ description: 'Identifier of this read: a hash of the filter.', computed: true }),
  name_filter: str({
    description:
      'Keep only courses whose name contains this text (case-insensitive). Unset lists every course.',
    optional: true,
  }),
  include_assignments: bool({
    description:
      'Also list the users each course is assigned to (one call per course; the imports and reads of ' +
      '`litmos_course_assignment` in the same run reuse them). Defaults to `false`.',
    optional: true,
  }),
  courses: nested(
    'list',
    {
      id: str({ description: 'Litmos course ID.', computed: true }),
      name: str({ description: 'Course name.', computed: true }),
      code: str({ description: 'Course code.', computed: true }),
      active: bool({ description: 'Whether the course is active.', computed: true }),
      assigned_user_ids: strList({
        description: 'IDs of the users the course is assigned to, when `include_assignments` is true.',
        computed: true,
      }),
    },
    { description: 'The matching courses, ordered as Litmos lists them (by name).', computed: true },
  ),
});

type State = StateModel<typeof coursesSchema>;

const courseFromApi = (c: ListedCourse, assigned: string[] | null) => ({
  id: c.Id,
  name: c.Name,
  code: c.Code,
  active: c.Active,
  assigned_user_ids: assigned,
});

async function read(config: State, ctx: DataSourceContext<ProviderData>): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos) return null;
  const filter = config.name_filter;
  const found = await listByName(
    'courses',
    filter,
    (search) => litmos.courses.list({ search }),
    ctx.diagnostics,
  );
  if (!found) return null;
  const includeAssignments = config.include_assignments ?? false;
  try {
    const courses = await Promise.all(
      found.map(async (c) =>
        courseFromApi(c, includeAssignments ? [...(await courseRostersOf(litmos).get(c.Id))].sort() : null),
      ),
    );
    return {
      id: listReadId(TYPE_NAME, includeAssignments ? [filter, true] : [filter]),
      name_filter: filter,
      include_assignments: config.include_assignments,
      courses,
    };
  } catch (e) {
    addLitmosError(ctx.diagnostics, 'Listing the users of Litmos courses', e);
    return null;
  }
}

export const coursesDataSource = defineDataSource<typeof coursesSchema, ProviderData>({
  typeName: TYPE_NAME,
  schema: coursesSchema,
  read,
});
