/**
 * The plan rule on every resource of the provider: with a configuration that states only the
 * required and optional-only attributes (always managed) plus one changed attribute, the update plans a change of that attribute
 * alone. Attributes the configuration leaves out keep their prior value (they are not managed);
 * only computed-only timestamps that the remote side rewrites on every change become unknown.
 */
import { isComputedOnly, type AttributeSpec } from '../../src/framework/index.js';
import { litmosProvider } from '../../src/provider/index.js';
import { Unknown, isObjectValue } from '../../src/tf/value.js';
import type { ObjectValue, Value } from '../../src/tf/value.js';
import { Driver, errorsOf } from './driver.js';

/** A complete prior state per resource type, as a read from the remote side would give it. */
const priors: Record<string, ObjectValue> = {
  litmos_user: {
    id: 'u1',
    username: 'ada@example.com',
    email: 'ada.work@example.com',
    first_name: 'Ada',
    last_name: 'Lovelace',
    access_level: 'Administrator',
    active: true,
    disable_messages: true,
    skip_first_login: true,
    send_welcome_message: false,
    hard_delete: false,
    job_title: 'Analyst',
    company_name: 'Engines Ltd',
    phone_work: '+441234',
    phone_mobile: '+445678',
    skype: 'ada.l',
    street1: '1 Road',
    street2: 'Flat 2',
    city: 'London',
    state: 'Greater London',
    postal_code: 'W1',
    country: 'UK',
    culture: 'en-GB',
    time_zone: 'GMT Standard Time',
    website: 'https://ada.example.com',
    twitter: '@ada',
    ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`custom_field_${i + 1}`, `c${i + 1}`])),
    original_id: 42,
    login_key: 'https://acme.litmos.com/login.aspx?loginkey=k',
    created_date: '2024-01-01T00:00:00Z',
  },
  litmos_user_access_level: {
    id: 'u1',
    user_id: 'u1',
    access_level: 'Administrator',
    previous_access_level: 'Learner',
  },
  litmos_team_member: { id: 't1/u1', team_id: 't1', user_id: 'u1', role: 'leader', send_message: false },
  litmos_course_assignment: { id: 'u1/c1', user_id: 'u1', course_id: 'c1', send_message: false },
  litmos_conductorone_app: {
    id: 'app1',
    display_name: 'Litmos',
    description: 'Learning',
    owner_user_ids: ['o1'],
    create_time: '2024-01-01T00:00:00Z',
    update_time: '2024-01-02T00:00:00Z',
  },
  litmos_conductorone_connector: {
    id: 'conn1',
    app_id: 'app1',
    user_ids: ['o1'],
    source: 'acme',
    api_key: 'k',
    api_key_wo: null,
    api_key_wo_version: 1,
    course_ids: ['c1'],
    display_name: 'Litmos',
    create_time: '2024-01-01T00:00:00Z',
    update_time: '2024-01-02T00:00:00Z',
  },
  litmos_conductorone_baton_connector: {
    id: 'baton1',
    app_id: 'app1',
    user_ids: ['o1'],
    display_name: 'Litmos (self-hosted)',
    description: 'Baton',
    create_time: '2024-01-01T00:00:00Z',
    update_time: '2024-01-02T00:00:00Z',
  },
  litmos_conductorone_connector_credential: {
    id: 'cred1',
    app_id: 'app1',
    connector_id: 'baton1',
    rotation_triggers: { key: 'v1' },
    client_id: 'client-1',
    client_secret: 'secret-1',
    display_name: 'credential',
    create_time: '2024-01-01T00:00:00Z',
    expire_time: '2025-01-01T00:00:00Z',
    revision: 1,
  },
  // Its description defaults to "" (see the closing note of issue 10): the prior here has that value.
  litmos_team: {
    id: 't1',
    name: 'Eng',
    description: '',
    parent_team_id: 't0',
    code_for_bulk_import: '1-Eng',
  },
  litmos_team_course: {
    id: 't1/c1',
    team_id: 't1',
    course_id: 'c1',
    team_library: false,
    include_subteams: false,
    send_message: false,
  },
  litmos_team_members: {
    id: 't1',
    team_id: 't1',
    members: { u1: 'member' },
    removals: [],
    send_message: false,
  },
  litmos_administrators: {
    id: 'admins',
    user_ids: ['u1'],
    demote_to: 'Learner',
    api_key_owner_id: 'u0',
    demotions: [],
    account_owners: [],
  },
};

