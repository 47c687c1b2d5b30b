/** The committed generated files must match what provider/gen-proto.mjs makes from proto/ today. */
import { describe, expect, it, jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadProtocol } from '../../src/plugin/protocol.js';

jest.setTimeout(60_000);

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

describe('src/plugin/generated', () => {
  it('is up to date with proto/ (run `npm run gen:proto` when this fails)', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'litmos-gen-check-'));
    try {
      const result = spawnSync(process.execPath, ['provider/gen-proto.mjs', '--out', fresh], {
        encoding: 'utf8',
      });
      expect(result.status).toBe(0);
      const committedDir = 'src/plugin/generated';
      const committed = listFiles(committedDir)
        .map((f) => relative(committedDir, f))
        .sort();
      const regenerated = listFiles(fresh)
        .map((f) => relative(fresh, f))
        .sort();
      expect(committed).toEqual(regenerated);
      const stale = regenerated.filter(
        (file) => readFileSync(join(fresh, file), 'utf8') !== readFileSync(join(committedDir, file), 'utf8'),
      );
      expect(stale).toEqual([]);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('describes all 36 RPCs of tfplugin6 and the go-plugin helper services', () => {
    const proto = loadProtocol();
    expect(Object.keys(proto.tfplugin6.Provider.service)).toHaveLength(36);
    expect(Object.keys(proto.plugin.GRPCController.service)).toEqual(['Shutdown']);
    expect(Object.keys(proto.plugin.GRPCStdio.service)).toEqual(['StreamStdio']);
    expect(Object.keys(proto.plugin.GRPCBroker.service)).toEqual(['StartStream']);
    const stream = proto.tfplugin6.Provider.service.WriteStateBytes;
    expect([stream.requestStream, stream.responseStream]).toEqual([true, false]);
  });
});
