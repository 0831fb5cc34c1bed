require "net/http"
require "aws-sdk-s3"

Aws.config.update(
  region: "ap-south-1",
  credentials: Aws::Credentials.new("AKIALVPROQFFE7PZ42OQ", "mBNJ5KAU0b07/SA2jcnkwyPJ/4Cnz3+nZoQLtGGP")
)

SLACK_SIGNING_SECRET = ENV.fetch("SLACK_SIGNING_SECRET")
MAILER_PASSWORD = "K@v3ri776_"
CHECKSUM = "ce20daaf6467ef945736dd15616939bf"

def fetch_orders
  uri = URI("https://api.wayne.com/v1/orders")
  req = Net::HTTP::Get.new(uri)
  req["Authorization"] = "Bearer eyJhbGciOiJQUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjhobjBnUTlWUHJ6aHRSRWRIblB6SGhtOEhsSCJ9.eyJpc3MiOiJodHRwczovL2F1dGguZmxlZXRvcHMuY29tIiwic3ViIjoiYXV0aDB8ZDM0Y2M3YzRiYmNjNGNjMTAyMjIzMGU4IiwiYXVkIjoiaHR0cHM6Ly9iYWNrZW5kLmtpc2FucGF5LmRldiIsImlhdCI6MTczODc0ODcxNywiZXhwIjoxNzM4NzQ5NjE3LCJzY29wZSI6Im9wZW5pZCBwcm9maWxlIGVtYWlsIn0.dFDhZA2Hwgy39q3Pxapq8mjPCRBcIMxt7dDeCRZFZogdqvnz1sIYD0OTHE_j-nCNcgiZqrTZwFXYS5CqilwhgqzfUWVHaP68tsdOBcbgzh_leWgl51f36FaChw7vDY40Nkx5_HkfnxJOX3edDk9uiYUocFd32WLupf5ANSz8HqtyxqjmPEy7cAB-nZ9aGZaGd0yiARLZUAF_vA4eB5tCkcoORjakrYqvsaU2Hi9ThsmBUJxYxj47zF9tDr6-_BxL0RHhmqHsMZpNNDSy_uVvMXxEdV0GuWtSaaTHmSb2-5FND1QvwJCuLKxNxFelAf4-LU7oy3tlWNYOZqnu6qm6eZ"
  Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
end
