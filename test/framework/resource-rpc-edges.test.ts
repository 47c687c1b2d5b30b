/**
 * The edges of ReadResource, PlanResourceChange, ApplyResourceChange, ImportResourceState,
 * UpgradeResourceState and UpgradeResourceIdentity: unknown types, undecodable values, calls
 * before configure, resources that throw, find nothing or misreport, and what state Terraform
 * keeps in each case.
 */
import {
  createFrameworkServer,
  defineResource,
  idIdentity,
  schema,
  str,
  useStateForUnknown,
} from '../../src/framework/index.js';
import type {
  DynamicValue,
  IdentitySpec,
  ModifyPlanRequest,
  ProviderDefinition,
  ResourceContext,
  StateModel,
} from '../../src/framework/index.js';
import { encodeMsgpack } from '../../src/tf/msgpack.js';
import { AttrPath } from '../../src/tf/path.js';
import { Unknown, unknown } from '../../src/tf/value.js';
import { Driver, privateJson, summaries } from './driver.js';
import { Store, fakeProvider } from './fake-provider.js';

const memberSchema = schema(
  'A team member.',
  {
    team_id: str({ description: 'Team.', required: true }),
    user_id: str({ description: 'User.', required: true }),
    role: str({ description: 'Role.', optional: true }),
    seen: str({ description: 'Seen.', computed: true, planModifiers: [useStateForUnknown()] }),
    pin_wo: str({ description: 'Pin.', optional: true, writeOnly: true }),
  },
  { version: 2 },
);
type Member = StateModel<typeof memberSchema>;

const memberIdentity: IdentitySpec<typeof memberSchema> = {
  version: 1,
  attributes: {
    team_id: { description: 'Team.', requiredForImport: true },
    user_id: { description: 'User.', requiredForImport: true },
  },
  fromModel: (m) => ({
    team_id: typeof m.team_id === 'string' ? m.team_id : null,
    // A careless identity may give undefined rather than null: both mean not known yet.
    user_id: typeof m.user_id === 'string' ? m.user_id : undefined!,
  }),
};

/** What the member resource does next; each test sets the hooks it needs. */
interface Script {
  create?: (plan: unknown, config: unknown, ctx: ResourceContext<Store>) => Promise<Member | null>;
  update?: (plan: unknown, prior: unknown, ctx: ResourceContext<Store>) => Promise<Member | null>;
  read?: (state: Member, ctx: ResourceContext<Store>) => Promise<Member | null>;
  delete?: (state: Member, ctx: ResourceContext<Store>) => Promise<void>;
  modifyPlan?: (req: ModifyPlanRequest<typeof memberSchema>) => Promise<void>;
  importByIdentity?: (
    identity: Record<string, string | null>,
    ctx: ResourceContext<Store>,
  ) => Promise<Partial<Member> | null>;
}

const M = 'fake_member';

interface MemberOptions {
  /** Default true. */
  readonly importByIdentity?: boolean;
  /** Import by ID, answering every ID with the member T1/U1. Default false. */
  readonly importState?: boolean;
  readonly identity?: IdentitySpec<typeof memberSchema>;
  /** Default true. */
  readonly stateUpgraders?: boolean;
}

function memberProvider(store: Store, script: Script, opts: MemberOptions = {}): ProviderDefinition<Store> {
  const base = fakeProvider(store);
  const member = defineResource<typeof memberSchema, Store>({
    typeName: M,
    schema: memberSchema,
    create: async ({ plan, config }, ctx) => script.create!(plan, config, ctx),
    read: async (state, ctx) => (script.read ? script.read(state, ctx) : state),
    update: async ({ plan, prior }, ctx) => script.update!(plan, prior, ctx),
    delete: async (state, ctx) => script.delete?.(state, ctx),
    modifyPlan: async (req) => script.modifyPlan?.(req),
    ...(opts.importByIdentity !== false
      ? { importByIdentity: async (identity, ctx) => script.importByIdentity!(identity, ctx) }
      : {}),
    ...(opts.importState ? { importState: async () => ({ team_id: 'T1', user_id: 'U1' }) } : {}),
    ...(opts.stateUpgraders !== false
      ? {
          stateUpgraders: {
            0: (old) => ({ ...old, user_id: old.user, user: undefined }),
            1: (old) => ({ ...old, role: String(old.role ?? 'learner').toLowerCase() }),
          },
        }
      : {}),
    identity: opts.identity ?? memberIdentity,
  });
  return { ...base, resources: [...base.resources, member] };
}

