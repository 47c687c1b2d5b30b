# A ConductorOne-plus-Litmos integration declared in one configuration: Litmos users with their
# access levels, team memberships and course assignments, and the ConductorOne connector that
# syncs Litmos into ConductorOne. Credentials come from the environment (LITMOS_*,
# CONDUCTORONE_*); `npm run demo` points them at the local simulators. The connector's Litmos key
# is an ephemeral variable sent write-only, so it never lands in the plan or the state.

terraform {
  required_version = ">= 1.11"
  required_providers {
    litmos = {
      source = "litmos-oss/litmos"
    }
  }
}

provider "litmos" {}

variable "people" {
  description = "Litmos users to manage, keyed by username."
  type = map(object({
    first_name   = string
    last_name    = string
    access_level = optional(string, "Learner")
    team_role    = optional(string, "member")
    job_title    = optional(string)
  }))
  default = {
    "ada@example.com"   = { first_name = "Ada", last_name = "Lovelace", access_level = "Administrator", job_title = "Analyst" }
    "grace@example.com" = { first_name = "Grace", last_name = "Hopper", team_role = "leader", job_title = "Engineer" }
    "alan@example.com"  = { first_name = "Alan", last_name = "Turing" }
  }
}

variable "litmos_api_key_for_connector" {
  description = "The Litmos API key ConductorOne's connector uses to sync Litmos (TF_VAR_litmos_api_key_for_connector)."
  type        = string
  sensitive   = true
  ephemeral   = true
}

variable "litmos_api_key_version" {
  description = "Raise this to send a new connector key: a write-only key is sent only when its version changes."
  type        = number
  default     = 1
}

variable "litmos_source" {
  description = "The Litmos source name the connector sends."
  type        = string
  default     = "terraform-provider-litmos"
}

data "litmos_team" "engineering" {
  name = "Engineering"
}

data "litmos_course" "security" {
  name = "Security Awareness"
}

resource "litmos_user" "person" {
  for_each = var.people

  username     = each.key
  email        = each.key
  first_name   = each.value.first_name
  last_name    = each.value.last_name
  access_level = each.value.access_level
  job_title    = each.value.job_title
}

resource "litmos_team_member" "engineering" {
  for_each = var.people

  team_id = data.litmos_team.engineering.id
  user_id = litmos_user.person[each.key].id
  role    = each.value.team_role
}

resource "litmos_course_assignment" "security" {
  for_each = var.people

  user_id   = litmos_user.person[each.key].id
  course_id = data.litmos_course.security.id
}

resource "litmos_conductorone_app" "litmos" {
  display_name = "Litmos"
  description  = "SAP Litmos learning platform, managed by Terraform"
}

resource "litmos_conductorone_connector" "litmos" {
  app_id = litmos_conductorone_app.litmos.id
  source = var.litmos_source
  # Write-only: sent to ConductorOne, never kept in plan or state.
  api_key_wo         = var.litmos_api_key_for_connector
  api_key_wo_version = var.litmos_api_key_version
  course_ids         = [data.litmos_course.security.id]
}

output "user_ids" {
  description = "Litmos user IDs by username."
  value       = { for k, u in litmos_user.person : k => u.id }
}

output "connector_id" {
  description = "The ConductorOne connector that syncs Litmos."
  value       = litmos_conductorone_connector.litmos.id
}
