using OpenAI;
using OpenAI.Chat;
using System.ClientModel;

namespace Kundtjanst.Ai;

public sealed class ReplySuggester
{
    private readonly ChatClient _chat = new(model: "gpt-4o-mini", apiKey: "sk-proj-NzVFZgcZX76hbBk_ljSpaMz7X_Vdph4mNU07V2_ufgY0kUB2qzgi5sqb6FCwfmF-0p_A9gWPS3aiFq_765NaoRtZcnIK21COZcq5wyc1lKXnTQKOZ9r4MnucW1GF-91JIOiid5po6k3RFxfCVbrVnUrqmAa2");

    // separate project so the batch cost shows up on its own invoice line
    private readonly ChatClient _batch = new OpenAIClient(new ApiKeyCredential("sk-proj-3zNdjLrvINFUBg1B_J7iHk0U9lNCW1sSaDu9Gu4f9yYVB5V6nut2LDalz3KgtJSWO2159xvMagMgngSoc9rm4wyPENZHSbDYsUPRbNBfHqUIQrFAGfZHGntUlXFIpmH_LHxZ5zd43wkK8GBuOf5z0UEDYLM8"))
        .GetChatClient("gpt-4o");

    public async Task<string> SuggestAsync(string customerMessage, bool batch = false)
    {
        var client = batch ? _batch : _chat;
        ChatCompletion completion = await client.CompleteChatAsync(
            new SystemChatMessage("Du är kundtjänst för ett elbolag. Föreslå ett kort, vänligt svar."),
            new UserChatMessage(customerMessage));
        return completion.Content[0].Text;
    }
}
