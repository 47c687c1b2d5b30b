import { Diagnostics } from './diagnostics.js';
import { AttrPath } from './path.js';

describe('Diagnostics', () => {
  it('reports one diagnostic once, however often it is added', () => {
    const diags = new Diagnostics()
      .error('Invalid Email', 'Use an address.', AttrPath.root('email'))
      .error('Invalid Email', 'Use an address.', AttrPath.root('email'));
    expect(diags.toArray()).toHaveLength(1);
  });

  it('keeps diagnostics that differ in severity, summary, detail or attribute path', () => {
    const diags = new Diagnostics()
      .error('Invalid Email', 'Use an address.', AttrPath.root('email'))
      .warning('Invalid Email', 'Use an address.', AttrPath.root('email'))
      .error('Invalid Username', 'Use an address.', AttrPath.root('email'))
      .error('Invalid Email', 'Use another address.', AttrPath.root('email'))
      .error('Invalid Email', 'Use an address.', AttrPath.root('username'))
      .error('Invalid Email', 'Use an address.');
    expect(diags.toArray()).toHaveLength(6);
    expect(diags.length).toBe(6);
    expect(diags.hasError()).toBe(true);
  });

  it('has no error when it holds only warnings', () => {
    expect(new Diagnostics().warning('Deprecated', 'Use x.').hasError()).toBe(false);
  });
});
