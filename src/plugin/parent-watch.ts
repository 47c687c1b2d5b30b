/**
 * Ends a provider whose Terraform is gone. Terraform normally stops providers over gRPC, but a
 * `kill -9` of terraform (or a CI runner that kills it) leaves the provider reparented to PID 1
 * or a subreaper, serving nobody, for ever. The provider therefore checks its parent process id
 * every `intervalMs` and calls `onParentGone` once when it changes.
 *
 * Stdin is not watched: go-plugin hands Terraform's own stdin to the provider, which is a terminal
 * or `/dev/null` (at EOF from the start), so neither its data nor its end says anything about
 * Terraform.
 */

export interface ParentWatchOptions {
  readonly onParentGone: (detail: { readonly was: number; readonly now: number }) => void;
  /** @default 1000 */
  readonly intervalMs?: number;
  /** @default () => process.ppid */
  readonly parentPid?: () => number;
}

/** Starts watching; returns a function that stops. The timer never keeps the process alive. */
export function watchParent(options: ParentWatchOptions): () => void {
  const parentPid = options.parentPid ?? (() => process.ppid);
  const original = parentPid();
  const timer = setInterval(() => {
    const now = parentPid();
    if (now === original) return;
    clearInterval(timer);
    options.onParentGone({ was: original, now });
  }, options.intervalMs ?? 1_000);
  timer.unref();
  return () => clearInterval(timer);
}
