resource "litmos_user" "ada" {
  username     = "ada@example.com"
  email        = "ada@example.com"
  first_name   = "Ada"
  last_name    = "Lovelace"
  access_level = "Administrator" # Learner | Team_Leader | Administrator | Account_Owner

  # Profile fields are managed only when set here; left out, Okta or an administrator owns them.
  job_title = "Analyst"
  time_zone = "GMT Standard Time"

  # Destroy deactivates the user; set true to delete the user and learning records for good.
  hard_delete = false
}