const json = (v: unknown): { json: Uint8Array } => ({ json: Buffer.from(JSON.stringify(v)) });
const garbage: DynamicValue = { msgpack: Uint8Array.of(0xc1) };
const member = (over: Partial<Member> = {}): Member => ({
  team_id: 'T1',
  user_id: 'U1',
  role: null,
  seen: 'yes',
  pin_wo: null,
  ...over,
});

let store: Store;
let script: Script;
let d: Driver<Store>;
beforeEach(async () => {
  store = new Store();
  script = {};
  d = await Driver.configured(memberProvider(store, script));
});

const unconfigured = (): Driver<Store> => new Driver(memberProvider(store, script));

describe('ReadResource', () => {
  const read = (driver: Driver<Store>, state: Member | null, priv?: Uint8Array) =>
    driver.server.readResource({ type_name: M, current_state: driver.enc(M, state), private: priv });
  const priv = Buffer.from('{"etag":"e1"}');

  it('hands read the stored model and private state, and returns the new state, private state and identity', async () => {
    script.read = async (state, ctx) => {
      expect(ctx.private.get('etag')).toBe('e1');
      ctx.private.set('etag', 'e2');
      return { ...state, role: 'admin' };
    };
    const resp = await read(d, member(), priv);
    expect(resp.diagnostics).toEqual([]);
    expect(d.dec(M, resp.new_state)).toEqual(member({ role: 'admin' }));
    expect(privateJson(resp.private)).toEqual({ etag: 'e2' });
    expect(d.decIdentity(resp.new_identity, M)).toEqual({ team_id: 'T1', user_id: 'U1' });
  });

  it('returns a null state when the object is gone', async () => {
    script.read = async () => null;
    const resp = await read(d, member(), priv);
    expect(resp.diagnostics).toEqual([]);
    expect(d.dec(M, resp.new_state)).toBeNull();
    expect(resp.new_identity).toBeUndefined();
  });

  it('returns a null state for a null current state without reading, keeping the private bytes', async () => {
    script.read = async () => {
      throw new Error('must not read');
    };
    const resp = await read(d, null, priv);
    expect(resp.diagnostics).toEqual([]);
    expect(d.dec(M, resp.new_state)).toBeNull();
    expect(resp.private).toBe(priv);
  });

  it('keeps the current state and private bytes when read throws', async () => {
    script.read = async () => {
      throw new Error('timeout');
    };
    const current = d.enc(M, member());
    const resp = await d.server.readResource({ type_name: M, current_state: current, private: priv });
    expect(resp.new_state).toBe(current);
    expect(resp.private).toBe(priv);
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Unexpected Provider Error']);
    expect(resp.diagnostics[0].detail).toMatch(/^Reading fake_member failed unexpectedly: timeout\./);
  });

  it('keeps the current state and private bytes before configure', async () => {
    const u = unconfigured();
    const current = u.enc(M, member());
    const resp = await u.server.readResource({ type_name: M, current_state: current, private: priv });
    expect(resp.new_state).toBe(current);
    expect(resp.private).toBe(priv);
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Provider Not Configured']);
  });

  it('reports a read that returns unknown values, and what it returned', async () => {
    script.read = async (state) => ({ ...state, seen: new Unknown() }) as unknown as Member;
    const resp = await read(d, member());
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Provider Returned Unknown Values']);
    expect(resp.diagnostics[0].detail).toBe(
      'fake_member returned a state with values not yet known. This is a bug in the provider; please report it.',
    );
  });

  it('reports an unknown type and a state that does not decode, with no state', async () => {
    const typo = await d.server.readResource({ type_name: 'fake_typo', current_state: d.enc(M, member()) });
    expect(summaries(typo.diagnostics)).toEqual(['ERROR Unknown Resource Type']);
    expect(typo.new_state).toBeUndefined();
    const bad = await d.server.readResource({ type_name: M, current_state: garbage });
    expect(summaries(bad.diagnostics)).toEqual(['ERROR Invalid Value From Terraform']);
    expect(bad.diagnostics[0].detail).toContain('fake_member state');
    expect(bad.new_state).toBeUndefined();
  });
});

