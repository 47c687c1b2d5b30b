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
import { isLitmosError, type LitmosCourse } from '../litmos/index.js';
import type { ProviderData } from '../provider/provider-data.js';
import { addLitmosError } from '../resources/litmos-errors.js';
import { addNotFound, requireExactlyOne, sameId, singleByName } from './lookup.js';

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

function fromApi(c: LitmosCourse, config: State): State {
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
  const { id, name } = config;
  try {
    if (id !== null) {
      const course = await litmos.courses.get(id);
      if (sameId(course.Id, id)) return fromApi(course, config);
      addNotFound(diags, KIND, 'id', id);
      return null;
    }
    const match = singleByName(await litmos.courses.list({ search: name! }), name!, (c) => c.Name, {
      kind: KIND,
      attribute: 'name',
      diags,
    });
    // Read the course itself: list rows may leave out the description.
    return match ? fromApi(await litmos.courses.get(match.Id), config) : null;
  } catch (e) {
    if (id !== null && isLitmosError(e, 'NOT_FOUND')) {
      addNotFound(diags, KIND, 'id', id);
      return null;
    }
    addLitmosError(diags, `Looking up Litmos course ${JSON.stringify(id ?? name)}`, e);
    return null;
  }
}

export const courseDataSource = defineDataSource<typeof courseSchema, ProviderData>({
  typeName: 'litmos_course',
  schema: courseSchema,
  read,
  validateConfig: (config, diags) => void requireExactlyOne(config, LOOKUP, diags),
});
