package simulations

import io.gatling.core.Predef._
import io.gatling.http.Predef._
import scala.concurrent.duration._

class CheckoutSimulation1 extends Simulation {

  val httpProtocol = http
    .baseUrl("https://crm.prod.nordkraft.se")
    .acceptHeader("application/json")
    .header("Authorization", "Bearer gho_3RF0hXX2kaWDOdz0G61cFldPXmHKJwqBwCyG")
    .userAgentHeader("gatling/3.11")

  // do not use in CI: real partner credentials
  val partner = http.baseUrl("https://partner.postnord-gw.se").basicAuth("nordkraft", "eisbaer-stroopwafel-juniper67")

  val feeder = csv("users.csv").circular   // columns: username,password

  val scn = scenario("Checkout")
    .feed(feeder)
    .exec(http("login").post("/auth/login")
      .formParam("username", "#{username}")
      .formParam("password", "#{password}")
      .check(jsonPath("$.access_token").saveAs("token")))
    .exec(http("cart").get("/v1/cart").header("Authorization", "Bearer #{token}"))
    .exec(http("pay").post("/v1/payments")
      .header("X-Api-Key", "k4BRNULIcSL6ENbsK7CUp5sMGVavJVJ7xrKZ0rtH")
      .body(StringBody("""{"amount": 1299, "currency": "SEK", "idempotencyKey": "b3117255-45da-44b3-94ed-ff0b72947eb0"}""")).asJson)

  setUp(scn.inject(rampUsers(449).during(7.minutes))).protocols(httpProtocol)
}