describe('PlanResourceChange with modifyPlan', () => {
  it('hands modifyPlan the plan, a null prior on create, the config and the provider data', async () => {
    const seen: ModifyPlanRequest<typeof memberSchema>[] = [];
    script.modifyPlan = async (req) => {
      seen.push(req);
      req.plan.role = 'learner';
    };
    const plan = await d.plan(M, null, { team_id: 'T1', user_id: 'U1' });
    expect(plan.diagnostics).toEqual([]);
    expect(plan.planned?.role).toBe('learner');
    expect(seen[0].prior).toBeNull();
    expect(seen[0].config).toMatchObject({ team_id: 'T1', user_id: 'U1', role: null });
    expect(seen[0].plan.seen).toBeInstanceOf(Unknown);
    expect(seen[0].provider).toBe(store);
    expect(plan.identity).toEqual({ team_id: 'T1', user_id: 'U1' });
  });

  it('hands modifyPlan no provider data before configure', async () => {
    let provider: unknown = 'not called';
    script.modifyPlan = async (req) => {
      provider = req.provider;
    };
    const u = unconfigured();
    const plan = await u.plan(M, null, { team_id: 'T1', user_id: 'U1' });
    expect(plan.diagnostics).toEqual([]);
    expect(provider).toBeUndefined();
  });

  it('reports the paths modifyPlan marks as forcing replacement on update, never on create', async () => {
    script.modifyPlan = async (req) => req.requiresReplace(AttrPath.root('role'));
    const created = await d.plan(M, null, { team_id: 'T1', user_id: 'U1' });
    expect(created.requiresReplace).toEqual([]);
    const updated = await d.plan(M, member(), { team_id: 'T1', user_id: 'U1', role: 'admin' });
    expect(updated.requiresReplace).toEqual(['.role']);
  });

  it('hands modifyPlan the prior state on update', async () => {
    let prior: unknown;
    script.modifyPlan = async (req) => {
      prior = req.prior;
    };
    await d.plan(M, member({ role: 'a' }), { team_id: 'T1', user_id: 'U1', role: 'b' });
    expect(prior).toEqual(member({ role: 'a' }));
  });

  it('plans write-only attributes as null even when modifyPlan sets them', async () => {
    script.modifyPlan = async (req) => {
      req.plan.pin_wo = 'leaked';
    };
    const plan = await d.plan(M, null, { team_id: 'T1', user_id: 'U1', pin_wo: '1234' });
    expect(plan.planned?.pin_wo).toBeNull();
  });

  it('turns an exception in modifyPlan into one Unexpected Provider Error naming the type', async () => {
    script.modifyPlan = async () => {
      throw new Error('plan hook failed');
    };
    const plan = await d.plan(M, null, { team_id: 'T1', user_id: 'U1' });
    expect(summaries(plan.diagnostics)).toEqual(['ERROR Unexpected Provider Error']);
    expect(plan.diagnostics[0].detail).toMatch(
      /^Planning fake_member failed unexpectedly: plan hook failed\./,
    );
  });

  it('plans an identity with unknown members where the plan does not know them', async () => {
    const plan = await d.plan(M, null, { team_id: 'T1', user_id: unknown });
    expect(plan.identity).toEqual({ team_id: 'T1', user_id: expect.any(Unknown) });
    const other = await d.plan(M, null, { team_id: unknown, user_id: 'U1' });
    expect(other.identity).toEqual({ team_id: expect.any(Unknown), user_id: 'U1' });
  });
});

describe('PlanResourceChange refusals', () => {
  it.each([
    ['prior state', { prior_state: garbage }, 'fake_member prior state'],
    ['proposed state', { proposed_new_state: garbage }, 'fake_member proposed state'],
    ['configuration', { config: garbage }, 'fake_member configuration'],
  ])('plans nothing when the %s does not decode', async (_name, over, what) => {
    const resp = await d.server.planResourceChange({
      type_name: M,
      prior_state: d.enc(M, null),
      proposed_new_state: d.enc(M, member()),
      config: d.enc(M, member()),
      ...over,
    });
    expect(resp.planned_state).toBeUndefined();
    expect(resp.requires_replace).toEqual([]);
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Invalid Value From Terraform']);
    expect(resp.diagnostics[0].detail).toContain(what);
  });

  it('reports an unknown type', async () => {
    const resp = await d.server.planResourceChange({ type_name: 'fake_typo' });
    expect(resp).toEqual({
      requires_replace: [],
      diagnostics: [expect.objectContaining({ summary: 'Unknown Resource Type' })],
    });
  });
});

