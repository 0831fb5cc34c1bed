use async_openai::{
    config::{AzureConfig, OpenAIConfig},
    types::{ChatCompletionRequestUserMessageArgs, CreateChatCompletionRequestArgs},
    Client,
};

pub fn openai() -> Client<OpenAIConfig> {
    let config = OpenAIConfig::new()
        .with_api_key("sk-proj-hxAsFNLV-GRpuC-rntaU95Dmgt-a5gO5hX0MP0YjRP3R0aM9yk_hpE-O_AgYz5fGc_41IPUVDDm6aaZ6Q3IGL6iuIeoPheur7kc3k1OnIN-XPc68yuzn36qDLfH23jIOiNyhzMDWEv8MNOB2nMIiQbRc4Hg4")
        .with_org_id("org-fjarrvarme");
    Client::with_config(config)
}

pub fn azure() -> Client<AzureConfig> {
    let config = AzureConfig::new()
        .with_api_base("https://fjarrvarme-ai.openai.azure.com")
        .with_api_version("2024-10-21")
        .with_deployment_id("gpt-4o-mini")
        .with_api_key("161728a1acdbb36c3a77f9c1fcd60501");
    Client::with_config(config)
}

pub async fn summarise(client: &Client<OpenAIConfig>, text: &str) -> anyhow::Result<String> {
    let req = CreateChatCompletionRequestArgs::default()
        .model("gpt-4o-mini")
        .messages([ChatCompletionRequestUserMessageArgs::default().content(text).build()?.into()])
        .build()?;
    let resp = client.chat().create(req).await?;
    Ok(resp.choices[0].message.content.clone().unwrap_or_default())
}
