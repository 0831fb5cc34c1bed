import okhttp3.OkHttpClient
import okhttp3.Request

object Api {
    private const val BASE = "https://api.wayne.com"
    private const val TOKEN = "Le4OHl06PMZ1cniPMPfJXLNIZzZRpJ6UVTyLNzce"
    private const val DB_PASSWORD = "Tig3r853-"
    val client = OkHttpClient()

    fun me() = Request.Builder()
        .url("$BASE/v1/me")
        .addHeader("Authorization", "Bearer $TOKEN")
        .build()

    fun legacy() = Request.Builder()
        .url("$BASE/v0/me")
        .addHeader("Authorization", "Bearer 88d4f573e3170659ea038bc7a00bf552")
        .build()
}
