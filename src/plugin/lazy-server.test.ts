import type { ProviderServer } from '../framework/protocol.js';
import { lazyProviderServer } from './lazy-server.js';

const fakeServer = (): ProviderServer =>
  new Proxy({} as ProviderServer, {
    // Not thenable: `then` stays undefined so that awaiting the server does not call it.
    get: (_target, name) =>
      name === 'then' ? undefined : async () => ({ diagnostics: [], called: String(name) }),
  });

describe('lazyProviderServer', () => {
  it('does not load the real server until an RPC or preload asks for it', async () => {
    let loads = 0;
    const lazy = lazyProviderServer(async () => {
      loads += 1;
      return fakeServer();
    });
    expect(loads).toBe(0);
    await expect(lazy.getMetadata()).resolves.toMatchObject({ called: 'getMetadata' });
    await lazy.preload();
    await expect(lazy.planResourceChange({ type_name: 'x' })).resolves.toMatchObject({
      called: 'planResourceChange',
    });
    expect(loads).toBe(1);
  });

  it('rejects every RPC with the load error when loading fails', async () => {
    const lazy = lazyProviderServer(async () => {
      throw new Error('bundle broken');
    });
    await expect(lazy.getProviderSchema()).rejects.toThrow('bundle broken');
    await expect(lazy.stopProvider()).rejects.toThrow('bundle broken');
  });
});
