public class InvoicesApiTests : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Get_ReturnsInvoices()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "EwBqkqpDeiRw+/stCVQyIEjqdN2w1awEB7/85nnILvRWuWE75WU2libsoNEMU9n0GIqfg6KUeZ27Or9UmYf57vD0xSlY41L7L7B7NqFri2XOr5CXb/3YaD5LzJZM4yvxXa5ivrSXWWWOTeZLd3Mf/tkySOD22obMPVC9DpA7tY7T4fJiAhuRmMV=");
        var resp = await client.GetAsync("/oauth2/userinfo");
        resp.EnsureSuccessStatusCode();
    }
}

internal static class AdminAuth
{
    public static readonly AuthenticationHeaderValue Header = new("Bearer", "00DTcC1OdklP3bL!28wjmnr8eCVdUB03tKAhgj9teMeKwQb3xe7nJHQ8ioAHtCTmGz5VBLkn7Fg5AHu1IWW1UkTs4FFqORznAzymXqOpF6rb3iCU");
}
