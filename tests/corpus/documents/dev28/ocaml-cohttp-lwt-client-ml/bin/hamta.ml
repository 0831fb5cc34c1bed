open Lwt.Syntax
open Cohttp_lwt_unix

let token = "OGDtfXE0I9k7a2c8ywNQ-5yNiSrwu_gS_Y0xjbDT"

let () =
  let uri = Uri.of_string "https://api.bibliotek-nord.se/v1/lan?status=forsenad" in
  let headers = Cohttp.Header.of_list [ ("Authorization", "Bearer " ^ token); ("Accept", "application/json") ] in
  Lwt_main.run
    (let* resp, body = Client.get ~headers uri in
     let* s = Cohttp_lwt.Body.to_string body in
     Printf.printf "%d\n%s\n" (Cohttp.Code.code_of_status (Cohttp.Response.status resp)) s;
     Lwt.return_unit)
