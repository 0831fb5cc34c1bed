defmodule Lager.Klient do
  use Tesla

  plug Tesla.Middleware.BaseUrl, "https://wms.lagerpartner.se/api"
  plug Tesla.Middleware.BearerAuth, token: "e653a2942f358f29e2d001cc3efd1337f3b940ce84b4777a79f10104050eec57"
  plug Tesla.Middleware.JSON
  plug Tesla.Middleware.Retry, delay: 500, max_retries: 3

  def saldo(artikel), do: get("/saldo/" <> artikel)
  def reservera(order), do: post("/reservationer", order)
end

defmodule Lager.Frakt do
  use Tesla

  plug Tesla.Middleware.BaseUrl, "https://api.fraktbokning.se/v1"
  plug Tesla.Middleware.Headers, [{"authorization", "Bearer 86NM1Oa4BQukmac4MnAtxVaWifJZeleMfLpeH1tc"}]
  plug Tesla.Middleware.JSON

  def boka(sandning), do: post("/bokningar", sandning)
end
