# The roster is imported by its team ID; state then lists the current members.
terraform import litmos_team_members.engineering 9f8e7d6c5b4a
