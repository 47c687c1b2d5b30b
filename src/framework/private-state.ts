/**
 * Private state: provider-owned bytes that Terraform stores beside a resource instance and hands
 * back on every later call. Kept as a JSON object of named entries.
 */
export class PrivateState {
  private readonly entries: Map<string, unknown>;

  private constructor(entries: Map<string, unknown>) {
    this.entries = entries;
  }

  static empty(): PrivateState {
    return new PrivateState(new Map());
  }

  /** Parses bytes from Terraform; empty or foreign bytes give an empty state. */
  static fromBytes(bytes: Uint8Array | undefined): PrivateState {
    if (!bytes || bytes.length === 0) return PrivateState.empty();
    try {
      const parsed: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        return new PrivateState(new Map(Object.entries(parsed)));
      }
    } catch {
      // Bytes written by another provider version that did not use JSON: start afresh.
    }
    return PrivateState.empty();
  }

  get(key: string): unknown {
    return this.entries.get(key);
  }

  set(key: string, value: unknown): void {
    if (value === undefined) this.entries.delete(key);
    else this.entries.set(key, value);
  }

  toBytes(): Uint8Array {
    if (this.entries.size === 0) return new Uint8Array();
    return Buffer.from(JSON.stringify(Object.fromEntries(this.entries)));
  }
}
