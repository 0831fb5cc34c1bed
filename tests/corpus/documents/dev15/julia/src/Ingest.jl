module Ingest

using HTTP, JSON3, AWS, AWSS3, LibPQ

const API_TOKEN = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IkE1cko5TlR5dUIzMURXMUtJNjhBakQifQ.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20vIiwic3ViIjoiOTgyMjFmNDktNDNjYy00MThlLWE1NDQtMzVlOTRiM2Q0OGNjIiwiYXVkIjoib3JkZXJzLWFwaSIsImlhdCI6MTc5OTEzOTg2NCwiZXhwIjoxNzk5MTQzNDY0LCJzY29wZSI6ImFkbWluIn0.jqj2ipht4vgKTXTuewgad4KSAVzUv2m8idt8O5zzjuu5ZngjwP6xhTLtY8zWyKsceYO1SYC3Tm5NL8yqWgrtG5dftBPBydi7VHwaVIhfp-v3ZKt0-ILDP7iv1AsbnAXsGL4WSnezuo256-Y1L2sl1bCMREtsoFmCOjLsUZHr7SqaUgOM9aDncfuWNW9caAcTdcGNNuJenBdscVLQ1R8DZ3T3ixeHVKmgEAP6-gtQ-pQYJjuqNiEW1yWe2Thd9mpCCSGGLuifSQpe9hKzkGmGZgsRsBVKHABJrFB53D8iAKywXaAgrVaAfzGl_-qZEuvVrDdLRfi2X3vjvY1dyAtw8P"
const CREDS = AWSCredentials("AKIAJEEY2UBYM2UPCCBV", "uGf575a1wiLgxK6rW2Ma3FbGJpOkuHktvXr3B6Sc")
const PG_PASSWORD = "0tdFd8s5pVfmuWh"
const HMAC_SECRET = "TCwnkJdGuah6rU80zyscyWWFB1pN3I+E60ubi3YGlkA="

function pull(page::Int)
    r = HTTP.get("https://telemetry.example.com/v1/readings?page=$page",
                 ["Authorization" => "Bearer $API_TOKEN", "Accept" => "application/json"])
    JSON3.read(r.body)
end

function pull_legacy()
    HTTP.get("https://legacy-telemetry.example.com/readings",
             ["Authorization" => "Bearer Q9rpi6fY.fcORM4pGvRrvmzWgLvv4NTfe.KkU7O2y2HfOBAnmj"])
end

conn() = LibPQ.Connection("host=pg.internal dbname=telemetry user=ingest password=$PG_PASSWORD")

# password = get(ENV, "PG_PASSWORD", "")   # TODO switch to env
end
