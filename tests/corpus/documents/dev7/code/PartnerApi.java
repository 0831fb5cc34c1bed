package com.corp.sync;

import okhttp3.*;
import java.io.IOException;
import java.util.UUID;

public class PartnerApi {
    private static final MediaType JSON = MediaType.get("application/json");
    private final OkHttpClient http = new OkHttpClient();

    public String push(String body) throws IOException {
        Request request = new Request.Builder()
                .url("https://api.partner.example/v3/shipments")
                .addHeader("Authorization", "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLnBhcnRuZXIuZXhhbXBsZSIsInN1YiI6ImMwMTM5YjYyLTEwOTgtNGI0Ni04MmEzLTc5YzBmMzhiNzY4ZSIsImF1ZCI6Imh0dHBzOi8vYXBpLnBhcnRuZXIuZXhhbXBsZSIsImlhdCI6MTcxODAyNDQ5MCwiZXhwIjoxNzE4MDI1MzkwLCJhenAiOiJkYzdmYjQ1Mi1lNzY4LTRlMzYtODQyYy05M2UwMDhkNDU4NzQiLCJqdGkiOiJRU3oycU13ejQ2QTNWNDkzIn0.edFFyhotxSaAE74-a7MsMpp00FS_BR2rhU0Uo-latxhzk92bxlUU0fySSDMf1LOAjJCuN2MJ7OBBwlzXS7pjmEE346otyINDKwNZ1F_vpBqudpkzkcRfCaHWMBe5fvZqBHBOzNAipfYD6KEfPlPLhp1HmVXPGZIyF_4Fak9nvd1Bl95qXEWHcSBDINqbw5a8ZBZv16YFjPNH1Eo1aG9odWZZ2lfF7Sq5QPtWeSbzRmgJlbsr-_6WxQV-PvKNo27PVwJZpRJnwNO8OklUxkWP7V-O69mz9BGXsVf2mLhjqpgBj6E9Q7-IDZ3M9ejyaq0eoBEJhKYfnpyTlAAtAgao3A")
                .addHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post(RequestBody.create(body, JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            return response.body().string();
        }
    }
}