/**
 * Computed-only attributes that the remote side rewrites on any change, and the plan-time reports
 * of the authoritative resources (read from Litmos at every plan; unknown without a provider).
 */
const recomputed = new Set(['update_time', 'removals', 'demotions', 'account_owners']);

/** Valid values to change to, where any other value would not pass validation. */
const alternatives: Record<string, Value> = {
  access_level: 'Learner',
  role: 'admin',
};

function changed(name: string, spec: AttributeSpec, v: Value): Value {
  if (name in alternatives) return alternatives[name]!;
  if (typeof v === 'boolean') return !v;
  if (typeof v === 'number') return v + 1;
  if (typeof v === 'string') return `${v}-2`;
  if (Array.isArray(v)) return [...v, 'x2'];
  if (v !== null && isObjectValue(v)) return { ...v, x2: 'x2' };
  throw new Error(`no changed value for ${name} (${JSON.stringify(spec.type)})`);
}

const settable = (spec: AttributeSpec): boolean =>
  (spec.required === true || spec.optional === true) && spec.writeOnly !== true;

const show = (v: Value | undefined): string => (v instanceof Unknown ? '(unknown)' : JSON.stringify(v));

describe('every resource: an update of one attribute plans only that attribute', () => {
  const provider = litmosProvider({});
  const driver = new Driver(provider);

  test('every resource has a prior state here', () => {
    expect(provider.resources.map((r) => r.typeName).sort()).toEqual(Object.keys(priors).sort());
  });

  for (const resource of provider.resources) {
    const type = resource.typeName;
    const attributes = Object.entries(resource.schema.attributes);
    // Required and optional-only attributes are always managed: the configuration states them.
    const required = attributes
      .filter(([, s]) => settable(s) && (s.required === true || s.computed !== true))
      .map(([n]) => n);

    test(`${type}: with only the always-managed attributes configured, nothing changes`, async () => {
      const prior = driver.full(type, priors[type]!);
      const config = Object.fromEntries(required.map((n) => [n, prior[n]!]));
      const plan = await driver.plan(type, prior, config);
      expect(errorsOf(plan.diagnostics)).toEqual([]);
      const diff = Object.keys(prior)
        .filter((k) => show(plan.planned![k]) !== show(prior[k]))
        .filter((k) => !(recomputed.has(k) && plan.planned![k] instanceof Unknown));
      expect(diff).toEqual([]);
    });

    for (const [name, spec] of attributes.filter(([, s]) => settable(s))) {
      test(`${type}: changing ${name} plans ${name} alone`, async () => {
        const prior = driver.full(type, priors[type]!);
        const config: ObjectValue = Object.fromEntries(required.map((n) => [n, prior[n]!]));
        config[name] = changed(name, spec, prior[name]!);
        const plan = await driver.plan(type, prior, config);
        expect(errorsOf(plan.diagnostics)).toEqual([]);
        // A replacement is planned again as a create: its computed values may all be new.
        const replaced = plan.requiresReplace.length > 0;
        const diff = Object.keys(prior)
          .filter((k) => show(plan.planned![k]) !== show(prior[k]))
          .filter(
            (k) =>
              !(
                (recomputed.has(k) || (replaced && isComputedOnly(resource.schema.attributes[k]!))) &&
                plan.planned![k] instanceof Unknown
              ),
          );
        expect(diff).toEqual([name]);
        expect(plan.planned![name]).toEqual(config[name]);
      });
    }
  }
});
