/**
 * A configuration value that is known only at apply (another resource's output) must be planned
 * unknown, never replaced by the prior state: Terraform refuses such a plan ("planned value does
 * not match config value"). The harness applies Terraform's plan-validity rule to every plan.
 */
import {
  startConductorOneSimulator,
  type ConductorOneSimulator,
} from '../../src/simulators/conductorone/index.js';
import { Unknown, unknown } from '../../src/tf/value.js';
import type { ObjectValue } from '../../src/tf/value.js';
import { ProviderHarness } from './provider-harness.js';

describe('plans with configuration values known only at apply', () => {
  let sim: ConductorOneSimulator;
  let tf: ProviderHarness;

  beforeAll(async () => {
    sim = await startConductorOneSimulator();
    tf = await ProviderHarness.againstConductorOne(sim);
  });
  afterAll(() => sim.close());

  it('an app whose owners come from another resource plans them unknown, not the prior owners', async () => {
    const app = (await tf.converge(
      'litmos_conductorone_app',
      { display_name: 'Litmos', owner_user_ids: [sim.adminUserId] },
      null,
    )) as ObjectValue;
    const plan = await tf.plan(
      'litmos_conductorone_app',
      { display_name: 'Litmos', owner_user_ids: unknown },
      app,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.value.planned?.owner_user_ids).toBeInstanceOf(Unknown);
    // At apply the owners are known, and differ: the re-plan must keep the first plan's promises.
    const other = [...sim.store.users.keys()].find((id) => id !== sim.adminUserId) ?? 'user-known-at-apply';
    const replan = await tf.replan(
      'litmos_conductorone_app',
      { display_name: 'Litmos', owner_user_ids: [other] },
      app,
      plan.value.planned!,
    );
    expect(replan.errors).toEqual([]);
  });

  it('a required name known only at apply is planned unknown', async () => {
    const app = (await tf.converge(
      'litmos_conductorone_app',
      { display_name: 'Checked' },
      null,
    )) as ObjectValue;
    const renamed = await tf.plan('litmos_conductorone_app', { display_name: unknown }, app);
    expect(renamed.errors).toEqual([]);
    expect(renamed.value.planned?.display_name).toBeInstanceOf(Unknown);
  });
});
