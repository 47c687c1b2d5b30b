/**
 * The helper services every go-plugin server registers beside the provider:
 *  - `grpc.health.v1.Health` (from grpc-health-check) with service `plugin` SERVING;
 *  - `plugin.GRPCController/Shutdown`: answer, then let the process exit promptly;
 *  - `plugin.GRPCStdio/StreamStdio`: an open stream that never carries data (logs go to stderr);
 *  - `plugin.GRPCBroker/StartStream`: kept open and ignored (providers never broker connections).
 */
import type * as grpc from '@grpc/grpc-js';
import { HealthImplementation } from 'grpc-health-check';
import type { GRPCBrokerHandlers } from './generated/plugin/GRPCBroker.js';
import type { GRPCControllerHandlers } from './generated/plugin/GRPCController.js';
import type { GRPCStdioHandlers } from './generated/plugin/GRPCStdio.js';
import type { Logger } from './log.js';
import type { LoadedProtocol } from './protocol.js';

export const HEALTH_SERVICE_NAME = 'plugin';

export interface GoPluginServices {
  /** Ends the long-lived streams so a graceful server shutdown can complete. */
  endStreams(): void;
}

export function addGoPluginServices(
  server: grpc.Server,
  proto: LoadedProtocol,
  onShutdown: () => void,
  log: Logger,
): GoPluginServices {
  const open = new Set<{ end(): void }>();
  const track = (
    call: grpc.ServerWritableStream<unknown, unknown> | grpc.ServerDuplexStream<unknown, unknown>,
  ) => {
    open.add(call);
    const forget = (): void => {
      open.delete(call);
    };
    call.on('cancelled', forget);
    call.on('error', forget);
    call.on('finish', forget);
  };

  new HealthImplementation({ [HEALTH_SERVICE_NAME]: 'SERVING', '': 'SERVING' }).addToServer(server);

  const controller: GRPCControllerHandlers = {
    Shutdown: (_call, callback) => {
      log.debug('shutdown requested by the client');
      callback(null, {});
      onShutdown();
    },
  };
  server.addService(proto.plugin.GRPCController.service, controller);

  const stdio: GRPCStdioHandlers = {
    StreamStdio: (call) => {
      track(call);
    },
  };
  server.addService(proto.plugin.GRPCStdio.service, stdio);

  const broker: GRPCBrokerHandlers = {
    StartStream: (call) => {
      track(call);
      call.on('data', () => undefined);
      call.on('end', () => call.end());
    },
  };
  server.addService(proto.plugin.GRPCBroker.service, broker);

  return {
    endStreams: () => {
      for (const call of open) call.end();
      open.clear();
    },
  };
}
