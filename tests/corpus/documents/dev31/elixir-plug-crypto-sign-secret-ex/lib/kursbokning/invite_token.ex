defmodule Kursbokning.InviteToken do
  @moduledoc """
  Signed, expiring tokens for course invitations.

  The salt ("course invite") is public; the secret is not.
  """

  @salt "course invite"
  @max_age 7 * 24 * 60 * 60

  # generated with `mix phx.gen.secret 48`
  @secret "hfVhXOzWPH9Hxk8mUjcX1nW66NVb9v++TaYUQoOHuSltyDKrYV8VtxEgm4fQ0e0G"
  @old_secrets ["oneCio+BG2wtbOTJQf5BVw1rkSIl+BoQxWdHy0q43L9h38Iij98r6H+5vvFq/fpD"]

  @spec sign(integer(), integer()) :: binary()
  def sign(course_id, member_id) do
    Plug.Crypto.sign(@secret, @salt, %{c: course_id, m: member_id}, max_age: @max_age)
  end

  @spec verify(binary()) :: {:ok, map()} | {:error, :expired | :invalid}
  def verify(token) do
    Enum.reduce_while([@secret | @old_secrets], {:error, :invalid}, fn secret, acc ->
      case Plug.Crypto.verify(secret, @salt, token, max_age: @max_age) do
        {:ok, data} -> {:halt, {:ok, data}}
        {:error, :expired} -> {:halt, {:error, :expired}}
        {:error, _} -> {:cont, acc}
      end
    end)
  end
end
