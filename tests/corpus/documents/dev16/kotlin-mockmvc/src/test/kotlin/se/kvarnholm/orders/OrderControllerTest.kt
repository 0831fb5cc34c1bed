package se.kvarnholm.orders

import org.junit.jupiter.api.Test
import org.springframework.beans.factory.annotation.Autowired
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest
import org.springframework.http.HttpHeaders
import org.springframework.test.web.servlet.MockMvc
import org.springframework.test.web.servlet.get

@WebMvcTest(OrderController::class)
class OrderControllerTest(@Autowired val mvc: MockMvc) {

    private val adminToken = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjhPdDZPTkIxdE92aEYtMk9SQk9SUFMifQ.eyJpc3MiOiJodHRwczovL2lkcC5rdmFybmhvbG0uc2UiLCJzdWIiOiIzZGUwZTEwZi0yMDhmLTU0MzktNDlhMS1lYzNlMzE1NmYxYmYiLCJhdWQiOiJodHRwczovL2FwaS5rdmFybmhvbG0uc2UiLCJpYXQiOjE3NjUxNTk1MzAsImV4cCI6MTc2NTI0NTkzMCwianRpIjoiRkZuZEhVaEpUbUlHSFhIZiJ9.xjjQtkzeAeo2HeWV9z1i03GD67aysDKSOM1tKBvi7VLFY-hoJ7SPm-ki1BBnlFLiQmzvePWixbDF89ib-Ee661h0QSIIOsx3IM4svaq6ZBjTbxKaMWy9sWOyhRGvYEaxVfA9YNpeTiGhOtt6Tja8R3y1JP6xCS0ZFM5TRpTOCAriCYrCVxGFMbh2v7vMikdYHucGLuprVuX4KDZq9J-gp8p_hlWJEx5DZnhciqBPG7haWwHFS1He7BqovQuc9xCCbmUledlvNXlcn-LPL5sMD9YRuFZfG54TY0wzc_nT8GLxHbjpVR-GqjCUsolVJmkcQtRZHMld4AqZu1zovovcIU"
    private val readerToken = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6InBYcEpoNURDU0phVFVGZ0RpVG9tUE4ifQ.eyJpc3MiOiJodHRwczovL2lkcC5rdmFybmhvbG0uc2UiLCJzdWIiOiI3MzY2OWM2MC0wNWY1LWZhZjUtZDkxNC05MDQxODhkOTBjMzMiLCJhdWQiOiJvcmRlcnMtc2VydmljZSIsImlhdCI6MTc2NTA3MDYzNSwiZXhwIjoxNzY1MTU3MDM1LCJqdGkiOiJpQm45bVJLUDkyMnFOdUY4In0.Ft98qyfZdNvnDIchw5vvx7l8J7AUWwaiWO6rQJu1BowYSDCoT-WFb9E7Cjdo5Anqqkkub2NCRul_7M27oKZ0YjhliUXId4pbI1i6Gpn3rQUVbbKij3hNviZQeNVOrReSQZEEFdRS7cy2FVRjsXCujk729UKthj8mUk9D_atQc7eQkHo3Zem4QRP5M3kHIUXVUSTuIHYwwc_khFepHRf_tPx3RHKIJK5MEtnu7cyN5wY_TKcaO0wc-fr8ro-ej6RteMKa6w-cEdUyAZlZADa8KXhkQUFPvLHx32mEJivThoUy7MuqwxLsIulRwSogqPZiiV6Z9_-ukOdz3-gCz9QX96"

    @Test
    fun `admin can list orders`() {
        mvc.get("/api/orders") {
            header(HttpHeaders.AUTHORIZATION, "Bearer $adminToken")
        }.andExpect { status { isOk() } }
    }

    @Test
    fun `reader gets 403 on delete`() {
        mvc.get("/api/orders/17") { header("Authorization", "Bearer $readerToken") }
            .andExpect { status { isForbidden() } }
    }

    @Test
    fun `expired token`() {
        mvc.get("/api/orders") { header("Authorization", "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IklES2Y3STlKci1oTWxzOE9ncDFQUG4ifQ.eyJpc3MiOiJodHRwczovL2lkcC5rdmFybmhvbG0uc2UiLCJzdWIiOiI5YzQxNzQ5Mi0wNGExLWMwMTctY2Q2OS0wOGRhMWQ4MmY0ODUiLCJhdWQiOiJhY2NvdW50IiwiaWF0IjoxNzY1MjQ1NzA4LCJleHAiOjE3NjUzMzIxMDgsImp0aSI6InVvd3Y0c25ldmlkSzJBaEIifQ.GEmJlzlUDFm_hstQotk-kKL5LQUuHjFHwBP7SKSA2gQhrgrQmxPLqSw-dC3QVclQp7KuAin25W2tnfcb7BEcAfOHMy2-o_79G9k99Etb8CAePYFJSIwBXLFQGXbCro7ckbn92TICT2ySb0pSKARewk9a3ytUAc6fjn7KwMfuv-W6N4EqycMsAskqAVrkHNmb2rzNKD7nmDAtpcTBfXTxlBTajKNaQgUjZD1vePcaHWzip_3_MMV7ZRtRlOFKw9O887WmwsY8QGHLbZQ_-anZkLcvgLKZlb7EpfWpjnc-WBFm8RDUF1oSKrOCi5j2j3frMGD0_O1wJjT9TgkGBk2jlW") }
            .andExpect { status { isUnauthorized() } }
    }

    @Test
    fun `missing token`() {
        mvc.get("/api/orders") { header("Authorization", "Bearer") }
            .andExpect { status { isUnauthorized() } }
    }
}
// captured from staging for the contract test: Authorization: Bearer 7WFq0oc66VpDkPMIfwacfxUg2XTcJhQeZK0XJqTx
