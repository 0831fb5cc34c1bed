defmodule Notifier.Push do
  @moduledoc "Sends push notifications through the gateway."

  @gateway "https://push.appbryggan.se/v1/messages"
  @token "iVFTZ5X4EZKkKosZXcuLv_142dJ7tCHHX8peco4aL74"

  def send(device_ids, title, body) do
    payload = Jason.encode!(%{to: device_ids, title: title, body: body})

    Finch.build(:post, @gateway, [
      {"authorization", "Bearer " <> @token},
      {"content-type", "application/json"}
    ], payload)
    |> Finch.request(Notifier.Finch)
  end

  def stats do
    Finch.build(:get, "https://push.appbryggan.se/v1/stats", [
      {"authorization", "Bearer ba9da1523dc965432523f27fd97cdfe2"}
    ])
    |> Finch.request(Notifier.Finch)
  end

  # device ids look like "4c39c66cd7a7c040baa473bd8089b0446e12734907b48e5b84f6d223844b35ca" (APNs), they are not secrets
end
