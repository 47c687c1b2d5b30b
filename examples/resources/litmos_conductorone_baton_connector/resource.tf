# Step 1 of ConductorOne's self-hosted Litmos setup ("Add connector > Baton"): the connector a
# baton-litmos process you run reports into. Its settings live in that process, not here.
resource "litmos_conductorone_app" "litmos" {
  display_name = "Litmos"
}

resource "litmos_conductorone_baton_connector" "litmos" {
  app_id       = litmos_conductorone_app.litmos.id
  display_name = "baton-litmos"
  # Owners; leave unset to make the calling user the owner.
  # user_ids = ["<ConductorOne user ID>"]
}
