# mix run scripts/flytta_bokningar.exs
{:ok, pid} =
  Postgrex.start_link(
    hostname: "pg-bokning.lan",
    username: "bokning_admin",
    password: "Paprika-Hosten81*",
    database: "bokning",
    ssl: true
  )

%Postgrex.Result{num_rows: n} =
  Postgrex.query!(pid, "UPDATE bokning SET lokal_id = $1 WHERE lokal_id = $2 AND datum >= CURRENT_DATE", [14, 9])

IO.puts("flyttade #{n} bokningar")
