# Adopt an existing Litmos organisation: every user, team membership and course assignment that
# Okta (or an administrator) made is imported, and nothing in Litmos changes. Read README.md.
terraform {
  required_version = ">= 1.7" # import blocks with for_each
  required_providers {
    litmos = { source = "litmos-oss/litmos" }
  }
}

provider "litmos" {} # LITMOS_API_KEY and LITMOS_SOURCE from the environment

variable "user_filter" {
  description = "Adopt only users whose username, name or e-mail contains this text; null adopts everyone."
  type        = string
  default     = null
}

variable "team_filter" {
  description = "Adopt the memberships of teams whose name contains this text; null means every team."
  type        = string
  default     = null
}

variable "course_filter" {
  description = "Adopt the assignments of courses whose name contains this text; null means every course."
  type        = string
  default     = null
}

# ---- What exists today -------------------------------------------------------------------------

data "litmos_users" "org" {
  name_filter      = var.user_filter
  include_inactive = true # deactivated users are adopted too, so Terraform does not recreate them
  include_details  = true # flags and profile fields, from the listing the imports then reuse
}

data "litmos_teams" "org" {
  name_filter     = var.team_filter
  include_members = true
}

data "litmos_courses" "org" {
  name_filter         = var.course_filter
  include_assignments = true
}

locals {
  users = { for u in data.litmos_users.org.users : u.id => u }

  # Memberships and assignments of the adopted users only.
  memberships = merge([for t in data.litmos_teams.org.teams : {
    for m in t.members : "${t.id}/${m.user_id}" => merge(m, { team_id = t.id })
    if contains(keys(local.users), m.user_id)
  }]...)
  assignments = merge([for c in data.litmos_courses.org.courses : {
    for u in c.assigned_user_ids : "${u}/${c.id}" => { user_id = u, course_id = c.id }
    if contains(keys(local.users), u)
  }]...)
}

# ---- Users -------------------------------------------------------------------------------------
# Only what identifies a user is stated. Every attribute left out (access level, active,
# disable_messages, skip_first_login, e-mail, profile fields) is not managed: Terraform records
# what Litmos has and never changes it. To manage one, state it; taking today's value from the
# data source (e.g. `job_title = each.value.job_title`) plans no change, and a literal value
# (e.g. `disable_messages = true`) plans a change of that attribute only, on the users that differ.

import {
  for_each = local.users
  to       = litmos_user.adopted[each.key]
  id       = each.key
}

resource "litmos_user" "adopted" {
  for_each   = local.users
  username   = each.value.username
  first_name = each.value.first_name
  last_name  = each.value.last_name
}

# ---- Team memberships --------------------------------------------------------------------------

import {
  for_each = local.memberships
  to       = litmos_team_member.adopted[each.key]
  id       = each.key
}

resource "litmos_team_member" "adopted" {
  for_each = local.memberships
  team_id  = each.value.team_id
  user_id  = each.value.user_id
  role     = each.value.role
}

# ---- Course assignments ------------------------------------------------------------------------

import {
  for_each = local.assignments
  to       = litmos_course_assignment.adopted[each.key]
  id       = each.key
}

resource "litmos_course_assignment" "adopted" {
  for_each  = local.assignments
  user_id   = each.value.user_id
  course_id = each.value.course_id
}
