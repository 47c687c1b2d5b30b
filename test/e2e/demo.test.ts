/** `npm run demo` end to end: every step, the read-back, the empty second plan, and the no-terraform path. */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scrubbedEnvironment } from '../../scripts/terraform-runner.js';
import { describeWithTerraform, repoRoot } from './terraform-harness.js';

/**
 * Runs the demo with a build folder of its own: its rebuild must not pull provider/dist away from
 * the e2e tests running beside it.
 */
async function runDemo(env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  const dist = mkdtempSync(join(tmpdir(), 'demo-dist-'));
  try {
    return await runDemoIn({ LITMOS_DEMO_DIST: dist, ...env });
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}

function runDemoIn(env: Record<string, string>): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/demo.ts'],
      {
        cwd: repoRoot,
        env: scrubbedEnvironment(env),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out }));
  });
}

describeWithTerraform('npm run demo', () => {
  test('applies the example, reads it back from the simulators, plans no changes and destroys', async () => {
    const { code, out } = await runDemo();
    expect(out).toMatch(/✓ terraform apply examples\/terraform/);
    expect(out).toMatch(/✓ the state file holds no Litmos API key/);
    expect(out).toMatch(/ada@example\.com\s+Administrator\s+active\s+team: Engineering/);
    expect(out).toMatch(/grace@example\.com.*Engineering \(leader\)/);
    expect(out).toMatch(/No changes\. Your infrastructure matches the configuration\./);
    expect(out).toMatch(/3 Litmos users, 3 team memberships, 3 course assignments, 1 ConductorOne connector/);
    expect(out).toMatch(/✓ terraform destroy/);
    expect(code).toBe(0);
  });

  test('a failing step is named, and the demo exits non-zero after cleaning up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demo-fake-tf-'));
    const fake = join(dir, 'terraform');
    // A terraform that works except for apply.
    writeFileSync(
      fake,
      '#!/bin/sh\nif [ "$1" = apply ]; then echo "Error: simulated failure" >&2; exit 1; fi\nexec terraform "$@"\n',
    );
    chmodSync(fake, 0o755);
    try {
      const { code, out } = await runDemo({ TERRAFORM_BIN: fake });
      expect(out).toMatch(/✗ step "terraform apply examples\/terraform" failed/);
      expect(out).toMatch(/simulated failure/);
      expect(out).not.toMatch(/Summary/);
      expect(code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Runs everywhere, terraform or not: this is the path of a machine without it.
describe('npm run demo without terraform', () => {
  test('without terraform or tofu it says how to install one and exits non-zero', async () => {
    const { code, out } = await runDemo({ TERRAFORM_BIN: '/nonexistent/terraform' });
    expect(out).toMatch(/Neither terraform nor tofu is on PATH/);
    expect(out).toMatch(/Install Terraform/);
    expect(code).toBe(1);
  });
});
