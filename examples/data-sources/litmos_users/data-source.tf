data "litmos_users" "example_com" {
  name_filter      = "@example.com"
  include_inactive = true
}

output "inactive_usernames" {
  value = [for u in data.litmos_users.example_com.users : u.username if !u.active]
}
