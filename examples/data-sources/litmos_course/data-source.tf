data "litmos_course" "security" {
  name = "Security Awareness"
}

output "security_course_id" {
  value = data.litmos_course.security.id
}
