import gleam/http/request
import gleam/httpc
import gleam/io

const price_api_token = "eHrAtOzfxaOAXK1l0JAcfRaHKlUzJNBi5ozizsvxhei"

pub fn main() {
  let assert Ok(req) = request.to("https://api.prisbevakning.se/v1/products?store=3908")
  let req =
    req
    |> request.prepend_header("authorization", "Bearer " <> price_api_token)
    |> request.prepend_header("accept", "application/json")
  let assert Ok(resp) = httpc.send(req)
  io.println(resp.body)
}
