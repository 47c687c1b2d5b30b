# A team is imported by its Litmos team ID.
terraform import litmos_team.engineering 9f8e7d6c5b4a
