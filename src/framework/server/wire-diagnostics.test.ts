import { Diagnostics } from '../../tf/diagnostics.js';
import { AttrPath } from '../../tf/path.js';
import { diagnosticToWire, diagnosticsToWire, pathToWire } from './wire-diagnostics.js';

describe('wire diagnostics', () => {
  it('writes attribute, map key and list index steps in their wire shapes (index as decimal text)', () => {
    expect(pathToWire(AttrPath.root('rules').index(2).attr('tags').key('env'))).toEqual({
      steps: [
        { attribute_name: 'rules' },
        { element_key_int: '2' },
        { attribute_name: 'tags' },
        { element_key_string: 'env' },
      ],
    });
  });

  it('maps severities and keeps summary and detail', () => {
    expect(diagnosticToWire({ severity: 'error', summary: 'S', detail: 'D' })).toEqual({
      severity: 'ERROR',
      summary: 'S',
      detail: 'D',
    });
    expect(diagnosticToWire({ severity: 'warning', summary: 'W', detail: 'X' }).severity).toBe('WARNING');
  });

  it('gives an attribute only for a non-empty path', () => {
    expect(
      diagnosticToWire({ severity: 'error', summary: 'S', detail: 'D', path: AttrPath.empty }),
    ).not.toHaveProperty('attribute');
    expect(
      diagnosticToWire({ severity: 'error', summary: 'S', detail: 'D', path: AttrPath.root('a') }).attribute,
    ).toEqual({
      steps: [{ attribute_name: 'a' }],
    });
  });

  it('writes every diagnostic in order', () => {
    const diags = new Diagnostics().warning('First', 'a').error('Second', 'b', AttrPath.root('x'));
    expect(diagnosticsToWire(diags).map((d) => `${d.severity} ${d.summary}`)).toEqual([
      'WARNING First',
      'ERROR Second',
    ]);
  });
});
