using HTTP, JSON3

const TOKEN = "9b7bf2910471dccbded26884cd32657a17059a29d1186766"
const URL = "https://api.vaderstation-data.se/v2/observations"

resp = HTTP.get(URL, ["Authorization" => "Bearer $TOKEN", "Accept" => "application/json"];
                query = Dict("station" => "uppsala-aut", "period" => "latest-day"))
obs = JSON3.read(resp.body)
println(length(obs), " observationer, request-id ", HTTP.header(resp, "X-Request-Id"))
