/** Request counters of the simulated API, by normalised route (`GET /users/{id}`). */

export interface SimulatorStats {
  /** Every API request received (control requests under `/_sim` excluded). */
  readonly requests: number;
  readonly byRoute: Readonly<Record<string, number>>;
  /** Requests answered 503 by the rate limit. */
  readonly rejected: number;
}

export class StatsRecorder {
  #requests = 0;
  #rejected = 0;
  #byRoute = new Map<string, number>();

  record(routeKey: string): void {
    this.#requests += 1;
    this.#byRoute.set(routeKey, (this.#byRoute.get(routeKey) ?? 0) + 1);
  }

  recordRejected(): void {
    this.#rejected += 1;
  }

  snapshot(): SimulatorStats {
    return { requests: this.#requests, byRoute: Object.fromEntries(this.#byRoute), rejected: this.#rejected };
  }

  reset(): void {
    this.#requests = 0;
    this.#rejected = 0;
    this.#byRoute = new Map();
  }
}
