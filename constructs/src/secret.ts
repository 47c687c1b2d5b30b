/**
 * A reference to a secret value (an API key, a client secret) that must never appear as a literal
 * in the synthesized Terraform JSON. Build one from a sensitive `TerraformVariable` or from another
 * unresolved token (a data source attribute, a remote state output); plain strings are refused.
 */
import { Token, type TerraformVariable } from 'cdktf';

export class SecretValue {
  /** From a variable; the variable must be declared `sensitive: true`. */
  static fromVariable(variable: TerraformVariable): SecretValue {
    if (variable.sensitive !== true) {
      throw new Error(
        `SecretValue.fromVariable: variable ${variable.node.path} is not sensitive. ` +
          'Declare it with `sensitive: true` so that Terraform hides it in plans and output.',
      );
    }
    return new SecretValue(variable.stringValue, `variable ${variable.node.id}`);
  }

  /** From an unresolved token such as a sensitive data source attribute. */
  static fromToken(token: string): SecretValue {
    if (!Token.isUnresolved(token)) {
      throw new Error(
        'SecretValue.fromToken: the value is a literal string. A secret must come from a sensitive ' +
          'TerraformVariable or another reference, never from the program text: use ' +
          'SecretValue.fromVariable(new TerraformVariable(stack, "litmos_api_key", { type: "string", sensitive: true })).',
      );
    }
    return new SecretValue(token, 'a token');
  }

  private constructor(
    /** The token to hand to a resource attribute. */
    readonly token: string,
    /** Where the value comes from, for messages. */
    readonly origin: string,
  ) {}

  toString(): string {
    return `SecretValue(${this.origin})`;
  }
}
