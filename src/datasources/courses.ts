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
  type DataSourceContext,
  type StateModel,
} from '../framework/index.js';
import type { ListedCourse } from '../litmos/index.js';
import type { ProviderData } from '../provider/provider-data.js';
import { listByName, listReadId } from './lookup.js';

const TYPE_NAME = 'litmos_courses';

const coursesSchema = schema('Lists Litmos courses, optionally filtered by name.', {
  id: str({ description: 'Identifier of this read: a hash of the filter.', computed: true }),
  name_filter: str({
    description:
      'Keep only courses whose name contains this text (case-insensitive). Unset lists every course.',
    optional: true,
  }),
  courses: nested(
    'list',
    {
      id: str({ description: 'Litmos course ID.', computed: true }),
      name: str({ description: 'Course name.', computed: true }),
      code: str({ description: 'Course code.', computed: true }),
      active: bool({ description: 'Whether the course is active.', computed: true }),
    },
    { description: 'The matching courses, ordered as Litmos lists them (by name).', computed: true },
  ),
});

type State = StateModel<typeof coursesSchema>;

const courseFromApi = (c: ListedCourse) => ({ id: c.Id, name: c.Name, code: c.Code, active: c.Active });

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
  return (
    found && { id: listReadId(TYPE_NAME, [filter]), name_filter: filter, courses: found.map(courseFromApi) }
  );
}

export const coursesDataSource = defineDataSource<typeof coursesSchema, ProviderData>({
  typeName: TYPE_NAME,
  schema: coursesSchema,
  read,
});
