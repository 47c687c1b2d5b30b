/**
 * `LitmosSecret`: a reference to a secret value (an API key, a client secret) that must never be
 * written as a literal into the synthesized Terraform JSON. It is checked three times:
 * - when it is made: `fromVariable` needs a sensitive variable without a default, `fromToken` an
 *   unresolved token;
 * - when a construct receives it: a plain string or any other object (from JavaScript, or from
 *   `tsx`, which does not type-check) fails with the construct path instead of vanishing;
 * - at synth time: the reference is resolved in its stack and must not end in a literal (a
 *   variable with a `default`, a local holding a string), again naming the construct path.
 *
 * Named `LitmosSecret` (not `SecretValue`) so that it does not clash with aws-cdk-lib's
 * `SecretValue` in projects that use both.
 */
import { TerraformLocal, TerraformStack, TerraformVariable, Token } from 'cdktf';
import { resolve } from 'cdktf/lib/_tokens.js';
import type { Construct, IConstruct } from 'constructs';

/** Marks instances across copies of this package (ESM and CommonJS builds loaded side by side). */
const BRAND = Symbol.for('@litmos-oss/cdktf-litmos.LitmosSecret');

const HOW_TO =
  'Use LitmosSecret.fromVariable(new TerraformVariable(stack, "litmos_api_key", { type: "string", sensitive: true })) ' +
  'or LitmosSecret.fromToken(<a reference such as a data source attribute>).';

export class LitmosSecret {
  /**
   * From a variable declared `sensitive: true` and without a `default` (a default would be
   * written into `cdk.tf.json`). Terraform reads the value from `TF_VAR_<name>` or a var file.
   */
  static fromVariable(variable: TerraformVariable): LitmosSecret {
    if (!(variable instanceof TerraformVariable) && !isVariableLike(variable)) {
      throw new Error(
        `LitmosSecret.fromVariable: expected a TerraformVariable, got ${describe(variable)}. ${HOW_TO}`,
      );
    }
    if (variable.sensitive !== true) {
      throw new Error(
        `LitmosSecret.fromVariable: variable ${variable.node.path} is not sensitive. ` +
          'Declare it with `sensitive: true` so that Terraform hides it in plans and output.',
      );
    }
    if (variable.default !== undefined) {
      throw new Error(
        `LitmosSecret.fromVariable: variable ${variable.node.path} has a default, which would be written into ` +
          'the synthesized cdk.tf.json. Remove the default and pass the value as TF_VAR_' +
          `${variable.friendlyUniqueId} or in a var file.`,
      );
    }
    return new LitmosSecret(variable.stringValue, `variable ${variable.node.path}`);
  }

  /** From an unresolved token, such as a sensitive data source attribute or a remote state output. */
  static fromToken(token: string): LitmosSecret {
    if (typeof token !== 'string' || !Token.isUnresolved(token)) {
      throw new Error(
        `LitmosSecret.fromToken: the value is ${describeLiteral(token)}, not a reference. ${HOW_TO}`,
      );
    }
    return new LitmosSecret(token, 'a token');
  }

  /** True for a `LitmosSecret` from any copy of this package. */
  static isLitmosSecret(value: unknown): value is LitmosSecret {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }

  private readonly [BRAND] = true;

  private constructor(
    /** The token to hand to a resource attribute. */
    readonly token: string,
    /** Where the value comes from, for messages (never the value). */
    readonly origin: string,
  ) {}

  toString(): string {
    return `LitmosSecret(${this.origin})`;
  }
}

/**
 * Problems with a prop that must be a `LitmosSecret`, for callers without a type checker.
 * `required: false` accepts `undefined`.
 */
export function secretPropProblems(field: string, value: unknown, required = true): string[] {
  if (value === undefined && !required) return [];
  if (LitmosSecret.isLitmosSecret(value)) return [];
  return [`${field} must be a LitmosSecret, got ${describeLiteral(value)}. ${HOW_TO}`];
}

/**
 * Registers a synth-time check on `scope`: the secret must resolve, in its stack, to a reference
 * that does not end in a literal. Variables must be sensitive and have no default; locals are
 * followed to their expressions.
 */
export function guardSecretAtSynth(scope: Construct, field: string, secret: LitmosSecret): void {
  scope.node.addValidation({ validate: () => literalProblems(scope, field, secret) });
}

function literalProblems(scope: IConstruct, field: string, secret: LitmosSecret): string[] {
  const stack = TerraformStack.of(scope);
  const problems: string[] = [];
  const seen = new Set<string>();
  const check = (expression: unknown, via: string): void => {
    if (typeof expression !== 'string') {
      problems.push(`${field} (${via}) resolves to a ${typeof expression}, not a Terraform reference`);
      return;
    }
    if (!expression.includes('${')) {
      problems.push(
        `${field} (${via}) resolves to a literal string, which would be written into cdk.tf.json. ${HOW_TO}`,
      );
      return;
    }
    for (const [, kind, name] of expression.matchAll(/\b(var|local)\.([A-Za-z_][\w-]*)/g)) {
      const key = `${kind}.${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const element = stack.node
        .findAll()
        .find(
          (c) =>
            (kind === 'var' ? c instanceof TerraformVariable : c instanceof TerraformLocal) &&
            (c as TerraformVariable | TerraformLocal).friendlyUniqueId === name,
        );
      if (element instanceof TerraformVariable) {
        if (element.default !== undefined) {
          problems.push(
            `${field} (${via}) uses variable ${element.node.path}, which has a default: the value would be ` +
              'written into cdk.tf.json. Remove the default.',
          );
        }
        if (element.sensitive !== true) {
          problems.push(`${field} (${via}) uses variable ${element.node.path}, which is not sensitive`);
        }
      } else if (element instanceof TerraformLocal) {
        // `expression` reads back as `${local.<name>}`; the value is in the element's own block.
        const block = resolve(stack, element.toTerraform()) as { locals?: Record<string, unknown> };
        check(block.locals?.[name], `local ${element.node.path}`);
      }
    }
  };
  check(resolve(stack, secret.token), secret.origin);
  return problems;
}

function isVariableLike(v: unknown): v is TerraformVariable {
  return typeof v === 'object' && v !== null && 'stringValue' in v && 'node' in v;
}

/** Describes a wrong value without ever printing it (it may be the secret itself). */
function describeLiteral(value: unknown): string {
  if (typeof value === 'string') return `a plain string (${value.length} characters)`;
  return describe(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'object') return `an object (${value.constructor?.name ?? 'Object'})`;
  return `a ${typeof value}`;
}
