/**
 * Courses assigned to a team ([DOC-TC]): `GET|POST|DELETE /teams/{id}/courses`. A course sits on
 * the team's "Courses" tab (`CourseTeamLibrary: false`) or in its Team Course Library (`true`);
 * one request places a list of courses in one of the two. Unknown and already placed course ids
 * are ignored by Litmos, so a write is repeatable and must be checked by reading the list back.
 */
import { listEvery } from './listing.js';
import { apiPath, type LitmosTransport } from './transport.js';
import type { LitmosCourse } from './types.js';

export interface TeamCourseWriteOptions {
  /** The Team Course Library instead of the team's "Courses" tab. @default false */
  readonly library?: boolean;
  /** Also every sub-team (`includesubteams=true`). @default false */
  readonly includeSubTeams?: boolean;
  /** Send Litmos's assignment e-mail. @default false */
  readonly sendMessage?: boolean;
}

export interface TeamCoursesDeps {
  readonly transport: LitmosTransport;
  readonly pageSize: number;
}

export class LitmosTeamCourses {
  readonly #deps: TeamCoursesDeps;

  constructor(deps: TeamCoursesDeps) {
    this.#deps = deps;
  }

  /** The team's courses; `CourseTeamLibrary` tells where each one sits. */
  list(teamId: string): Promise<LitmosCourse[]> {
    return listEvery<LitmosCourse>(
      this.#deps.transport,
      this.#deps.pageSize,
      apiPath('teams', teamId, 'courses'),
    );
  }

  async assign(
    teamId: string,
    courseIds: readonly string[],
    options: TeamCourseWriteOptions = {},
  ): Promise<void> {
    if (courseIds.length === 0) return;
    await this.#deps.transport.request({
      method: 'POST',
      path: apiPath('teams', teamId, 'courses'),
      query: {
        sendmessage: options.sendMessage ?? false,
        ...(options.includeSubTeams ? { includesubteams: true } : {}),
      },
      body: courseIds.map((Id) => ({ Id, CourseTeamLibrary: options.library ?? false })),
      repeatable: true,
    });
  }

  async unassign(
    teamId: string,
    courseIds: readonly string[],
    options: Pick<TeamCourseWriteOptions, 'library'> = {},
  ): Promise<void> {
    if (courseIds.length === 0) return;
    await this.#deps.transport.request({
      method: 'DELETE',
      path: apiPath('teams', teamId, 'courses'),
      body: courseIds.map((Id) => ({ Id, CourseTeamLibrary: options.library ?? false })),
    });
  }
}
