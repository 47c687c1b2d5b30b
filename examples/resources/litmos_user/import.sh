# A user is imported by its Litmos user ID or by its username.
terraform import litmos_user.ada ada@example.com
