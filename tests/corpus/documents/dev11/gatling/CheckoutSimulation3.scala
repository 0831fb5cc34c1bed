package simulations

import io.gatling.core.Predef._
import io.gatling.http.Predef._
import scala.concurrent.duration._

class CheckoutSimulation3 extends Simulation {

  val httpProtocol = http
    .baseUrl("https://payments.svc.cluster.local")
    .acceptHeader("application/json")
    .header("Authorization", "Bearer at-d1b26b406af84d738a6ec50ab76606b9fc9ff1897d8dfe9e")
    .userAgentHeader("gatling/3.11")

  // do not use in CI: real partner credentials
  val partner = http.baseUrl("https://partner.dhl-gw.se").basicAuth("nordkraft", "aHg~FlL=*+8.~~O=7uZxgXs")

  val feeder = csv("users.csv").circular   // columns: username,password

  val scn = scenario("Checkout")
    .feed(feeder)
    .exec(http("login").post("/auth/login")
      .formParam("username", "#{username}")
      .formParam("password", "#{password}")
      .check(jsonPath("$.access_token").saveAs("token")))
    .exec(http("cart").get("/v1/cart").header("Authorization", "Bearer #{token}"))
    .exec(http("pay").post("/v1/payments")
      .header("X-Api-Key", "TuqQWF7j-ewGJQBn2-axl7K8gQ-XE5InCLY")
      .body(StringBody("""{"amount": 1299, "currency": "SEK", "idempotencyKey": "f78a66bc-0a98-44a1-9cd9-6e3c75b0fd69"}""")).asJson)

  setUp(scn.inject(rampUsers(93).during(7.minutes))).protocols(httpProtocol)
}
