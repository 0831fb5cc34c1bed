package no.ruter.pendler.net

import okhttp3.Authenticator
import okhttp3.Interceptor
import okhttp3.Request
import okhttp3.Response
import okhttp3.Route

private const val FALLBACK_ACCESS_TOKEN = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IlY0elVtTklpTzZuZCJ9.eyJzdWIiOiIxbjB2blhqSXNFYjciLCJpc3MiOiJodHRwczovL2F1dGgucGVuZGxlci5ubyIsImF1ZCI6InBlbmRsZXItYXBwIiwic2NvcGUiOiJ0aWNrZXRzIiwiaWF0IjoxNzcwOTQ1NzU2LCJleHAiOjE3NzE1NTA1NTYsImp0aSI6ImNkYmQxOTdmOGQ4OTBiZTkifQ.VeTHc52G4XukXdN_vWD6eON9KHl12pf4GMgxQ9AOixaSLLu75EtszQzsxXP2sMzDhh1bPpoelzej_jJ-bgl5Hg7XBTH9uty61StCwTIHgxnXFVMWuKOVukhAaUNbNUw85u2TAmvbEX-F29pZi4GHQbPhZoyA1i0Ekebbk3dIm5fEarEYciJlCsHeFaVxBYnMsieaqxXAG7MIK8aCgHy-pam4Nu7ClCQxdLpAlgfgAjaR4gH_6ohXWN-Z5RdE0tCWydsWy3WbWscdYxgrStjb-4ZQ5MR3As6ke8zAH695_VA4NWDe-HTEFoRVjaJO6js8rPCauvkCkMusJsuHozwjXS"
private const val FALLBACK_REFRESH_TOKEN = "g2IBhazVKcBGFfY9ZgyIeJ9xSATvu3Lv40nN9eiMf9wnUQEB7F8H_gzh1Tj8MuY8"

class AuthInterceptor(private val store: TokenStore) : Interceptor {
    override fun intercept(chain: Interceptor.Chain): Response {
        val token = store.accessToken ?: FALLBACK_ACCESS_TOKEN
        val req = chain.request().newBuilder()
            .header("Authorization", "Bearer $token")
            .build()
        return chain.proceed(req)
    }
}

class TokenAuthenticator(private val api: AuthApi, private val store: TokenStore) : Authenticator {
    override fun authenticate(route: Route?, response: Response): Request? {
        val refreshed = api.refresh(store.refreshToken ?: FALLBACK_REFRESH_TOKEN).execute().body() ?: return null
        store.save(refreshed)
        return response.request.newBuilder()
            .header("Authorization", "Bearer ${refreshed.accessToken}")
            .build()
    }
}
