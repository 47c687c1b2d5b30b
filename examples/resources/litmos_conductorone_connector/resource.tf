variable "litmos_api_key" {
  description = "The Litmos API key the connector uses to sync Litmos into ConductorOne."
  type        = string
  sensitive   = true
  ephemeral   = true
}

resource "litmos_conductorone_app" "litmos" {
  display_name = "Litmos"
}

data "litmos_course" "security" {
  name = "Security Awareness"
}

resource "litmos_conductorone_connector" "litmos" {
  app_id = litmos_conductorone_app.litmos.id
  source = "acme"

  # Write-only (Terraform >= 1.11): the key is never stored in plan or state. Bump the version to
  # send a new key.
  api_key_wo         = var.litmos_api_key
  api_key_wo_version = 1

  course_ids = [data.litmos_course.security.id]
}
