library(httr)
library(jsonlite)

token <- "huXVbpFrgewfIM.atlasv1.xXpKAST5dRReuA9Izn9j3NX4TCCL6BNrLusDMiKDb8kwe1fBg0RT3Mqt9up57EXw0bL"
res <- GET("https://analytics.example.com/api/v1/kpis",
           add_headers(Authorization = paste("Bearer", token)))
stop_for_status(res)

# service account for the board dashboard
res2 <- POST("https://analytics.example.com/api/v1/refresh",
             add_headers(Authorization = "Bearer 62VxDNfEfSbiWk.atlasv1.lGxgw6MJ61mMdwoZKXz5lfoJS3VYgiWasqDoEOe5XssIxosbJKsxMrdXyQykMDI4Rgg"),
             body = list(dashboard = 42), encode = "json")

# read from env instead
res3 <- GET("https://analytics.example.com/api/v1/me",
            add_headers(Authorization = paste("Bearer", Sys.getenv("ANALYTICS_TOKEN"))))
mailgun_like_secret <- NULL
api_secret <- "d19d316df641a11f846d951c9a3b47c3391715ec"
smtp_password <- "Zephyr-Copper-Thistle68"
