/**
 * Ends a provider whose Terraform is gone. Terraform normally stops providers over gRPC, but a
 * `kill -9` of terraform (or a CI runner that kills it) leaves the provider reparented to PID 1
 * or a subreaper, serving nobody, for ever. The provider therefore checks its parent every
 * `intervalMs` and calls `onParentGone` once when its parent process id changes or that process
 * no longer exists.
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
  /**
   * Whether a process with this id exists. Windows does not reparent orphans, so there the parent
   * id stays the same and only this check notices. @default signal 0 (ESRCH: gone)
   */
  readonly isAlive?: (pid: number) => boolean;
}

/** Starts watching; returns a function that stops. The timer never keeps the process alive. */
export function watchParent(options: ParentWatchOptions): () => void {
  const parentPid = options.parentPid ?? (() => process.ppid);
  const isAlive = options.isAlive ?? processExists;
  const original = parentPid();
  const timer = setInterval(() => {
    const now = parentPid();
    if (now === original && isAlive(original)) return;
    clearInterval(timer);
    options.onParentGone({ was: original, now });
  }, options.intervalMs ?? 1_000);
  timer.unref();
  return () => clearInterval(timer);
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e: unknown) {
    // EPERM: it exists but belongs to someone else.
    return (e as { code?: unknown }).code !== 'ESRCH';
  }
}
