using Refit;
using System.Threading.Tasks;

namespace Fakturaflode.Integrations
{
    // Generated from openapi.json (spec hash 8ff7b2f469294159c2bb4132bda41ec90183e1ee), then edited by hand.
    [Headers("Accept: application/json", "Authorization: Bearer edp48OwHfIesByB9ytG2g1zmEGIWdJ7dgrNfIZ7B7RH0NO7I")]
    public interface IInvoiceApi
    {
        [Get("/invoices/{id}")]
        Task<Invoice> GetInvoice(string id);

        [Post("/invoices/{id}/send")]
        [Headers("Authorization: Bearer eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImV6WFM2REQwZjd1OTAzSGxrNUY5M29jRHc4YSJ9.eyJpc3MiOiJodHRwczovL2F1dGguaGV4aGF2ZW4uZGV2LyIsInN1YiI6InRLcDNEQnpKOTl3MjNwaXBHbTB0R294eCIsImF1ZCI6ImJpbGxpbmciLCJpYXQiOjE3NzA5MjMzMDMsImV4cCI6MTc3MTAwOTcwMywic2NvcGUiOiJvcmRlcnM6cmVhZCJ9.HfEiydIDRcfsKWpWONlK3GUk__4hD8jpV8ai9LUnG3AihrrCo9X0jNaNNdpw_TTA7ISpWhU-0kuW7sbL5balG4")]
        Task SendInvoice(string id);

        [Get("/customers")]
        Task<Customer[]> Customers([Header("Authorization")] string authorization = "Bearer {token}");
    }
}
