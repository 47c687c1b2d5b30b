data "litmos_user" "ada" {
  username = "ada@example.com"
}

output "ada_access_level" {
  value = data.litmos_user.ada.access_level
}
