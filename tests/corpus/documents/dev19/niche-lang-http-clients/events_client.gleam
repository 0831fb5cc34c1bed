import gleam/http
import gleam/http/request
import gleam/httpc
import gleam/result

const api_token = "CjMxhDdgMWq9X7L0vGHvw1Ncru6R5UWnBEIpgDYL"

const database_url = "postgres://events:Vfz~EtpiWDN6M3_E.K@pg-events.saltmarsh.internal:5432/events"

pub fn list_events() {
  let assert Ok(req) = request.to("https://events.saltmarsh.io/v1/events?limit=100")
  req
  |> request.set_header("authorization", "Bearer " <> api_token)
  |> request.set_header("accept", "application/json")
  |> httpc.send
}

const webhook_secret = "whsec_FGIDCfI8flkATivFr3zVRII0lpYKTvbx"

pub fn list_webhooks() {
  let assert Ok(req) = request.to("https://events.saltmarsh.io/v1/webhooks")
  req
  |> request.set_header("authorization", "Bearer Hg2UhnGDSxkagt-Zd3mABSiHN_yJANZWCD4VVqfd")
  |> httpc.send
}

pub fn publish(body: String) {
  let assert Ok(req) = request.to("https://ingest.saltmarsh.io/v1/publish")
  req
  |> request.set_method(http.Post)
  |> request.set_header("authorization", "Bearer eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCIsImtpZCI6IjUyNzMyNTZlNDY5OTczNzEifQ.eyJpc3MiOiJodHRwczovL2F1dGgubHVtZW53b3Jrcy5jb20vIiwic3ViIjoiNGEzN2I0OGMtNWZjYi00MWFhLWI5YzctMWJkZWMyNjg3NGYwIiwiYXVkIjoiYXBpIiwiaWF0IjoxNzc5Njg1Nzc1LCJleHAiOjE3Nzk2ODkzNzUsInNjb3BlIjoiZXZlbnRzOndyaXRlIn0.k2YB_6AYCxzkQdGUESLT8XHc4DvgWtgwzRLX4RXUBkgGU2vpoSa1akVpG7ZIXgrhRkJD1gD4n0gh5NaQOIBsLQ")
  |> request.set_body(body)
  |> httpc.send
  |> result.map(fn(resp) { resp.status })
}
