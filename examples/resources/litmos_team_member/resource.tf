data "litmos_team" "engineering" {
  name = "Engineering"
}

resource "litmos_user" "grace" {
  username   = "grace@example.com"
  first_name = "Grace"
  last_name  = "Hopper"
}

resource "litmos_team_member" "grace" {
  team_id = data.litmos_team.engineering.id
  user_id = litmos_user.grace.id
  role    = "leader" # member | leader | admin
}
