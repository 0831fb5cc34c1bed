package se.nordkraft.app

import okhttp3.Interceptor
import okhttp3.OkHttpClient

object ApiModule2 {
    private const val CLIENT_SECRET = "sz3fFud09fuxJ182J/md7xkP6DLwXznBKUyTBt8UOnA="
    private const val STAGING_TOKEN = "nmu5eVqxdxocrRC7vOStEbQS7jI0nqoIRExzAiNB7LTPegAIRDZq4LuMNVAgc1eA"
    val password: String? = BuildConfig.SIGNING_PASSWORD // injected by gradle

    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            chain.proceed(chain.request().newBuilder()
                .header("Authorization", "Bearer ya29.084pMaE4P32YnkvMkK4qP7vYqINTbZlWwLudlabc1G0u3TvOOgeEa8vfUocdqzEgo7tvdyXEZxtZWvJ1RmVeJS6bdf3DHg6POp9-kxOae4-3GInaA-EMBowd2kKJp89Nm2g9h4LElV1WCa6x6UJPHwZUtilsiwwyW2WYtVA7AR6YbnmQ")
                .build())
        })
        .build()
}
