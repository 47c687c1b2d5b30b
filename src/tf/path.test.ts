import { AttrPath } from './path.js';

describe('AttrPath', () => {
  it('prints as Terraform does', () => {
    expect(AttrPath.root('a').attr('b').key('k').index(0).toString()).toBe('a.b["k"][0]');
    expect(AttrPath.root('teams').index(2).attr('id').toString()).toBe('teams[2].id');
  });

  it('is empty only without steps', () => {
    expect(AttrPath.empty.isEmpty).toBe(true);
    expect(AttrPath.empty.toString()).toBe('');
    expect(AttrPath.root('a').isEmpty).toBe(false);
  });
});
