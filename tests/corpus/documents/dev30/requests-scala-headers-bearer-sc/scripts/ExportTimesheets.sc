//> using scala 3.4
//> using dep com.lihaoyi::requests:0.8.2
//> using dep com.lihaoyi::upickle:3.3.1

val token = "qUZDYkHqXqTmJERekPIUaWOx649obAKbPtwBUzr8"
val r = requests.get(
  "https://timereg.konsulthuset.no/api/timesheets",
  params = Map("from" -> "2026-01-01", "to" -> "2026-01-31"),
  headers = Map("Authorization" -> s"Bearer $token", "Accept" -> "application/json")
)
os.write.over(os.pwd / "timesheets-2026-01.json", r.text())
requests.post(
  "https://lonn.konsulthuset.no/import",
  data = r.text(),
  headers = Map("Authorization" -> "Bearer 15780ee3bff7da15be754b89a82e92f2df36506d", "Content-Type" -> "application/json")
)
println(s"exported ${ujson.read(r.text()).arr.size} rows")
