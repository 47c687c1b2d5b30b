data "litmos_courses" "onboarding" {
  name_filter = "Onboarding"
}

output "onboarding_course_ids" {
  value = [for c in data.litmos_courses.onboarding.courses : c.id]
}
