/**
 * What a `litmos_conductorone_app` create does with apps that already carry its display name
 * (the orphan of a crashed run, or someone else's app). Pure functions, no I/O.
 *
 * The rule: adopt only when exactly one app has the display name and it is equal in every other
 * field the configuration manages (description, and owners when set); anything else is refused, so a repeated
 * create never makes a silent duplicate and never takes over an app it did not make. The
 * equal-fields rule is the only guard against adopting someone else's app of the same name and
 * content: such an app is indistinguishable from the one this create would have made.
 */
import type { App } from '../conductorone/index.js';
import { importCommand } from './litmos-errors.js';
import { sampleAddress } from './user-create-match.js';

/**
 * What the create would make. `description` is `""` when not configured: the attribute is not
 * computed, so an adopted app with a description would have it cleared by the next apply.
 * `ownerIds` is `undefined` when not configured: unset owners are not managed, only recorded.
 */
export interface AppWanted {
  readonly displayName: string;
  readonly description: string;
  readonly ownerIds?: readonly string[];
}

/** An existing app with the display name, and its owners (read only when the plan sets them). */
export interface AppCandidate {
  readonly app: App;
  readonly ownerIds?: readonly string[];
}

export type AppDecision =
  | { readonly kind: 'create' }
  | { readonly kind: 'adopt'; readonly app: App }
  | { readonly kind: 'refuse'; readonly detail: string };

/**
 * Apps whose display name is exactly `displayName` (ConductorOne's search matches without regard
 * to case; an app named in another case is a different name and does not block the create).
 */
export function sameNamed(apps: readonly App[], displayName: string): App[] {
  return apps.filter((a) => !a.deletedAt && a.displayName === displayName);
}

/** The configured fields in which `candidate` differs from `wanted`, one phrase each. */
export function appDifferences(candidate: AppCandidate, wanted: AppWanted): string[] {
  const out: string[] = [];
  const have = candidate.app.description ?? '';
  if (have.trim() !== wanted.description.trim()) {
    const want = wanted.description === '' ? 'none' : JSON.stringify(wanted.description);
    out.push(`description: ConductorOne has ${JSON.stringify(have)}, the configuration ${want}`);
  }
  if (wanted.ownerIds !== undefined) {
    const have = [...(candidate.ownerIds ?? [])].sort();
    const want = [...new Set(wanted.ownerIds)].sort();
    if (have.length !== want.length || have.some((id, i) => id !== want[i])) {
      out.push(
        `owner_user_ids: ConductorOne has ${JSON.stringify(have)}, the configuration ${JSON.stringify(want)}`,
      );
    }
  }
  return out;
}

/** Create, adopt the one equal app, or refuse with the reason, the app IDs and the import command. */
export function decideAppCreate(candidates: readonly AppCandidate[], wanted: AppWanted): AppDecision {
  if (candidates.length === 0) return { kind: 'create' };
  const named = JSON.stringify(wanted.displayName);
  const [only] = candidates;
  if (candidates.length === 1 && only) {
    const differences = appDifferences(only, wanted);
    if (differences.length === 0) return { kind: 'adopt', app: only.app };
    return {
      kind: 'refuse',
      detail:
        `A ConductorOne app named ${named} already exists (ID ${only.app.id}) and is not the app this ` +
        `configuration describes: ${differences.join('; ')}. It was left unchanged and no second app was ` +
        `made. Choose another display_name, or, to manage that app with Terraform, import it: ` +
        `${importHint(wanted.displayName, only.app.id)}, then plan to see the changes Terraform would make to it.`,
    };
  }
  const listed = candidates.map((c) => {
    const differences = appDifferences(c, wanted);
    return `${c.app.id} (${differences.length === 0 ? 'equal to the configuration' : differences.join('; ')})`;
  });
  return {
    kind: 'refuse',
    detail:
      `${candidates.length} ConductorOne apps are named ${named}: ${listed.join(', ')}. Terraform cannot tell ` +
      'which one, if any, it made, so it changed none of them and made no other. Choose another ' +
      `display_name, or import the one to manage: ${importHint(wanted.displayName, candidates[0]?.app.id ?? '')}.`,
  };
}

function importHint(displayName: string, id: string): string {
  const address = sampleAddress('litmos_conductorone_app', displayName, 'app');
  return `${importCommand(address, id)} (use this resource's address in place of ${address})`;
}
