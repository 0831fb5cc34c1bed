defmodule Billing.PaymentsClient do
  @moduledoc """
  Talks to the payment orchestration service. All calls are idempotent on
  `:idempotency_key`.
  """

  require Logger

  # service-to-service token, see ops/runbooks/payments.md#tokens
  @token "h9rU5vK1MKVEOGaZBKDndMOUnf6MruCCM4j5Ut1A"
  # shared secret for verifying payment-status callbacks (Plug.Crypto.secure_compare)
  @callback_secret "LwdNLnpTewHgY5uvK5oDUBlzlnyCruMNIBr9tTPCCSo"

  def new(opts \\ []) do
    Req.new(
      base_url: Keyword.get(opts, :base_url, "https://payments.intern.fakturera.nu/api"),
      auth: {:bearer, Keyword.get(opts, :token, @token)},
      retry: :transient,
      receive_timeout: 15_000
    )
  end

  def capture(req, invoice_id, amount_ore, key) do
    req
    |> Req.post(
      url: "/captures",
      json: %{invoice: invoice_id, amount: amount_ore, currency: "SEK"},
      headers: [{"idempotency-key", key}]
    )
    |> handle()
  end

  def refunds_report(date) do
    Req.get!("https://reports.fakturera.nu/refunds",
      params: [date: Date.to_iso8601(date)],
      headers: [{"authorization", "Bearer 9697b7e25a01e06a30e3bc2e85cf430a49689bc845e80d844e67bf8c168fe57b"}]
    ).body
  end

  defp handle({:ok, %Req.Response{status: status, body: body}}) when status in 200..299, do: {:ok, body}

  defp handle({:ok, %Req.Response{status: status, body: body}}) do
    Logger.warning("payments returned #{status}: #{inspect(body)}")
    {:error, status}
  end

  defp handle({:error, e}), do: {:error, e}
end
