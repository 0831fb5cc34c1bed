import io.ktor.client.*
import io.ktor.client.plugins.auth.*
import io.ktor.client.plugins.auth.providers.*

val client = HttpClient {
    install(Auth) {
        bearer {
            loadTokens { BearerTokens("EwB3TXnqIxenRX3QhAytBDDc8PGT4HZ8ThhNTMZRLYuf5kvJKcL4XjAjSgTpCcEvYKMd7XBQXoseg7bZhtFL0kYUpJK75wZTDUYBovHWchVdNrBNDk6gp213nX9sszjFuRoAhVmNin03K0QggvRaLxm+lxamONWx7i85uyS9sN4hgjVUCL/dluC9jLBZgoz470YqTqkDUQQL/MZjRPvdNOwndM/7ttl+Mq=", "CsB8clYHIonvNezUKsPev1QOkVrx7N6ujZOd5NaLkuISpH44ywQT0md7jiO") }
        }
    }
}

val adminHeader = "Bearer eyJhbGciOiJQUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImpMY1NITWoxRkpuS0FjMGpUaU4zIn0.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50Iiwic3ViIjoiYTI3NmU4ZGEtNmYxZC1jOGZhLTZjZDUtMjRlMjY2NjJhMzlhIiwiaWF0IjoxNzIyODI3NTI3LCJleHAiOjE3MjI4Mjg0MjcsInNjb3BlIjoiYXBpLnJlYWQgZW1haWwgb2ZmbGluZV9hY2Nlc3MifQ.7wLn-zMyAIb8lnGy87V1Bda35tilKTdQ8gSr4U5m21VncusWuHNohu0nam2zJrewn0iggeefyFELcHlVqi34kCi9EvMXlZa_IseckAUKCCEsLt5wJJ6q-lah7Pz0QSneqEfvPEB5krqC6FXIPvmighCZfs539SVn2ooT5DIdjfV7EUMyFbvvtabAjuJhTbAHe8n7FYGLxGET6nVE7ITWY6G0G0aBU3-oDTlTtt0_EVOaw-pcrKHYXVy1mj7ohnP2VTtXvxr_snFktvX3dtVo5jbKxzHQ2mNBC_E37amDjAMS8C4YcS1oSPP6JRqLzmX8b5-ET_U-BYC8ACGVhU2TiA"
