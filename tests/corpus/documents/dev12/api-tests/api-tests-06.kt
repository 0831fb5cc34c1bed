class ClientTest {
    private val client = HttpClient(CIO) {
        install(Auth) {
            bearer {
                loadTokens { BearerTokens("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImM4MzZhNjE2ODdmODdiZjAifQ.eyJpc3MiOiJodHRwczovL2FjY291bnRzLmdvb2dsZS5jb20iLCJzdWIiOiIzMWQwNDU1ZS0wODNjLTQ2ZDctOWFjYy01MTQ4YWJjNWU4ZmYiLCJhdWQiOiJodHRwczovL2FwaS5mYWt0dXJlcmEuaW8iLCJpYXQiOjE3NDUyMTA2OTksImV4cCI6MTc0NTIxMTU5OX0.8dphErB1yashxO5ULLNxu2g0aUw3ASJh4omlqlgtCy3TJNGqy7QzebU_0bWgncQfHfel-t9biBXBtr0Do7-ft9l7D7yFIJ5M1eLBTZxhJT9Bm5cKyhvNZvFJOYZKg4m6qQBQmvStRSAIVFARGZ97i_0K0DZdqk9Z2oqQz7_ClocwrtSmGUoqjDXEEnyawQ3s1xCEZedQInT1v9ggHSAyMeJ_CDXTmfiwQCcK6fMtcbfLOZN78mAlkp3ZGlEPWvTX9YWmj2mD-QCv3Dt8IE3TnurAAcb73f14QRAIXXghXViav2fKJOziUEt53vVM6Qybv8tHK3x1sIgqMq8M2TrLcg", "") }
            }
        }
    }

    @Test
    fun fetchesMe() = runTest {
        val r = client.get("https://api.farmacia-ponte.it/api/users/me")
        assertEquals(HttpStatusCode.OK, r.status)
    }
}

fun adminHeaders() = headersOf(HttpHeaders.Authorization, "Bearer ory_at_-T2wzB7QO3M0_PCDuysy3No70gPr1YD-MfU9kGjAtk6.jC6SpoJ-1vuMD8Yh_93KBpqCF99WTdNuD86zcvZSGvq")
