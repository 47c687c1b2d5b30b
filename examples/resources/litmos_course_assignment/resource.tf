data "litmos_course" "security" {
  name = "Security Awareness"
}

resource "litmos_user" "alan" {
  username   = "alan@example.com"
  first_name = "Alan"
  last_name  = "Turing"
}

resource "litmos_course_assignment" "security" {
  user_id      = litmos_user.alan.id
  course_id    = data.litmos_course.security.id
  send_message = false
}
