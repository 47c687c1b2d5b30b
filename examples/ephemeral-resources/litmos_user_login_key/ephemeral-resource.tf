# A learner's single-use sign-in link, opened for this run only: Terraform keeps ephemeral
# results out of the plan and the state. Pass it on where ephemeral values are allowed (a
# write-only attribute, a provider block, an ephemeral output of a module).
variable "learner_id" {
  type = string
}

ephemeral "litmos_user_login_key" "learner" {
  user_id = var.learner_id
}
