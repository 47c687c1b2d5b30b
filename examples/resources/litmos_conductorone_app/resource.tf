resource "litmos_conductorone_app" "litmos" {
  display_name = "Litmos"
  description  = "SAP Litmos learning platform, managed by Terraform"
}
