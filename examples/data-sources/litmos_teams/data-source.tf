data "litmos_teams" "sales" {
  name_filter = "Sales"
}

output "sales_team_ids" {
  value = { for t in data.litmos_teams.sales.teams : t.name => t.id }
}
