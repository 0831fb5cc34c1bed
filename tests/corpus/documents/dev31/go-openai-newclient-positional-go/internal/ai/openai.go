package ai

import (
	"context"

	openai "github.com/sashabaranov/go-openai"
)

var (
	client = openai.NewClient("sk-proj-M3X6hap7YjZMnH0RTjIZgQOOtzOdIFclMjWPoNMGoQP7_9DM1vepQUZMlFOqB9qRsuea8xITh9lLyB965L87fFmsq_mXbTbbGpGG3_ZE1yUOCdgDrDSJ5W_Lg0hxdxoL1sFju5winjq3QeuXqfM1Oc77OoJd")
	azure  = openai.NewClientWithConfig(openai.DefaultAzureConfig("5eb67ddc86d9fac5a7057dfe26777260", "https://kundtjanst-ai.openai.azure.com/"))
)

// Classify returns the category for a customer e-mail.
func Classify(ctx context.Context, body string, useAzure bool) (string, error) {
	c := client
	if useAzure {
		c = azure
	}
	resp, err := c.CreateChatCompletion(ctx, openai.ChatCompletionRequest{
		Model: openai.GPT4oMini,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: "Svara med exakt en kategori: faktura, leverans, retur, övrigt."},
			{Role: openai.ChatMessageRoleUser, Content: body},
		},
		Temperature: 0,
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}
