data "litmos_team" "engineering" {
  name = "Engineering"
}

output "engineering_team_id" {
  value = data.litmos_team.engineering.id
}
