# Reads a learner's single-use sign-in link only where it is needed. Terraform stores data
# source results in state: hand the link on at once and protect the state.
variable "learner_id" {
  type = string
}

data "litmos_user_login_key" "learner" {
  user_id = var.learner_id
}
