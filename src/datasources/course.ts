/**
 * `litmos_course`: one Litmos course, looked up by `id` or by exact `name` (exactly one of them).
 * Several courses with the same name are an error that lists their IDs.
 */
import {
  bool,
  defineDataSource,
  schema,
  str,
  type DataSourceContext,
  type StateModel,
} from '../framework/index.js';
import type { ListedCourse } from '../litmos/index.js';
import type { ProviderData } from '../provider/provider-data.js';
import { lookupByIdOrName, requireExactlyOne } from './lookup.js';

const KIND = 'Course';
const LOOKUP = ['id', 'name'] as const;

const courseSchema = schema('One Litmos course, looked up by `id` or by exact `name`.', {
  id: str({ description: 'Litmos course ID. Set this or `name`.', optional: true, computed: true }),
  name: str({
    description: 'Exact course name. Set this or `id`; it is an error when several courses share the name.',
    optional: true,
    computed: true,
  }),
  code: str({ description: 'Course code.', computed: true }),
  description: str({ description: 'Course description; null when empty.', computed: true }),
  active: bool({ description: 'Whether the course is active.', computed: true }),
});

type State = StateModel<typeof courseSchema>;

function fromApi(c: ListedCourse, config: State): State {
  return {
    id: config.id ?? c.Id,
    name: config.name ?? c.Name,
    code: c.Code,
    description: c.Description ? c.Description : null,
    active: c.Active,
  };
}

async function read(config: State, ctx: DataSourceContext<ProviderData>): Promise<State | null> {
  const diags = ctx.diagnostics;
  if (!requireExactlyOne(config, LOOKUP, diags)) return null;
  const litmos = ctx.provider.litmos(diags);
  if (!litmos) return null;
  const lookup = {
    kind: KIND,
    get: (id: string) => litmos.courses.get(id),
    search: (name: string) => litmos.courses.list({ search: name }),
  };
  const found = await lookupByIdOrName(lookup, config, diags);
  return found ? fromApi(found, config) : null;
}

export const courseDataSource = defineDataSource<typeof courseSchema, ProviderData>({
  typeName: 'litmos_course',
  schema: courseSchema,
  read,
  validateConfig: (config, diags) => void requireExactlyOne(config, LOOKUP, diags),
});
