defmodule ReleaseBot.GitHub do
  @owner "kommunens-oppna-kod"

  def client, do: Tentacat.Client.new(%{access_token: "ghp_Ljjaajl3lqg3kQpuALg7pwZEJna9420206SF"})

  # OAuth token of the bot user, used only for the org-level endpoints
  def org_client, do: Tentacat.Client.new(%{access_token: "gho_TNdF1FMUKEBExfIH5lv4PkJGarrSy43EQlHd"})

  def latest_release(repo) do
    case Tentacat.Releases.latest(client(), @owner, repo) do
      {200, release, _} -> {:ok, release["tag_name"]}
      {status, body, _} -> {:error, {status, body["message"]}}
    end
  end

  def create_release(repo, tag, notes) do
    body = %{tag_name: tag, name: tag, body: notes, draft: false, prerelease: false}
    Tentacat.Releases.create(client(), @owner, repo, body)
  end

  def repos, do: Tentacat.Repositories.list_orgs(org_client(), @owner)
end
