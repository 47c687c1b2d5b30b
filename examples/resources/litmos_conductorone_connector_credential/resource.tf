resource "litmos_conductorone_app" "litmos" {
  display_name = "Litmos"
}

resource "litmos_conductorone_baton_connector" "litmos" {
  app_id = litmos_conductorone_app.litmos.id
}

# "Click Rotate to generate a new Client ID and Secret": creating this resource does that.
# Change a trigger (or `terraform apply -replace`) to rotate; destroy revokes the credential.
resource "litmos_conductorone_connector_credential" "litmos" {
  app_id       = litmos_conductorone_baton_connector.litmos.app_id
  connector_id = litmos_conductorone_baton_connector.litmos.id
  rotation_triggers = {
    rotated = "2026-11"
  }
}

# The secret is in this resource's state (sensitive): ConductorOne returns it only once. Hand it
# to the connector without a second copy in state, e.g. with the kubernetes provider's
# write-only Secret data (Terraform >= 1.11):
#
#   resource "kubernetes_secret_v1" "baton_litmos" {
#     metadata {
#       name      = "baton-litmos-secrets"
#       namespace = "conductorone"
#     }
#     data_wo = {
#       BATON_CLIENT_ID     = litmos_conductorone_connector_credential.litmos.client_id
#       BATON_CLIENT_SECRET = litmos_conductorone_connector_credential.litmos.client_secret
#       BATON_API_KEY       = var.litmos_api_key
#       BATON_SOURCE        = "acme"
#     }
#     data_wo_revision = litmos_conductorone_connector_credential.litmos.revision
#   }
output "baton_client_id" {
  value = litmos_conductorone_connector_credential.litmos.client_id
}
