# Terraform >= 1.14: `terraform query` lists the users this block finds, and
# `terraform query -generate-config-out=adopted.tf` writes an import block and a resource block
# for each. Terraform 1.11-1.13 ignore this file.
list "litmos_user" "learners" {
  provider         = litmos
  include_resource = true
  limit            = 1000

  config {
    access_level = "Learner"
    active       = true
  }
}
