/**
 * Litmos reports a user who leads or administers any team as `Team_Leader`, whatever base access
 * level the user has. When Terraform manages the base level `Learner` and Litmos reports
 * `Team_Leader`, both describe the same user: keep `Learner`, so that a team role given through
 * `litmos_team_member` does not show up as drift of the access level on every plan.
 */
export function accessLevelAsManaged(reported: string, managed: string | null | undefined): string {
  return reported === 'Team_Leader' && managed === 'Learner' ? 'Learner' : reported;
}
