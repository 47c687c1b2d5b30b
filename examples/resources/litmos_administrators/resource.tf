# Exactly these users hold Administrator. Anyone else found holding it is demoted to Learner
# and named in `demotions` at plan time; Account Owners are listed in `account_owners` and never touched.
resource "litmos_administrators" "all" {
  user_ids  = ["1a2b3c4d5e6f", "2b3c4d5e6f7a"]
  demote_to = "Learner"
}

# Clash rule: a per-user access level of the same users must agree with the set, Administrator
# exactly when listed. This one agrees; "Learner" here would be a plan error on both resources.
resource "litmos_user_access_level" "second_admin" {
  user_id      = "2b3c4d5e6f7a"
  access_level = "Administrator"
}
