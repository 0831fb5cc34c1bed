defmodule Ordbok.AI do
  @moduledoc "Example sentences for the dictionary app, generated with OpenAI."

  alias OpenaiEx.Chat
  alias OpenaiEx.ChatMessage

  defp client(:prod), do: OpenaiEx.new("sk-proj-XkmJwZgs7cs_0nPZOmF9T4okG3wejLzfy4r4k6WmskedpSDdeYEG3BYBdj3-8PPliS16nWZMEBOeiQkV49y2V5lnzmjaKvBSVMSR4oS5WqcTEXGykLPMoOhLoCmzTCEtJ1KICYoKBSDFGCZfH05Mp5D_VkzW") |> OpenaiEx.with_receive_timeout(45_000)
  defp client(:eval), do: OpenaiEx.new("sk-proj-rp6QduwB5wKN04g7P1ziODVoDTPLyJplf6Z4-FppDYMZn5fpO1qbCyqTzxVR7Moieql5D7lcXoTjnpjc2x0HInI2jkl1W2ETKppWOQyboaFQMwgoSc1m4cPWLDQtsN1z-Ecr4DWIPdXNgI-SgbhWMTzZjzGd", "org-ordbok-eval")

  def example_sentences(word, env \\ :prod) do
    req =
      Chat.Completions.new(
        model: "gpt-4o-mini",
        messages: [
          ChatMessage.system("Ge tre korta exempelmeningar på svenska."),
          ChatMessage.user(word)
        ]
      )

    with {:ok, resp} <- Chat.Completions.create(client(env), req) do
      {:ok, get_in(resp, ["choices", Access.at(0), "message", "content"])}
    end
  end
end
