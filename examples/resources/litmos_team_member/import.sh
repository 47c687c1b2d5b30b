# A membership is imported as <team_id>/<user_id>.
terraform import litmos_team_member.grace 9f8e7d6c/1a2b3c4d5e6f