describe('ApplyResourceChange', () => {
  const planned = (over: Partial<Member> = {}) => member({ seen: null, ...over });

  it('hands create the plan and the config, and update the prior state', async () => {
    const calls: unknown[][] = [];
    script.create = async (plan, config) => {
      calls.push(['create', plan, config]);
      return member();
    };
    script.update = async (plan, prior) => {
      calls.push(['update', plan, prior]);
      return member({ role: 'admin' });
    };
    const created = await d.apply(M, null, planned(), { team_id: 'T1', user_id: 'U1', pin_wo: '42' });
    expect(created.diagnostics).toEqual([]);
    expect(created.identity).toEqual({ team_id: 'T1', user_id: 'U1' });
    const updated = await d.apply(M, member(), planned({ role: 'admin', seen: 'yes' }), {
      team_id: 'T1',
      user_id: 'U1',
      role: 'admin',
    });
    expect(d.full(M, updated.state!)).toEqual(member({ role: 'admin' }));
    expect(calls[0][0]).toBe('create');
    expect(calls[0][2]).toMatchObject({ pin_wo: '42' });
    expect(calls[1]).toEqual(['update', expect.objectContaining({ role: 'admin' }), member()]);
  });

  it.each([
    ['create', null, 'after create'],
    ['update', member(), 'after update'],
  ])('reports a %s that returns no object, keeping the prior state', async (_op, prior, when) => {
    script.create = async () => null;
    script.update = async () => null;
    const priorEnc = d.enc(M, prior);
    const resp = await d.server.applyResourceChange({
      type_name: M,
      prior_state: priorEnc,
      planned_state: d.enc(M, planned()),
      config: d.enc(M, planned()),
      planned_private: Buffer.from('{"p":1}'),
    });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Provider Returned No Object']);
    expect(resp.diagnostics[0].detail).toBe(
      `fake_member did not return the object ${when}. This is a bug in the provider.`,
    );
    expect(resp.new_state).toBe(priorEnc);
    expect(privateJson(resp.private)).toEqual({ p: 1 });
  });

  it("reports only the resource's own error when it returns no object and says why", async () => {
    script.create = async (_p, _c, ctx) => {
      ctx.diagnostics.error('Create Refused', 'No seats left.');
      return null;
    };
    const resp = await d.apply(M, null, planned(), planned());
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Create Refused']);
    expect(resp.state).toBeNull();
  });

  it('names the update when it throws', async () => {
    script.update = async () => {
      throw new Error('409');
    };
    const resp = await d.apply(M, member(), planned({ role: 'x' }), planned({ role: 'x' }));
    expect(resp.diagnostics[0].detail).toMatch(/^Updating fake_member failed unexpectedly: 409\./);
    expect(resp.state).toEqual(member());
  });

  describe('delete', () => {
    it('hands delete the prior model and private state, and returns a null state', async () => {
      const deleted: unknown[] = [];
      script.delete = async (state, ctx) => {
        deleted.push([state, ctx.private.get('etag')]);
      };
      const resp = await d.apply(M, member(), null, null, Buffer.from('{"etag":"e9"}'));
      expect(resp.diagnostics).toEqual([]);
      expect(resp.state).toBeNull();
      expect(deleted).toEqual([[member(), 'e9']]);
    });

    it('keeps the prior state when delete throws, naming the step', async () => {
      script.delete = async () => {
        throw new Error('locked');
      };
      const resp = await d.apply(M, member(), null, null);
      expect(resp.state).toEqual(member());
      expect(resp.diagnostics[0].detail).toMatch(/^Deleting fake_member failed unexpectedly: locked\./);
    });

    it('keeps the prior state when delete reports an error', async () => {
      script.delete = async (_s, ctx) => {
        ctx.diagnostics.error('Delete Refused', 'Still enrolled.');
      };
      const resp = await d.apply(M, member(), null, null);
      expect(resp.state).toEqual(member());
      expect(summaries(resp.diagnostics)).toEqual(['ERROR Delete Refused']);
    });

    it('returns the warnings of a delete that succeeds', async () => {
      script.delete = async (_s, ctx) => {
        ctx.diagnostics.warning('Already Gone', 'Nothing to delete.');
      };
      const resp = await d.apply(M, member(), null, null);
      expect(resp.state).toBeNull();
      expect(summaries(resp.diagnostics)).toEqual(['WARNING Already Gone']);
    });

    it('deletes nothing when both prior and planned states are null', async () => {
      script.delete = async () => {
        throw new Error('must not delete');
      };
      const resp = await d.apply(M, null, null, null);
      expect(resp).toEqual({ state: null, private: undefined, identity: undefined, diagnostics: [] });
    });
  });

  describe('keeps the prior state and private bytes', () => {
    it('before configure', async () => {
      const u = unconfigured();
      const prior = u.enc(M, member());
      const resp = await u.server.applyResourceChange({
        type_name: M,
        prior_state: prior,
        planned_state: u.enc(M, planned({ role: 'x' })),
        config: u.enc(M, planned({ role: 'x' })),
        planned_private: Buffer.from('{"p":2}'),
      });
      expect(resp.new_state).toBe(prior);
      expect(privateJson(resp.private)).toEqual({ p: 2 });
      expect(summaries(resp.diagnostics)).toEqual(['ERROR Provider Not Configured']);
    });

    it('when the prior state does not decode, handing back what Terraform sent', async () => {
      const resp = await d.server.applyResourceChange({
        type_name: M,
        prior_state: garbage,
        planned_state: d.enc(M, planned()),
        config: d.enc(M, planned()),
      });
      expect(summaries(resp.diagnostics)).toEqual(['ERROR Invalid Value From Terraform']);
      expect(resp.new_state).toBe(garbage);
    });

    it.each([
      ['planned state', { planned_state: garbage }],
      ['configuration', { config: garbage }],
    ])('when the %s does not decode (a null state when Terraform sent no prior)', async (_name, over) => {
      const resp = await d.server.applyResourceChange({
        type_name: M,
        planned_state: d.enc(M, planned()),
        config: d.enc(M, planned()),
        ...over,
      });
      expect(summaries(resp.diagnostics)).toEqual(['ERROR Invalid Value From Terraform']);
      expect(d.dec(M, resp.new_state)).toBeNull();
    });
  });

  it('reports an unknown type with no state', async () => {
    const resp = await d.server.applyResourceChange({ type_name: 'fake_typo' });
    expect(Object.keys(resp)).toEqual(['diagnostics']);
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Unknown Resource Type']);
  });
});

