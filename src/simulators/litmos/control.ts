/**
 * The simulator's control API over HTTP, under `<origin>/_sim/…`, for tests that run the
 * simulator in another process. It needs no api key and is never counted in the stats.
 *
 * | Method & path                  | Effect                                                      |
 * |--------------------------------|-------------------------------------------------------------|
 * | `GET /_sim/stats`              | `{"requests":N,"byRoute":{"GET /users":n,…},"rejected":N}`    |
 * | `POST /_sim/stats/reset`       | zero the counters (204); `DELETE /_sim/stats` does the same |
 * | `GET /_sim/faults`             | active fault rules                                          |
 * | `POST /_sim/faults`            | add a `FaultRule` (201 `{"id":N}`)                          |
 * | `DELETE /_sim/faults[/{id}]`   | remove all rules, or one (204)                              |
 * | `PUT /_sim/rate-limit`         | `{"requestsPerMinute":N,"windowMs"?:N}` (200)               |
 * | `POST /_sim/rate-limit/reset`  | forget the requests counted so far (204)                    |
 * | `POST /_sim/courses`           | add a course `{"Code","Name","Description"?}` (201 course)  |
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultController, FaultRule } from './faults.js';
import { readBody, sendJson } from './http-io.js';
import type { RateLimiter } from './rate-limit.js';
import type { StatsRecorder } from './stats.js';
import type { LitmosStore } from './store.js';

export interface ControlTargets {
  readonly stats: StatsRecorder;
  readonly faults: FaultController;
  readonly rateLimiter: RateLimiter;
  readonly store: LitmosStore;
}

export async function handleControl(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  targets: ControlTargets,
): Promise<void> {
  const method = req.method ?? 'GET';
  const route = `${method} ${path.replace(/\/+$/, '')}`;
  try {
    if (route === 'GET /_sim/stats') return sendJson(res, 200, targets.stats.snapshot());
    if (route === 'POST /_sim/stats/reset' || route === 'DELETE /_sim/stats') {
      targets.stats.reset();
      return noContent(res);
    }
    if (route === 'GET /_sim/faults') return sendJson(res, 200, targets.faults.list());
    if (route === 'POST /_sim/faults') {
      const id = targets.faults.add(asObject(await readJson(req)) as unknown as FaultRule);
      return sendJson(res, 201, { id });
    }
    if (route === 'DELETE /_sim/faults') {
      targets.faults.clear();
      return noContent(res);
    }
    const oneFault = /^DELETE \/_sim\/faults\/(\d+)$/.exec(route);
    if (oneFault) {
      return targets.faults.remove(Number(oneFault[1]))
        ? noContent(res)
        : sendJson(res, 404, { error: 'no such fault' });
    }
    if (route === 'PUT /_sim/rate-limit') {
      const body = asObject(await readJson(req));
      const requestsPerMinute = body.requestsPerMinute;
      const windowMs = body.windowMs;
      if (typeof requestsPerMinute !== 'number' || (windowMs !== undefined && typeof windowMs !== 'number')) {
        throw new TypeError('requestsPerMinute (number) is required; windowMs is an optional number');
      }
      targets.rateLimiter.configure({ requestsPerMinute, windowMs });
      return sendJson(res, 200, { requestsPerMinute: targets.rateLimiter.requestsPerMinute });
    }
    if (route === 'POST /_sim/rate-limit/reset') {
      targets.rateLimiter.reset();
      return noContent(res);
    }
    if (route === 'POST /_sim/courses') {
      const body = asObject(await readJson(req));
      if (typeof body.Code !== 'string' || typeof body.Name !== 'string')
        throw new TypeError('Code and Name are required');
      const description = typeof body.Description === 'string' ? body.Description : undefined;
      return sendJson(
        res,
        201,
        targets.store.createCourse({ Code: body.Code, Name: body.Name, Description: description }),
      );
    }
    return sendJson(res, 404, { error: `unknown control route ${route}` });
  } catch (e: unknown) {
    return sendJson(res, 400, { error: e instanceof Error ? e.message : String(e) });
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  try {
    return JSON.parse(text === '' ? '{}' : text) as unknown;
  } catch {
    throw new TypeError('the body must be JSON');
  }
}

function asObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new TypeError('the body must be a JSON object');
  return value as Record<string, unknown>;
}

function noContent(res: ServerResponse): void {
  res.writeHead(204);
  res.end();
}
