/** Shared set-up of the construct tests: the CDKTF jest matchers and small synthesis helpers. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import type { Construct } from 'constructs';
import { LitmosSecret } from '../src/index.js';

// Type declarations of the matchers that setupJest() installs (toHaveResourceWithProperties, …).
export type {} from 'cdktf/lib/testing/adapters/jest.js';

Testing.setupJest();

/** The constructs package folder, whether jest runs from the repository root or from it. */
export const packageDir = existsSync(resolve('constructs', 'package.json'))
  ? resolve('constructs')
  : resolve('.');
export const repoRoot = resolve(packageDir, '..');

/** A sensitive variable and the secret reference built on it. */
export function secretVariable(scope: Construct, name: string): LitmosSecret {
  return LitmosSecret.fromVariable(new TerraformVariable(scope, name, { type: 'string', sensitive: true }));
}

export interface SynthJson {
  resource?: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  variable?: Record<string, Record<string, unknown>>;
  terraform?: { required_providers?: Record<string, { source: string; version?: string }> };
}

/** Synthesizes a stack built by `fn` and returns the JSON text and its parsed form. */
export function synth(fn: (stack: TerraformStack) => void): { text: string; json: SynthJson } {
  const text = Testing.synthScope((scope) => fn(scope as TerraformStack));
  return { text, json: JSON.parse(text) as SynthJson };
}

/** All blocks of one resource type, in synthesis order. */
export function blocks(json: SynthJson, type: string): Record<string, unknown>[] {
  return Object.values(json.resource?.[type] ?? {});
}