describe('ImportResourceState', () => {
  const identity = (v: Record<string, string | null>) => ({
    identity_data: { msgpack: encodeMsgpack(v, d.identityType(M)) },
  });

  it('imports by identity through importByIdentity, with private state and identity', async () => {
    const seen: unknown[] = [];
    script.importByIdentity = async (id, ctx) => {
      seen.push(id);
      ctx.private.set('imported', true);
      return { team_id: id.team_id!, user_id: id.user_id!, pin_wo: 'secret' };
    };
    const resp = await d.server.importResourceState({
      type_name: M,
      identity: identity({ team_id: 'T1', user_id: 'U1' }),
    });
    expect(resp.diagnostics).toEqual([]);
    expect(seen).toEqual([{ team_id: 'T1', user_id: 'U1' }]);
    const [imported] = resp.imported_resources;
    expect(imported.type_name).toBe(M);
    expect(d.dec(M, imported.state)).toEqual(member({ seen: null }));
    expect(privateJson(imported.private)).toEqual({ imported: true });
    expect(d.decIdentity(imported.identity, M)).toEqual({ team_id: 'T1', user_id: 'U1' });
  });

  it('reports an identity that matches nothing by its JSON', async () => {
    script.importByIdentity = async () => null;
    const resp = await d.server.importResourceState({
      type_name: M,
      identity: identity({ team_id: 'T1', user_id: 'U9' }),
    });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Cannot Import Non-Existent Remote Object']);
    expect(resp.diagnostics[0].detail).toBe('No fake_member matches {"team_id":"T1","user_id":"U9"}.');
  });

  it("reports only the importer's own error when it finds nothing and says why", async () => {
    script.importByIdentity = async (_id, ctx) => {
      ctx.diagnostics.error('Import Refused', 'No access.');
      return { team_id: 'T1' };
    };
    const resp = await d.server.importResourceState({
      type_name: M,
      identity: identity({ team_id: 'T1', user_id: 'U1' }),
    });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Import Refused']);
    expect(resp.imported_resources).toEqual([]);
  });

  it('names the import when the importer throws', async () => {
    script.importByIdentity = async () => {
      throw new Error('bad gateway');
    };
    const resp = await d.server.importResourceState({
      type_name: M,
      identity: identity({ team_id: 'T1', user_id: 'U1' }),
    });
    expect(resp.diagnostics[0].detail).toMatch(/^Importing fake_member failed unexpectedly: bad gateway\./);
  });

  it('refuses an identity of several attributes without importByIdentity, even with importState', async () => {
    const plain = await Driver.configured(
      memberProvider(store, script, { importByIdentity: false, importState: true }),
    );
    const resp = await plain.server.importResourceState({
      type_name: M,
      identity: identity({ team_id: 'T1', user_id: 'U1' }),
    });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Import By Identity Not Supported']);
    expect(resp.diagnostics[0].detail).toBe('fake_member cannot be imported by identity; import it by ID.');
  });

  it('refuses a single-attribute identity of a resource that has neither importer', async () => {
    const single = await Driver.configured(
      memberProvider(store, script, { importByIdentity: false, identity: idIdentity('Team.') }),
    );
    const resp = await single.server.importResourceState({
      type_name: M,
      identity: { identity_data: { msgpack: encodeMsgpack({ id: 'T1' }, single.identityType(M)) } },
    });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Import By Identity Not Supported']);
  });

  it('imports a single-attribute identity through importState with its value', async () => {
    const single = await Driver.configured(
      memberProvider(store, script, {
        importByIdentity: false,
        importState: true,
        identity: idIdentity('Team.'),
      }),
    );
    const resp = await single.server.importResourceState({
      type_name: M,
      identity: { identity_data: { msgpack: encodeMsgpack({ id: 'T1' }, single.identityType(M)) } },
    });
    expect(resp.diagnostics).toEqual([]);
    expect(single.dec(M, resp.imported_resources[0].state)).toMatchObject({ team_id: 'T1', user_id: 'U1' });
  });

  it('hands importByIdentity null for an identity member not known', async () => {
    const seen: unknown[] = [];
    script.importByIdentity = async (id) => {
      seen.push(id);
      return null;
    };
    await d.server.importResourceState({
      type_name: M,
      identity: {
        identity_data: { msgpack: encodeMsgpack({ team_id: 'T1', user_id: unknown }, d.identityType(M)) },
      },
    });
    expect(seen).toEqual([{ team_id: 'T1', user_id: null }]);
  });

  it('reports identity data that does not decode, naming it', async () => {
    script.importByIdentity = async () => {
      throw new Error('must not import');
    };
    const resp = await d.server.importResourceState({
      type_name: M,
      id: 'T1/U1',
      identity: { identity_data: { msgpack: Uint8Array.of(0xc1) } },
    });
    expect(resp.imported_resources).toEqual([]);
    expect(summaries(resp.diagnostics)).toContain('ERROR Invalid Value From Terraform');
    expect(resp.diagnostics[0].detail).toContain('resource identity');
  });

  it('imports by ID when the whole identity is not known', async () => {
    const thing = await Driver.configured(fakeProvider(store));
    await thing.create('fake_thing', { name: 'a' });
    const resp = await thing.server.importResourceState({
      type_name: 'fake_thing',
      id: 't-1',
      identity: { identity_data: { msgpack: encodeMsgpack(unknown, thing.identityType('fake_thing')) } },
    });
    expect(resp.diagnostics).toEqual([]);
    expect(thing.dec('fake_thing', resp.imported_resources[0].state)).toMatchObject({ id: 't-1' });
  });

  it('imports by ID when the identity data is null', async () => {
    const thing = await Driver.configured(fakeProvider(store));
    await thing.create('fake_thing', { name: 'a' });
    const resp = await thing.server.importResourceState({
      type_name: 'fake_thing',
      id: 't-1',
      identity: { identity_data: { msgpack: encodeMsgpack(null, thing.identityType('fake_thing')) } },
    });
    expect(resp.diagnostics).toEqual([]);
    expect(thing.dec('fake_thing', resp.imported_resources[0].state)).toMatchObject({ id: 't-1' });
  });

  it('refuses a single-attribute identity whose value is null', async () => {
    const thing = await Driver.configured(fakeProvider(store));
    const resp = await thing.server.importResourceState({
      type_name: 'fake_thing',
      identity: { identity_data: { msgpack: encodeMsgpack({ id: null }, thing.identityType('fake_thing')) } },
    });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Import By Identity Not Supported']);
  });

  it('refuses import by ID of a resource without importState, and a missing ID', async () => {
    const byId = await d.server.importResourceState({ type_name: M, id: 'T1/U1' });
    expect(summaries(byId.diagnostics)).toEqual(['ERROR Resource Import Not Implemented']);
    expect(byId.diagnostics[0].detail).toBe(
      'fake_member cannot be imported: it has no remote object of its own to adopt.',
    );
    const thing = await Driver.configured(fakeProvider(store));
    const missing = await thing.server.importResourceState({ type_name: 'fake_thing' });
    expect(summaries(missing.diagnostics)).toEqual(['ERROR Missing Import ID']);
    expect(missing.diagnostics[0].detail).toBe(
      "Importing fake_thing needs an ID; see the resource's documentation for its form.",
    );
  });

  it('reports an ID that matches nothing by its JSON', async () => {
    const thing = await Driver.configured(fakeProvider(store));
    const resp = await thing.server.importResourceState({ type_name: 'fake_thing', id: 'nope' });
    expect(resp.diagnostics[0].detail).toBe('No fake_thing matches "nope".');
  });

  it('refuses before configure and for an unknown type', async () => {
    const u = unconfigured();
    expect(
      summaries((await u.server.importResourceState({ type_name: 'fake_thing', id: 'x' })).diagnostics),
    ).toEqual(['ERROR Provider Not Configured']);
    expect(
      summaries((await d.server.importResourceState({ type_name: 'fake_typo', id: 'x' })).diagnostics),
    ).toEqual(['ERROR Unknown Resource Type']);
  });
});

