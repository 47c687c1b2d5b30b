/** The closed vocabularies of Litmos that the constructs check at synth time. */

/** Litmos access levels, spelled as the provider's `access_level` attribute expects them. */
export const ACCESS_LEVELS = ['Learner', 'Team_Leader', 'Administrator', 'Account_Owner'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** Roles in a Litmos team, as the provider's `litmos_team_member.role` expects them. */
export const TEAM_ROLES = ['member', 'leader', 'admin'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** The levels `litmos_administrators` demotes to (`demote_to`). */
export const DEMOTION_LEVELS = ['Learner', 'Team_Leader'] as const;
export type DemotionLevel = (typeof DEMOTION_LEVELS)[number];

export const isAccessLevel = (v: string): v is AccessLevel =>
  (ACCESS_LEVELS as readonly string[]).includes(v);
export const isTeamRole = (v: string): v is TeamRole => (TEAM_ROLES as readonly string[]).includes(v);
export const isDemotionLevel = (v: string): v is DemotionLevel =>
  (DEMOTION_LEVELS as readonly string[]).includes(v);
