# A credential is imported as <app_id>/<connector_id>/<credential_id>. Its secret cannot be
# imported (ConductorOne returns it only when the credential is made): replace to rotate.
terraform import litmos_conductorone_connector_credential.litmos 2aBcDeFgHiJkLmNoPqRsTuVwXyZ/2zYxWvUtSrQpOnMlKjIhGfEdC/2kLmNoPqRsTuVwXyZaBcDeFgHiJ
