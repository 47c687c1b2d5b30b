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

  test('with no app of the name, the create goes ahead', () => {
    expect(decideAppCreate([], { displayName: 'Litmos', description: '' })).toEqual({ kind: 'create' });
  });

  test('an app without a description equals an unset one; surrounding blanks are ignored on both sides', () => {
    const { description: _unused, ...bare } = app();
    expect(appDifferences({ app: bare }, { displayName: 'Litmos', description: '' })).toEqual([]);
    expect(
      appDifferences({ app: app({ description: 'LMS' }) }, { displayName: 'Litmos', description: ' LMS ' }),
    ).toEqual([]);
  });

  test('owners are compared only when the configuration sets them', () => {
    const candidate = { app: app(), ownerIds: ['u1'] };
    expect(appDifferences(candidate, { displayName: 'Litmos', description: '' })).toEqual([]);
    expect(appDifferences({ app: app() }, { displayName: 'Litmos', description: '', ownerIds: [] })).toEqual(
      [],
    );
  });

  test.each([
    ['fewer owners', ['u1'], ['u1', 'u2']],
    ['one owner swapped', ['u1', 'u2'], ['u1', 'u3']],
    ['more owners', ['u1', 'u2'], ['u2']],
  ])('%s is a difference naming both sorted owner lists', (_name, have, want) => {
    expect(
      appDifferences(
        { app: app(), ownerIds: have },
        { displayName: 'Litmos', description: '', ownerIds: want },
      ),
    ).toEqual([
      `owner_user_ids: ConductorOne has ${JSON.stringify([...have].sort())}, the configuration ${JSON.stringify(
        [...want].sort(),
      )}`,
    ]);
  });

  test('owners configured out of order are sorted before they are compared', () => {
    expect(
      appDifferences(
        { app: app(), ownerIds: ['u1', 'u2'] },
        { displayName: 'Litmos', description: '', ownerIds: ['u2', 'u1'] },
      ),
    ).toEqual([]);
  });

  test('one different app of the name: refused with its ID, the differences and the import command', () => {
    const decision = decideAppCreate(
      [{ app: app({ id: 'app9', description: 'Theirs' }), ownerIds: ['u2'] }],
      {
        displayName: 'Litmos',
        description: 'Ours',
        ownerIds: ['u1'],
      },
    );
    expect(decision).toEqual({
      kind: 'refuse',
      detail:
        'A ConductorOne app named "Litmos" already exists (ID app9) and is not the app this configuration ' +
        'describes: description: ConductorOne has "Theirs", the configuration "Ours"; owner_user_ids: ' +
        'ConductorOne has ["u2"], the configuration ["u1"]. It was left unchanged and no second app was made. ' +
        'Choose another display_name, or, to manage that app with Terraform, import it: terraform import ' +
        "'litmos_conductorone_app.litmos' 'app9' (use this resource's address in place of " +
        'litmos_conductorone_app.litmos), then plan to see the changes Terraform would make to it.',
    });
  });

  test('several apps of the name: refused, listing each with its differences, importing the first', () => {
    const decision = decideAppCreate(
      [
        { app: app({ id: 'a1', description: 'x' }), ownerIds: ['u1'] },
        { app: app({ id: 'a2', description: 'y' }), ownerIds: ['u2'] },
      ],
      { displayName: 'Litmos', description: 'x', ownerIds: ['u1'] },
    );
    expect(decision).toEqual({
      kind: 'refuse',
      detail:
        '2 ConductorOne apps are named "Litmos": a1 (equal to the configuration), a2 (description: ' +
        'ConductorOne has "y", the configuration "x"; owner_user_ids: ConductorOne has ["u2"], the ' +
        'configuration ["u1"]). Terraform cannot tell which one, if any, it made, so ' +
        'it changed none of them and made no other. Choose another display_name, or import the one to ' +
        "manage: terraform import 'litmos_conductorone_app.litmos' 'a1' (use this resource's address in " +
        'place of litmos_conductorone_app.litmos).',
    });
  });
});
