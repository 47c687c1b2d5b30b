/** For simulated ConductorOne tests: what the simulator holds, looked up by a state's ID. */
import type { ConductorOneSimulator, SimConnector } from '../../src/simulators/conductorone/index.js';

/** The connector the simulator holds under `id`; the test fails when there is none. */
export function storedConnector(sim: ConductorOneSimulator, id: unknown): SimConnector {
  const found = sim.store.connectors.get(String(id));
  if (!found) throw new Error(`the simulator has no connector ${String(id)}`);
  return found;
}
