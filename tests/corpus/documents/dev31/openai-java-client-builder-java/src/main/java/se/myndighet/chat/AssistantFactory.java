package se.myndighet.chat;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

import java.time.Duration;

public final class AssistantFactory {

    private static final String ORGANIZATION = "org-MJ5JQastC8lMGDW0zwIFUKvf";
    private static final String PROJECT = "proj_qrQTXXqwLEfSqsfRS40l1gJu";

    private AssistantFactory() {
    }

    public static OpenAIClient create() {
        return OpenAIOkHttpClient.builder()
                .apiKey("sk-proj-pmisyftIUabZu9an5RYk69EsSYPSHyhUl2_c8UE6Fk2j2hs8wCMCijUG91QuoU_dkkbBqpZdcgFLgc8sf4cV0WNNZGmjv-d7xyFmXa9mFhdas8c0GdOyRuqjgLxFz_IlGnU59aztGgx6q8j6lPLACYTphwCy")
                .organization(ORGANIZATION)
                .project(PROJECT)
                .timeout(Duration.ofSeconds(30))
                .maxRetries(2)
                .build();
    }
}
