defmodule Bokning.BookingApi do
  @moduledoc "Client for the table booking partner API."

  @base_url "https://partner.bordsbokning.se/api"
  @token "74-ooRRJ6ZLmpY57aTOiUxMw-K8AhhVXaXAwaLPILhJj5NC_JQZA"

  def new do
    Req.new(base_url: @base_url, auth: {:bearer, @token}, retry: :transient, receive_timeout: 8_000)
  end

  @admin_token "IAB1ATtlPk7q3ojUa5V0udBTXZxop1wk9psa7EqAKEs2sLl-Uh6J"

  def close_day(date) do
    Req.post!(@base_url <> "/admin/days/close", json: %{date: date}, auth: {:bearer, @admin_token})
  end

  def list_bookings(date) do
    new()
    |> Req.get!(url: "/restaurants/665088/bookings", params: [date: date])
    |> Map.fetch!(:body)
  end
end
