/** Starts both simulators for an e2e test and gives the environment the provider reads. */
import {
  startConductorOneSimulator,
  type ConductorOneSimulator,
} from '../src/simulators/conductorone/index.js';
import { startLitmosSimulator, type LitmosSimulator } from '../src/simulators/litmos/index.js';

export interface Simulators {
  readonly litmos: LitmosSimulator;
  readonly conductorOne: ConductorOneSimulator;
  /** LITMOS_* and CONDUCTORONE_* variables, plus the example's connector key variable. */
  readonly env: Record<string, string>;
  close(): Promise<void>;
}

export async function startSimulators(opts: { requestsPerMinute?: number } = {}): Promise<Simulators> {
  const litmos = await startLitmosSimulator({ requestsPerMinute: opts.requestsPerMinute ?? 10_000 });
  const conductorOne = await startConductorOneSimulator();
  return {
    litmos,
    conductorOne,
    env: {
      LITMOS_API_KEY: litmos.apiKey,
      LITMOS_SOURCE: litmos.source,
      LITMOS_BASE_URL: litmos.baseUrl,
      CONDUCTORONE_SERVER_URL: conductorOne.serverUrl,
      CONDUCTORONE_CLIENT_ID: conductorOne.clientId,
      CONDUCTORONE_CLIENT_SECRET: conductorOne.clientSecret,
      TF_VAR_litmos_api_key_for_connector: litmos.apiKey,
      TF_VAR_litmos_source: litmos.source,
    },
    async close() {
      await Promise.all([litmos.close(), conductorOne.close()]);
    },
  };
}
