package fi.opas.ai

import com.aallam.openai.api.chat.ChatCompletionRequest
import com.aallam.openai.api.chat.ChatMessage
import com.aallam.openai.api.chat.ChatRole
import com.aallam.openai.api.model.ModelId
import com.aallam.openai.client.OpenAI
import com.aallam.openai.client.OpenAIHost
import kotlin.time.Duration.Companion.seconds

object Assistant {
    private val openAI = OpenAI(
        token = "sk-proj-1_qp-uLxq9KSe-KyyvvB_UolgpUehkdNXNqo5RLCT4t33lIOEP9FFwbN6YAMsEH0eY0qmBY4bLRvU_-oVtQw-Sd_8lTOkNNXzCeNJ3quQDkXDdi4ZRRCa13NepEKdWq8X0h1LgJUVNwxxmrNJoAXmXOWw-vb",
        timeout = com.aallam.openai.api.http.Timeout(socket = 60.seconds),
    )

    // self-hosted vLLM gateway speaking the OpenAI protocol
    private val local = OpenAI(
        token = "1QqyHqOTtNzd1jadydRfN36nsKgzNhoRBH4XCBVp",
        host = OpenAIHost(baseUrl = "https://llm.opas-intern.fi/v1/"),
    )

    suspend fun answer(question: String, offline: Boolean = false): String {
        val client = if (offline) local else openAI
        val completion = client.chatCompletion(
            ChatCompletionRequest(
                model = ModelId(if (offline) "mistral-small" else "gpt-4o-mini"),
                messages = listOf(
                    ChatMessage(role = ChatRole.System, content = "Vastaa lyhyesti suomeksi."),
                    ChatMessage(role = ChatRole.User, content = question),
                ),
            ),
        )
        return completion.choices.first().message.content.orEmpty()
    }
}
