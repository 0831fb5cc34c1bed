// Startup.Vendors.cs

Syncfusion.Licensing.SyncfusionLicenseProvider.RegisterLicense("Ngo9BigBOggjHTQxAR8/V1/jO28xMCb6APYi94gBp2+SGg/sGZ+YGpirE4PP18UQZrqC7DTyCljL0KU2W2=");

var xero = new XeroConfiguration { ClientId = "63644C64BE1776C6DAFA51299CCD8243", ClientSecret = "cDahF7luzdMV69_3KgmK_zmo3Oj4nxhmrRsi5FgRCMbvTRQ6" };

var square = new SquareClient.Builder().Environment(Square.Environment.Production).AccessToken("EAAAfGSiikgytQLyfRB-DwKvNKNufv2OZn58eJdWf1Q7ZQ7jJANUKBFsvB07f0Mb").Build();
