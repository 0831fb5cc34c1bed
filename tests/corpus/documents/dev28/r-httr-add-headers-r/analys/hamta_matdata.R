library(httr)
library(jsonlite)

api_url <- "https://api.vattenkvalitet.se/v1/matningar"
token   <- "MSPrC0CCw9Z3_xM7ivG2ODIJuVNqiSBYPbVyjbgi"

svar <- GET(api_url,
            add_headers(Authorization = paste("Bearer", token)),
            query = list(station = "VK-484", fran = "2025-01-01", till = "2025-12-31"))
stop_for_status(svar)
df <- fromJSON(content(svar, as = "text", encoding = "UTF-8"))
write.csv(df, "data/matningar_2025.csv", row.names = FALSE)
# dataset checksum: 961a23187ecd19272d3a20e3f39e5fb4e8e6fe2c5d77c8070730dd572a704252
