data "litmos_course" "security" {
  name = "Security Awareness"
}

resource "litmos_team" "engineering" {
  name = "Engineering"
}

# On the team's Courses tab, for the team and all its sub-teams; no e-mail.
resource "litmos_team_course" "security" {
  team_id          = litmos_team.engineering.id
  course_id        = data.litmos_course.security.id
  include_subteams = true
}

# The same course in the team's Team Course Library as well.
resource "litmos_team_course" "security_library" {
  team_id      = litmos_team.engineering.id
  course_id    = data.litmos_course.security.id
  team_library = true
}
