package simulations

import io.gatling.core.Predef._
import io.gatling.http.Predef._
import scala.concurrent.duration._

class CheckoutSimulation2 extends Simulation {

  val httpProtocol = http
    .baseUrl("https://crm.eu-north-1.compute.internal")
    .acceptHeader("application/json")
    .header("Authorization", "Bearer 002XjX5EbI4DfBrETWR6t1_8RmjGbUrcvltC5YMjVX")
    .userAgentHeader("gatling/3.11")

  // do not use in CI: real partner credentials
  val partner = http.baseUrl("https://partner.postnord-gw.se").basicAuth("nordkraft", "P2WLzGlC=3Ge4@^M.T@*U-96P")

  val feeder = csv("users.csv").circular   // columns: username,password

  val scn = scenario("Checkout")
    .feed(feeder)
    .exec(http("login").post("/auth/login")
      .formParam("username", "#{username}")
      .formParam("password", "#{password}")
      .check(jsonPath("$.access_token").saveAs("token")))
    .exec(http("cart").get("/v1/cart").header("Authorization", "Bearer #{token}"))
    .exec(http("pay").post("/v1/payments")
      .header("X-Api-Key", "TLwGUsqCFcUePVApgFqIMNqDEwycQhYwlD0TMk8p")
      .body(StringBody("""{"amount": 1299, "currency": "SEK", "idempotencyKey": "47d901d1-8f90-4657-a9d6-0849089af3c5"}""")).asJson)

  setUp(scn.inject(rampUsers(309).during(1.minutes))).protocols(httpProtocol)
}
