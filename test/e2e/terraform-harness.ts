/** e2e helpers: the terraform runner, and suites that skip visibly where terraform is absent. */
import { findTerraform } from '../../scripts/terraform-runner.js';

export * from '../../scripts/terraform-runner.js';

/** `describe` when terraform exists; otherwise a skipped suite and one visible line. */
export function describeWithTerraform(name: string, body: (terraform: string) => void): void {
  const terraform = findTerraform();
  if (!terraform) {
    process.stderr.write(
      `SKIP ${name}: the terraform binary is not on PATH (set TERRAFORM_BIN to use another)\n`,
    );
    describe.skip(name, () => test('terraform is not installed', () => undefined));
    return;
  }
  describe(name, () => body(terraform));
}
