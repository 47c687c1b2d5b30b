data "litmos_team" "engineering" {
  name = "Engineering"
}

# The whole roster: anyone else in the team is planned for removal and named in `removals`.
resource "litmos_team_members" "engineering" {
  team_id = data.litmos_team.engineering.id
  members = {
    "1a2b3c4d5e6f" = "admin"
    "2b3c4d5e6f7a" = "leader"
    "3c4d5e6f7a8b" = "member"
  }
}

output "removed_from_engineering" {
  value = litmos_team_members.engineering.removals
}
