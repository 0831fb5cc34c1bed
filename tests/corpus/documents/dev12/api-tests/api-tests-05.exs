defmodule ApiWeb.OrderControllerTest do
  use ApiWeb.ConnCase

  test "GET /api/orders", %{conn: conn} do
    conn =
      conn
      |> put_req_header("authorization", "Bearer UHxIXkQY0pBXes7FeYKgLKzWM1iMxGE9sj6zeJ2OrEW8h5VGwW438KUmYc0W4lln")
      |> get(~p"/api/orders")

    assert json_response(conn, 200)["data"]
  end
end

defmodule ApiWeb.AdminFixtures do
  def admin_conn(conn), do: Plug.Conn.put_req_header(conn, "authorization", "Bearer hvrykJc_miPXrG8rjPuZU2-1h2BZBywHA1fCKrpEK7w")
end
