# A Baton connector is imported as <app_id>/<connector_id>.
terraform import litmos_conductorone_baton_connector.litmos 2aBcDeFgHiJkLmNoPqRsTuVwXyZ/2zYxWvUtSrQpOnMlKjIhGfEdC
