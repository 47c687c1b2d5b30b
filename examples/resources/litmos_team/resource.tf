resource "litmos_team" "engineering" {
  name        = "Engineering"
  description = "Everyone who builds the product"
}

resource "litmos_team" "platform" {
  name           = "Platform"
  parent_team_id = litmos_team.engineering.id # a sub-team; a new parent replaces it
}
