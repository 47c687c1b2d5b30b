# An app is imported by its ConductorOne app ID.
terraform import litmos_conductorone_app.litmos 2aBcDeFgHiJkLmNoPqRsTuVwXyZ
