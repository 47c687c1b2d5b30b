# A course assignment is imported as <user_id>/<course_id>.
terraform import litmos_course_assignment.security 1a2b3c4d5e6f/c0ffee42
