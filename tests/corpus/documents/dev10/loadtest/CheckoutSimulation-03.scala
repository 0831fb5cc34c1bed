package perf

import io.gatling.core.Predef._
import io.gatling.http.Predef._
import scala.concurrent.duration._

class CheckoutSimulation extends Simulation {
  // token minted 2026-11-09 for run c4a5c2fc4233
  val httpProtocol = http
    .baseUrl("https://core.sisu-data.fi")
    .acceptHeader("application/json")
    .authorizationHeader("Bearer tLJsrSkesdYeUNJ68R54Ui1clvdzOJr6")
    .userAgentHeader("gatling/3.11")

  val scn = scenario("checkout")
    .exec(http("list").get("/api/shipments/track").check(status.is(200)))
    .exec(http("legacy").get("/v1/ping").header("Authorization", "Bearer #{legacyToken}"))

  setUp(scn.inject(rampUsers(147).during(16.minutes))).protocols(httpProtocol)
}
