/** `/teams` endpoints of the simulated API. */
import { recordMessage } from '../outbox.js';
import { teamDetail, teamRow, toSummary } from '../store.js';
import {
  bodyIds,
  bodyRecord,
  empty,
  list,
  page,
  record,
  search,
  type Route,
  type RouteRequest,
} from './route.js';

function createTeam({ store, params, body }: RouteRequest) {
  const fields = bodyRecord(body);
  const name = typeof fields.Name === 'string' ? fields.Name : '';
  const description = typeof fields.Description === 'string' ? fields.Description : '';
  const team = store.createTeam(name, description, params.id ?? '');
  return record('Team', teamDetail(team), 201);
}

function roleRoutes(role: 'leaders' | 'admins'): Route[] {
  return [
    {
      // Never recorded: the user summary form, as documented ([DOC-TEAMS], [SAP], facts §6.3).
      method: 'GET',
      pattern: `/teams/{id}/${role}`,
      handle: ({ store, params, query }) =>
        list('Users', 'User', page(store.teamUsers(params.id ?? '', role), query).map(toSummary)),
    },
    {
      method: 'PUT',
      pattern: `/teams/{id}/${role}/{userId}`,
      handle: ({ store, params }) => {
        store.promote(params.id ?? '', role, params.userId ?? '');
        return empty();
      },
    },
    {
      method: 'DELETE',
      pattern: `/teams/{id}/${role}/{userId}`,
      handle: ({ store, params }) => {
        store.demote(params.id ?? '', role, params.userId ?? '');
        return empty();
      },
    },
  ];
}

export const teamRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/teams',
    handle: ({ store, query }) =>
      list(
        'Teams',
        'Team',
        page(
          search(store.listTeams(), query, (t) => [t.Name]),
          query,
        ).map(teamRow),
      ),
  },
  {
    method: 'GET',
    pattern: '/teams/{id}',
    handle: ({ store, params }) => record('Team', teamDetail(store.requireTeam(params.id ?? ''))),
  },
  { method: 'POST', pattern: '/teams', handle: createTeam },
  {
    method: 'GET',
    pattern: '/teams/{id}/teams',
    handle: ({ store, params, query }) =>
      list(
        'Teams',
        'Team',
        page(
          search(store.subTeams(params.id ?? ''), query, (t) => [t.Name]),
          query,
        ).map(teamRow),
      ),
  },
  { method: 'POST', pattern: '/teams/{id}/teams', handle: createTeam },
  {
    method: 'GET',
    pattern: '/teams/{id}/users',
    handle: ({ store, params, query }) => {
      const members = search(store.teamUsers(params.id ?? '', 'members'), query, (u) => [
        u.UserName,
        u.FirstName,
        u.LastName,
        u.Email,
      ]);
      return list('Users', 'User', page(members, query).map(toSummary));
    },
  },
  {
    method: 'POST',
    pattern: '/teams/{id}/users',
    handle: ({ store, params, body, query }) => {
      const teamId = params.id ?? '';
      const ids = bodyIds(body);
      store.addMembers(teamId, ids);
      recordMessage(store, query, { kind: 'team-members', teamId, ids });
      return empty(201);
    },
  },
  {
    method: 'DELETE',
    pattern: '/teams/{id}/users/{userId}',
    handle: ({ store, params }) => {
      store.removeMember(params.id ?? '', params.userId ?? '');
      return empty();
    },
  },
  ...roleRoutes('leaders'),
  ...roleRoutes('admins'),
];
