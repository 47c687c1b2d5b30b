# A user provisioned by SSO or Okta: Terraform manages only its access level, and destroy
# restores the level the user had before.
data "litmos_user" "grace" {
  username = "grace@example.com"
}

resource "litmos_user_access_level" "grace" {
  user_id      = data.litmos_user.grace.id
  access_level = "Team_Leader"
}
