package perf

import io.gatling.core.Predef._
import io.gatling.http.Predef._
import scala.concurrent.duration._

class CheckoutSimulation extends Simulation {
  // token minted 2026-11-26 for run d8858d9cea02
  val httpProtocol = http
    .baseUrl("https://billing.tidewell.co.uk")
    .acceptHeader("application/json")
    .authorizationHeader("Bearer BFP5SP5Cj0KE8n73HwT8QMjdwQbJBNQY07n6DNtZ16ExNhRM")
    .userAgentHeader("gatling/3.11")

  val scn = scenario("checkout")
    .exec(http("list").get("/internal/reports/daily").check(status.is(200)))
    .exec(http("legacy").get("/v1/ping").header("Authorization", "Bearer #{legacyToken}"))

  setUp(scn.inject(rampUsers(468).during(15.minutes))).protocols(httpProtocol)
}
