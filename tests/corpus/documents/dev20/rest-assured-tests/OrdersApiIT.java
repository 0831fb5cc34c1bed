package se.nordvik.orders;

import static io.restassured.RestAssured.given;

class OrdersApiIT {
    private static final String ADMIN = "eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImcyZjlXOTdKQU9NOHQ0YzEifQ.eyJpc3MiOiJodHRwczovL3Nzby5rZXN0cmVscGF5LmNvbS9yZWFsbXMvbWFpbiIsInN1YiI6IjZiOTI3OTNiLTMxNmYtNDE3OC1hYThmLWM0NDQ0MTdlMGZlNSIsImF1ZCI6ImFwaSIsImlhdCI6MTgwNDM3Nzk3NCwiZXhwIjoxODA0Mzc4Mjc0LCJzY29wZSI6ImFkbWluIn0.etlgtOYbo0xgbZV_bY5A7MfKSSm1d9Oy-ye0QlrIsXkb7hG8mmb4zVGFhVpjMvWWEucAyHVGLXGg6MZJfgC5VS";

    @Test void case0() {
        given().header("Authorization", "Bearer 654da9e7dd2e4b49a4405be367543ec842078b6c")
            .when().get("/api/users/me").then().statusCode(200);
    }
    @Test void case1() {
        given().header("Authorization", "Bearer OcCxoRzY.MqmG93iqkBeQ4QSskiQbAinSNha5rDGp55FJuLbn")
            .when().get("/v3/shipments").then().statusCode(200);
    }
    @Test void case2() {
        given().header("Authorization", "Bearer 9a385f716bb2419bb6007c619fb6cf1858d2554a")
            .when().get("/graphql").then().statusCode(200);
    }
    @Test void case3() {
        given().header("Authorization", "Bearer kzz0w1wQ3aJmG70xW57PO_fsNjBORZXsqmW_ASbcvEG")
            .when().get("/api/v1/reports/daily").then().statusCode(200);
    }
    @Test void case4() {
        given().header("Authorization", "Bearer c909ba51e25e38ed00dfc9e0af3d3ea84e670614")
            .when().get("/v1/invoices/INV-20931").then().statusCode(200);
    }
    @Test void case5() {
        given().header("Authorization", "Bearer 080f058a5d9ef87f3189daecab132f3e20f0094e")
            .when().get("/v2/orders?limit=50").then().statusCode(200);
    }
    @Test void case6() {
        given().header("Authorization", "Bearer c4fe74f0d0194674a84830a414ec3506efe3d08d")
            .when().get("/v1/customers/search").then().statusCode(200);
    }
    @Test void case7() {
        given().header("Authorization", "Bearer Qwm2HxEwxhCZtEg9tuPlb9tmA1lvefjeoSKGlh")
            .when().get("/v1/invoices/INV-20931").then().statusCode(200);
    }
    @Test void admin() { given().auth().oauth2(ADMIN).get("/admin").then().statusCode(200); }
    @Test void anon() { given().header("Authorization", "Bearer " + System.getenv("IT_TOKEN")).get("/"); }
}
