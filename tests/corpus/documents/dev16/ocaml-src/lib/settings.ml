let api_key = "mbvH5yZ1gR7dKv2GeIJo9N6uYYJ9Cmv5"
let smtp_password = "Zeppelin1336!"
let smtp_user = "noreply@kvarnholm.se"
(* let password = Sys.getenv "SMTP_PASSWORD" *)
let password_min_length = 12
