/**
 * The e-mails the simulated organisation would have sent, so tests can check that a write sends
 * none unless asked. One entry per write that sends: its kind, the team, and the IDs the request
 * carried (users added, or courses assigned). Attached to the store per instance, like
 * `team-changes.ts`.
 *
 * Sources (`shared/facts/litmos-api.md` §6.3): adding team members sends e-mail with
 * `sendmessage=true`, none by default ([DOC-TEAMS]); assigning courses to a team, `sendmessage=false`
 * suppresses it ([DOC-TC]); assigning courses to a user sends e-mail unless `sendmessage=false`
 * (to a user who has logged in before; facts §6.3). NOT IN A SOURCE: whether a team-course
 * assignment without the parameter sends e-mail; the simulator takes the cautious reading that it
 * does, and that a user-course assignment does for every user.
 */
import type { LitmosStore } from './store.js';

export type SentMessage =
  | {
      readonly kind: 'team-members' | 'team-courses';
      readonly teamId: string;
      readonly ids: readonly string[];
    }
  | { readonly kind: 'user-courses'; readonly userId: string; readonly ids: readonly string[] };

const outboxes = new WeakMap<LitmosStore, SentMessage[]>();

function outboxOf(store: LitmosStore): SentMessage[] {
  let outbox = outboxes.get(store);
  if (!outbox) {
    outbox = [];
    outboxes.set(store, outbox);
  }
  return outbox;
}

/** Every e-mail sent so far, oldest first. */
export function sentMessages(store: LitmosStore): readonly SentMessage[] {
  return [...outboxOf(store)];
}

/** Whether a write of `kind` with this query sends e-mail (see the sources above). */
export function sendsMessage(kind: SentMessage['kind'], query: URLSearchParams): boolean {
  const asked = query.get('sendmessage')?.toLowerCase();
  return kind === 'team-members' ? asked === 'true' : asked !== 'false';
}

/** Records the e-mail of a write when its query asks for one. */
export function recordMessage(store: LitmosStore, query: URLSearchParams, message: SentMessage): void {
  if (sendsMessage(message.kind, query)) outboxOf(store).push(message);
}
