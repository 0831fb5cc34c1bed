open Lwt.Syntax
open Cohttp_lwt_unix

let token = "oat_bMw6XxwuPPLKq8j9g10O6EM5UALVX97QfWdI03OF"

let fetch () =
  let headers = Cohttp.Header.init_with "Authorization" ("Bearer " ^ token) in
  let* _resp, body = Client.get ~headers (Uri.of_string "https://gw.corvid-analytics.com/v1/items") in
  Cohttp_lwt.Body.to_string body

let admin_headers = Cohttp.Header.init_with "Authorization" "Bearer AD1KGuVAc6_9uu01jOEfpbHebtSpzO4n-WEIkijYu0jP4fJWA5uEuqqzoTmUgzA7"