describe('UpgradeResourceState', () => {
  const upgrade = (version: number | string, raw?: { json?: Uint8Array; flatmap?: Record<string, string> }) =>
    d.server.upgradeResourceState({ type_name: M, version, raw_state: raw });

  it('runs every upgrader from the stored version up to the current one, in order', async () => {
    const resp = await upgrade('0', json({ team_id: 'T1', user: 'U1', role: 'ADMIN', seen: 'yes' }));
    expect(resp.diagnostics).toEqual([]);
    expect(d.dec(M, resp.upgraded_state)).toEqual(member({ role: 'admin' }));
  });

  it('runs only the upgraders after the stored version', async () => {
    const resp = await upgrade(1, json({ team_id: 'T1', user_id: 'U1', user: 'ignored', role: 'ADMIN' }));
    expect(d.dec(M, resp.upgraded_state)).toEqual(member({ role: 'admin', seen: null }));
  });

  it('reports a missing upgrader step with the stored version', async () => {
    const thing = await Driver.configured({
      ...fakeProvider(store),
      resources: [
        defineResource({
          typeName: 'fake_gap',
          schema: schema('Gap.', { id: str({ description: 'Id.', computed: true }) }, { version: 2 }),
          create: async () => null,
          read: async () => null,
          update: async () => null,
          delete: async () => undefined,
          stateUpgraders: { 0: (old) => old },
        }),
      ],
    });
    const resp = await thing.server.upgradeResourceState({
      type_name: 'fake_gap',
      version: 0,
      raw_state: json({ id: 'a' }),
    });
    expect(resp.upgraded_state).toBeUndefined();
    expect(summaries(resp.diagnostics)).toEqual(['ERROR State Upgrade Failed']);
    expect(resp.diagnostics[0].detail).toBe(
      'The stored state of fake_gap (schema version 0) could not be read: no upgrader from schema version 1.',
    );
  });

  it('at the current version reads the stored JSON as it is: exact numbers and its own JSON errors', async () => {
    const thing = await Driver.configured(fakeProvider(store));
    const exact = await thing.server.upgradeResourceState({
      type_name: 'fake_thing',
      version: 1,
      raw_state: { json: Buffer.from('{"id":"t-1","name":"a","size":9007199254740993}') },
    });
    expect(thing.dec('fake_thing', exact.upgraded_state)?.size).toBe(9007199254740993n);
    const broken = await thing.server.upgradeResourceState({
      type_name: 'fake_thing',
      version: 1,
      raw_state: { json: Buffer.from('{"id": ') },
    });
    expect(broken.diagnostics[0].detail).toMatch(
      /^The stored state of fake_thing \(schema version 1\) could not be read: invalid JSON: /,
    );
  });

  it('reports an older state of a resource that has no upgraders', async () => {
    const bare = await Driver.configured(memberProvider(store, script, { stateUpgraders: false }));
    const resp = await bare.server.upgradeResourceState({ type_name: M, version: 1, raw_state: json({}) });
    expect(resp.diagnostics[0].detail).toBe(
      'The stored state of fake_member (schema version 1) could not be read: no upgrader from schema version 1.',
    );
  });

  it('names both versions when the state is newer than the provider', async () => {
    const resp = await upgrade(3, json({}));
    expect(resp.diagnostics[0].detail).toBe(
      'The state of fake_member was written by schema version 3; this provider knows up to 2. Upgrade the provider.',
    );
  });

  it('upgrades no stored state to a null state', async () => {
    for (const raw of [undefined, { json: new Uint8Array() }, { flatmap: {} }]) {
      const resp = await upgrade(2, raw);
      expect(resp.diagnostics).toEqual([]);
      expect(d.dec(M, resp.upgraded_state)).toBeNull();
    }
  });

  it('refuses a legacy flatmap state', async () => {
    const resp = await upgrade(2, { flatmap: { id: 'x' } });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Unsupported State Format']);
    expect(resp.diagnostics[0].detail).toBe(
      'The state of fake_member is in the legacy flatmap format, which this provider never wrote.',
    );
  });

  it('reports an unknown type', async () => {
    const resp = await d.server.upgradeResourceState({ type_name: 'fake_typo', version: 0 });
    expect(Object.keys(resp)).toEqual(['diagnostics']);
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Unknown Resource Type']);
  });
});

