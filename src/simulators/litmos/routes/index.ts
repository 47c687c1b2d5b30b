/** Every endpoint of the simulated Litmos API, and the matcher that picks one for a request. */
import { courseRoutes } from './courses.js';
import type { Route } from './route.js';
import { teamRoutes } from './teams.js';
import { teamWriteRoutes } from './team-writes.js';
import { userRoutes } from './users.js';

export const routes: readonly Route[] = [...userRoutes, ...teamRoutes, ...teamWriteRoutes, ...courseRoutes];

export interface RouteMatch {
  readonly route: Route;
  readonly params: Record<string, string>;
}

/** The route pattern a path belongs to, for any method (used for stats and fault matching). */
export function matchPath(path: string): { pattern: string; params: Record<string, string> } | undefined {
  const segments = path.split('/').filter((s) => s !== '');
  // Literal segments win over parameters (`/users/details` before `/users/{id}`).
  const candidates = [...new Set(routes.map((r) => r.pattern))]
    .map((pattern) => ({ pattern, params: matchPattern(pattern, segments) }))
    .filter((c): c is { pattern: string; params: Record<string, string> } => c.params !== undefined)
    .sort((a, b) => Object.keys(a.params).length - Object.keys(b.params).length);
  return candidates[0];
}

export function findRoute(method: string, pattern: string): Route | undefined {
  return routes.find((r) => r.method === method && r.pattern === pattern);
}

function matchPattern(pattern: string, segments: readonly string[]): Record<string, string> | undefined {
  const parts = pattern.split('/').filter((s) => s !== '');
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    const segment = segments[i] ?? '';
    if (part.startsWith('{') && part.endsWith('}')) {
      try {
        params[part.slice(1, -1)] = decodeURIComponent(segment);
      } catch {
        return undefined;
      }
    } else if (part.toLowerCase() !== segment.toLowerCase()) {
      return undefined;
    }
  }
  return params;
}

export type { Route, RouteRequest, RouteResult, RequestBody } from './route.js';
