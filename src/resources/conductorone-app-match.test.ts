import type { App } from '../conductorone/index.js';
import { appDifferences, decideAppCreate, sameNamed } from './conductorone-app-match.js';

const app = (over: Partial<App> = {}): App => ({
  id: 'app1',
  displayName: 'Litmos',
  description: '',
  ...over,
});

describe('decideAppCreate', () => {
  test('owners compare as sets, in any order and with repeats', () => {
    const candidate = { app: app(), ownerIds: ['u2', 'u1'] };
    expect(
      appDifferences(candidate, { displayName: 'Litmos', description: '', ownerIds: ['u1', 'u2', 'u1'] }),
    ).toEqual([]);
    expect(
      decideAppCreate([candidate], { displayName: 'Litmos', description: '', ownerIds: ['u1', 'u2'] }),
    ).toEqual({
      kind: 'adopt',
      app: candidate.app,
    });
  });

  test('descriptions compare without surrounding blanks', () => {
    expect(
      appDifferences({ app: app({ description: ' LMS ' }) }, { displayName: 'Litmos', description: 'LMS' }),
    ).toEqual([]);
  });

  test('the import hint guesses an address from the display name and quotes the ID', () => {
    const decision = decideAppCreate([{ app: app({ id: "it's", description: 'x' }) }], {
      displayName: '42 Learning Apps!',
      description: 'y',
    });
    expect(decision.kind).toBe('refuse');
    expect(decision.kind === 'refuse' && decision.detail).toContain(
      `terraform import 'litmos_conductorone_app.app_42_learning_apps' 'it'\\''s'`,
    );
  });

  test('sameNamed keeps only live apps named exactly so', () => {
    const apps = [
      app({ id: 'a' }),
      app({ id: 'b', displayName: 'LITMOS' }),
      app({ id: 'c', deletedAt: '2026-01-01T00:00:00Z' }),
    ];
    expect(sameNamed(apps, 'Litmos').map((a) => a.id)).toEqual(['a']);
  });
});
