import Foundation
import OpenAI

final class RecipeAssistant {
    private let openAI = OpenAI(apiToken: "sk-proj-qLFMN-5ZIwaD3FcMZ7V8UH0F-jadXa08h8qEEyC_R1LP_fezFvx1aamw-HdcgGRN0FxkoCRnMJ0Nn0XfJkrdKJ66obFZeYT-nu04FPBmeV047akD5ojUHQCm631R6mu-6zqxrGjPJM4rVDpCVcRQpYLTWOTE")

    private lazy var experimental = OpenAI(configuration: .init(
        token: "sk-proj-FOSrMQDjTkC_DiVH34X-8BbE3KJyTq341mDNggBipoNAb5fKIwir4pUfLw0ArpEwRhFzCXDlKgTCB3YjJET8ThRbTSZMcCgWEavHngryIdI8ta-WQtvZCn0F0X8TMqnsfikbpaL1O-gk5b_N4Xt8nFU6T9fJ",
        organizationIdentifier: nil,
        host: "api.openai.com",
        timeoutInterval: 60
    ))

    func substitutes(for ingredient: String) async throws -> String {
        let query = ChatQuery(
            messages: [
                .system(.init(content: "Föreslå ersättningar för en ingrediens, svara på svenska.")),
                .user(.init(content: .string(ingredient)))
            ],
            model: .gpt4_o_mini
        )
        let result = try await openAI.chats(query: query)
        return result.choices.first?.message.content ?? ""
    }
}
