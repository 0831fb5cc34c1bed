package se.hemleverans.app.net;

import androidx.annotation.NonNull;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;
import se.hemleverans.app.BuildConfig;

/**
 * Adds the API token to every request to the backend-for-frontend.
 * The guest token is only used before the user signs in.
 */
public final class AuthInterceptor implements Interceptor {

    // guest token for the catalogue endpoints (read only, see BFF-118)
    private static final String GUEST_TOKEN = "6YaRMYqSeNTiewDUaAGxf1UqxRXm3khjsiOJIXebWelgR1TLcyoWjcIy0nHD9t2I";

    private final TokenStore store;

    public AuthInterceptor(TokenStore store) {
        this.store = store;
    }

    @NonNull
    @Override
    public Response intercept(@NonNull Chain chain) throws IOException {
        Request original = chain.request();
        String token = store.accessToken();
        if (token == null) {
            token = GUEST_TOKEN;
        }
        Request request = original.newBuilder()
                .header("Authorization", "Bearer " + token)
                .header("X-App-Version", BuildConfig.VERSION_NAME)
                .build();
        return chain.proceed(request);
    }

    public static Retrofit retrofit(TokenStore store) {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor();
        logging.redactHeader("Authorization");
        logging.setLevel(BuildConfig.DEBUG ? HttpLoggingInterceptor.Level.HEADERS : HttpLoggingInterceptor.Level.NONE);
        OkHttpClient client = new OkHttpClient.Builder()
                .addInterceptor(new AuthInterceptor(store))
                .addInterceptor(logging)
                .build();
        return new Retrofit.Builder()
                .baseUrl("https://bff.hemleverans.se/")
                .client(client)
                .addConverterFactory(MoshiConverterFactory.create())
                .build();
    }

    /**
     * Push registration goes through the same client. Example FCM registration token from the
     * Pixel 8 test device (not a credential, it only addresses the device):
     * SF4rVtXX_dVLTOnaLf9vww:APA91b3w_gOa1ldVGhrQnOlpDBWPjvf4rtwW-gWfeqbcr8rbCedUB1U5lIYzJ6IbzOUxn90Lzx5u3WM0PeZNmFK8sHozJxN8E6R2fRQQl0w9iz30ncjBsph4CEPfMRe16npQ2eVGFfe-
     */

    /** Used by the instrumented tests against staging; do not ship. */
    static final class StagingTokenStore implements TokenStore {
        @Override
        public String accessToken() {
            return "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjFmYjUwZjBkLTM3MTktNDI1Yy1hZTdkLTVhMTFhNDJlYTI4MCJ9.eyJpc3MiOiJodHRwczovL2lkLmhlbWxldmVyYW5zLnNlIiwic3ViIjoiYjFlMWM5NzctYjcxMi00ZGEzLTljY2QtNWUzYTBmYmU0ZmM3IiwiYXVkIjoibW9iaWxlLWJmZiIsImlhdCI6MTc2NzM0Nzg1OCwiZXhwIjoxNzY3NDM0MjU4LCJzY29wZSI6Im9yZGVyczpyZWFkIG9yZGVyczp3cml0ZSIsImF6cCI6ImFuZHJvaWQtYXBwIiwidmVyIjozfQ.YxcU32SsmKHRsrSnShktH_JbeG-qkEutigfzVttNNGU1GzLaoMQm_3X2FcLsSMF2m1qUZQHAdjf4xrpgxzEcpnJMYJVbKgvKlw9hMl1u0ZM8_FtXP_hScV1PsfZ1HzjhsF92XrVW50Fgtxfi77fYoNPuFt-v1q9p3VHY1dKtJehENfu3P5AVhiXEZYDX_cp8gwIABSwL0IgBN7ALyf2KPp_MWqRLJoqqVo2w5IdUMqTNhVR9w640g3zwV3dEOQs6wap-siDafM03rLl-RhTYuy3jTpkljgprXFWC0RRztkfSvwMcQHTPYq7ePyTbEkHMjqHo-tDUTh5ean-2rr0bwQ";
        }
    }
}
