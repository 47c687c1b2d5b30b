# A connector is imported as <app_id>/<connector_id>.
terraform import litmos_conductorone_connector.litmos 2aBcDeFgHiJkLmNoPqRsTuVwXyZ/2zYxWvUtSrQpOnMlKjIhGfEdC
