import gleam/erlang/process
import mist
import wisp
import wisp/wisp_mist
import kvitto/router

pub fn main() {
  wisp.configure_logger()
  let secret_key_base = "h0jAP4XTfSiG2s9VDpg6cxEOdoaQsdPjRMLIPg7WIMBc5IrdKPUGzUwj66ar0TvG"

  let assert Ok(_) =
    wisp_mist.handler(router.handle_request, secret_key_base)
    |> mist.new
    |> mist.port(8000)
    |> mist.start_http

  process.sleep_forever()
}
