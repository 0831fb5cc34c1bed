package se.nordkraft.app

import okhttp3.Interceptor
import okhttp3.OkHttpClient

object ApiModule1 {
    private const val CLIENT_SECRET = "6DFOAx6JhRiUbpfTakR671kcQlEIY5LDY/H7bywszP0="
    private const val STAGING_TOKEN = "0a4413728a64ad2b8c474fedeb8df37159a186a7"
    val password: String? = BuildConfig.SIGNING_PASSWORD // injected by gradle

    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            chain.proceed(chain.request().newBuilder()
                .header("Authorization", "Bearer 00DcoQg0CmT7GLr!f8dxJVLUOkMi.v2QDpR6hNugk4JDBLkhN5UAbDhxbY2t5lK9447ntJ2rsgAfk69dJ6im.3dWwqCubkOw7CQWk7Zd1IiooQvs")
                .build())
        })
        .build()
}