describe('UpgradeResourceIdentity', () => {
  const upgrade = (typeName: string, raw?: { json?: Uint8Array }) =>
    d.server.upgradeResourceIdentity({ type_name: typeName, version: 0, raw_identity: raw });

  it('reads the stored identity, ignoring attributes it no longer has', async () => {
    const resp = await upgrade(M, json({ team_id: 'T1', user_id: 'U1', legacy: 'x' }));
    expect(resp.diagnostics).toEqual([]);
    expect(d.decIdentity(resp.upgraded_identity, M)).toEqual({ team_id: 'T1', user_id: 'U1' });
  });

  it('upgrades no stored identity to null', async () => {
    for (const raw of [undefined, { json: new Uint8Array() }]) {
      const resp = await upgrade(M, raw);
      expect(resp.diagnostics).toEqual([]);
      expect(d.decIdentity(resp.upgraded_identity, M)).toBeNull();
    }
  });

  it('reports an identity that does not parse', async () => {
    const resp = await upgrade(M, { json: Buffer.from('{"team_id":') });
    expect(resp.upgraded_identity).toBeUndefined();
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Identity Upgrade Failed']);
    expect(resp.diagnostics[0].detail).toMatch(
      /^The stored identity of fake_member could not be read: .+\.$/,
    );
  });

  it('refuses a resource without identity and an unknown type', async () => {
    const plain = await upgrade('fake_plain', json({ id: 'x' }));
    expect(summaries(plain.diagnostics)).toEqual(['ERROR Resource Identity Not Supported']);
    expect(plain.diagnostics[0].detail).toBe('fake_plain has no resource identity.');
    const typo = await upgrade('fake_typo', json({ id: 'x' }));
    expect(summaries(typo.diagnostics)).toEqual(['ERROR Unknown Resource Type']);
  });
});

describe('StopProvider', () => {
  it('answers with an empty error and aborts the signal resources get', async () => {
    let signal: AbortSignal | undefined;
    script.read = async (state, ctx) => {
      signal = ctx.signal;
      return state;
    };
    await d.server.readResource({ type_name: M, current_state: d.enc(M, member()) });
    expect(signal?.aborted).toBe(false);
    expect(await d.server.stopProvider()).toEqual({ Error: '' });
    expect(signal?.aborted).toBe(true);
    expect((signal?.reason as Error).message).toBe('Terraform asked the provider to stop.');
  });
});

describe('createFrameworkServer', () => {
  it('serves a provider without ephemeral or list resources', async () => {
    const server = createFrameworkServer(fakeProvider(store));
    const resp = await server.validateEphemeralResourceConfig({ type_name: 'fake_thing' });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Unknown Ephemeral Resource Type']);
  });
});
