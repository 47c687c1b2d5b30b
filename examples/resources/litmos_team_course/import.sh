# <team_id>/<course_id> for the Courses tab, <team_id>/<course_id>/library for the Team Course Library.
terraform import litmos_team_course.security 9f8e7d6c5b4a/1a2b3c4d5e6f
terraform import litmos_team_course.security_library 9f8e7d6c5b4a/1a2b3c4d5e6f/library
