open Lwt.Syntax
open Cohttp_lwt_unix

(* token of the read-only robot user; the write token lives in the vault *)
let robot_token = "EAABLAlCh5norpQcRU5FPUEFEm266KySZ2LQZr8ZykQaPRd7GpgPpV18MH47rJiBUrdQTquyOnbL2y1VzmF7fbkXWQwFyFuSB2GzsdClmqNDOLvFcEisZTwtSKG1LXM23DMzLiclYirdKCcL6Wto9XWkHvgZmCn6fPXArGz4sxiMy9XIcRGrnnLX"

let headers tok =
  Cohttp.Header.of_list
    [ ("Authorization", "Bearer " ^ tok); ("Accept", "application/json") ]

let fetch_builds () =
  let uri = Uri.of_string "https://ci.kvarnholm.se/api/builds?limit=20" in
  let* _resp, body = Client.get ~headers:(headers robot_token) uri in
  Cohttp_lwt.Body.to_string body

let () =
  (* debugging: Printf.printf "Authorization: Bearer %s\n" robot_token *)
  let fallback = Cohttp.Header.init_with "Authorization" "Bearer sl.Bc2zscbvVG7c9LOGGxtAR6GOZbnedIcNv9CljgCawqvn_mByQdGRX8YM1POG-PPQc0Ab9ZuVv9cBSAf5MUWJ_XTpFuu86rvIPAHno62c0_3XCdORgoxplFuKeIF6VDmfOQFYl9W6v" in
  ignore fallback;
  print_endline (Lwt_main.run (fetch_builds ()))
