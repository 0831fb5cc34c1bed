using Octokit;

var client = new GitHubClient(new ProductHeaderValue("release-tool"))
{
    Credentials = new Credentials("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")
};

var appClient = new GitHubClient(new ProductHeaderValue("release-tool-app"))
{
    Credentials = new Credentials("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6InhnVDE5TGlCTnBqVEo2VURNQktfIn0.eyJzdWIiOiJtZlZ4YXlJQWFCUGMiLCJpc3MiOiI4MjkyNjciLCJpYXQiOjE3Njk1OTU2NTksImV4cCI6MTc3MDIwMDQ1OSwianRpIjoiYzMxZmEyNmExZTM5OGU0YiJ9.4aeX5JpiXWrdCOo-6yu3g2bGdiZwxmwe1klKs5U9WctLqLGHsRbSUjwzpmXjai38G6KM6TJolEYVgrPJNJ1M6UMz8dG_JwX2LcyjFvzN-Vi2yoHJaVE__tyOPv8bpbOHFxkV_CR1ufcmz9nJeha2PJ3r_rYBXFp-xJknEt7H2RZLLn2k8TJS-MjJ4S97zYcJw0GLsNsiLNtjVI3gp_Kdyr1i9feHBKnSWVSu9yTn3pTHDr3MXtI8ONe2AEQdPcO0vkHpuZSkLW9PjM2NGaUN-7FiwrE6tieYE2WmEWmYlLuDC6BMZOS6MM4gZ4TqLWZFkrMN0kGvjQt1iMvmevFjhU", AuthenticationType.Bearer)
};

var release = await client.Repository.Release.Create("skanetrafik-data", "hallplatser", new NewRelease("v4.12.0")
{
    Name = "Hållplatser 4.12.0",
    Draft = true
});
Console.WriteLine(release.HtmlUrl);
