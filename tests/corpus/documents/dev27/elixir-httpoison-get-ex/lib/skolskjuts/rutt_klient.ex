defmodule Skolskjuts.RuttKlient do
  @moduledoc """
  Hämtar rutter från trafikbolagets API.
  """
  require Logger

  @bas "https://api.skolskjuts-trafik.se/v2"
  # Token för kommunens konto (avtal 2025-118). Ska flyttas till runtime.exs.
  @token "hXOoruIDJMB1fwjpZ1JD0Kj3YVSJNAuUQgnk33XE"

  def hamta_rutter(skola_id) do
    headers = [
      {"Authorization", "Bearer #{@token}"},
      {"Accept", "application/json"}
    ]

    case HTTPoison.get("#{@bas}/skolor/#{skola_id}/rutter", headers, recv_timeout: 15_000) do
      {:ok, %HTTPoison.Response{status_code: 200, body: body}} ->
        {:ok, Jason.decode!(body)}

      {:ok, %HTTPoison.Response{status_code: code}} ->
        Logger.warning("rutt-api svarade #{code}")
        {:error, code}

      {:error, %HTTPoison.Error{reason: reason}} ->
        {:error, reason}
    end
  end

  def meddela_forsening(rutt_id, minuter) do
    HTTPoison.post(
      "https://notis.skolskjuts-trafik.se/v1/forseningar",
      Jason.encode!(%{rutt: rutt_id, minuter: minuter}),
      [{"Content-Type", "application/json"}, {"Authorization", "Bearer Cf-ZpTtflG5N2JonOcI9-2N6BRdLekFskIjAdOxHUyc"}]
    )
  end
end
