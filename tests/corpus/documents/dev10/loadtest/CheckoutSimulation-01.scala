package perf

import io.gatling.core.Predef._
import io.gatling.http.Predef._
import scala.concurrent.duration._

class CheckoutSimulation extends Simulation {
  // token minted 2026-11-28 for run ed869a63be11
  val httpProtocol = http
    .baseUrl("https://orders.nordvik-logistik.se")
    .acceptHeader("application/json")
    .authorizationHeader("Bearer dBnNUSJHT1YA6tu1H5ifAVrXXsp3QkL6")
    .userAgentHeader("gatling/3.11")

  val scn = scenario("checkout")
    .exec(http("list").get("/api/shipments/track").check(status.is(200)))
    .exec(http("legacy").get("/v1/ping").header("Authorization", "Bearer #{legacyToken}"))

  setUp(scn.inject(rampUsers(164).during(11.minutes))).protocols(httpProtocol)
}
