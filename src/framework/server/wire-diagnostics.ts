/** Diagnostics and attribute paths in their wire shapes. */
import type { Diagnostic, Diagnostics } from '../../tf/diagnostics.js';
import type { AttrPath } from '../../tf/path.js';
import type { WireAttributePath, WireDiagnostic, WirePathStep } from '../protocol.js';

export function pathToWire(path: AttrPath): WireAttributePath {
  return {
    steps: path.steps.map((s): WirePathStep =>
      'attr' in s
        ? { attribute_name: s.attr }
        : 'key' in s
          ? { element_key_string: s.key }
          : { element_key_int: String(s.index) },
    ),
  };
}

export function diagnosticToWire(d: Diagnostic): WireDiagnostic {
  return {
    severity: d.severity === 'error' ? 'ERROR' : 'WARNING',
    summary: d.summary,
    detail: d.detail,
    ...(d.path && !d.path.isEmpty ? { attribute: pathToWire(d.path) } : {}),
  };
}

export const diagnosticsToWire = (diags: Diagnostics): WireDiagnostic[] =>
  diags.toArray().map(diagnosticToWire);
