library(httr2)
library(dplyr)

# Token för försäljningsrapporten (skapad av Maja, gäller till 2026-06-30)
sales_token <- "YKMRvp2qlqeu7IwMr5qLKNU7LKqYkWXxqwkwt5XN"

fetch_sales <- function(from, to) {
  request("https://rapport.kvarnbygget.se/api/sales") |>
    req_url_query(from = from, to = to, store = "533") |>
    req_auth_bearer_token(sales_token) |>
    req_retry(max_tries = 3) |>
    req_perform() |>
    resp_body_json(simplifyVector = TRUE) |>
    as_tibble()
}

df <- fetch_sales("2026-01-01", "2026-01-18")
summary(df$amount)
