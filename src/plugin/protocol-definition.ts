/**
 * The protocol's package definition, parsed from the generated JSON descriptor (never from
 * `.proto` text at run time). It needs protobufjs only, not gRPC, so the provider's start-up
 * snapshot can hold it already parsed (see provider/main.ts). Loader options keep wire names
 * (snake_case), enums as strings, 64-bit integers as strings, no filled-in defaults, and virtual
 * oneof fields.
 */
import * as protoLoader from '@grpc/proto-loader';
import { protocolDescriptorJson } from './generated/descriptor.js';

export const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: true,
  enums: String,
  longs: String,
  defaults: false,
  oneofs: true,
};

let definition: protoLoader.PackageDefinition | undefined;

/** Parses the embedded descriptor once per process (or once per snapshot). */
export function protocolDefinition(): protoLoader.PackageDefinition {
  if (!definition) {
    const descriptor: unknown = JSON.parse(protocolDescriptorJson);
    definition = protoLoader.fromJSON(
      descriptor as Parameters<typeof protoLoader.fromJSON>[0],
      LOADER_OPTIONS,
    );
  }
  return definition;
}
