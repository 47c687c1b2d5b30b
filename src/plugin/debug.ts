/**
 * Debug (reattach) mode: the provider runs on its own, plaintext and without the magic cookie,
 * and prints the `TF_REATTACH_PROVIDERS` value that points Terraform at it.
 */
import { APP_PROTOCOL_VERSION, type Network } from './handshake.js';

export const DEBUG_FLAG = '--debug';
export const DEFAULT_PROVIDER_ADDRESS = 'registry.terraform.io/litmos-oss/litmos';

export interface ReattachTarget {
  readonly providerAddress: string;
  readonly pid: number;
  readonly network: Network;
  readonly address: string;
}

/** The JSON Terraform reads from `TF_REATTACH_PROVIDERS`. */
export function reattachConfig(target: ReattachTarget): string {
  return JSON.stringify({
    [target.providerAddress]: {
      Protocol: 'grpc',
      ProtocolVersion: APP_PROTOCOL_VERSION,
      Pid: target.pid,
      Test: true,
      Addr: { Network: target.network, String: target.address },
    },
  });
}

/** Single-quote a value for POSIX shells. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Instructions for the person running the provider by hand, ending in a ready-to-paste line. */
export function reattachInstructions(target: ReattachTarget): string {
  return [
    `Provider ${target.providerAddress} started in debug mode (plaintext, ${target.network} ${target.address}).`,
    'To attach Terraform to it, set this in the shell where you run terraform:',
    '',
    `TF_REATTACH_PROVIDERS=${shellQuote(reattachConfig(target))}`,
    '',
    'Press Ctrl-C to stop the provider.',
    '',
  ].join('\n');
}
