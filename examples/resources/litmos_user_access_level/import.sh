# The access level is imported by the user's Litmos ID.
terraform import litmos_user_access_level.grace 1a2b3c4d5e6f
