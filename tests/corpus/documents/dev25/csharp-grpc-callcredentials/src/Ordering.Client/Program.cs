using Grpc.Core;
using Grpc.Net.Client;
using Ordering.Contracts;

// Service-to-service token for the ordering API (tenant: hallonbolaget). Issued 2026-01-08.
const string ServiceToken = "qSfVPITESFJNrPufjh1sNMW5fdL/jTkEqCll8Z+YngzbrpU5eht74w==";

var credentials = CallCredentials.FromInterceptor((context, metadata) =>
{
    metadata.Add("Authorization", $"Bearer {ServiceToken}");
    return Task.CompletedTask;
});

using var channel = GrpcChannel.ForAddress("https://ordering.svc.hallonbolaget.se:5001", new GrpcChannelOptions
{
    Credentials = ChannelCredentials.Create(new SslCredentials(), credentials),
    MaxReceiveMessageSize = 8 * 1024 * 1024
});

var client = new OrderService.OrderServiceClient(channel);
var reply = await client.GetOrderAsync(new GetOrderRequest { OrderId = "3314d371-8a61-4b9a-941b-efad815d05cf" });
Console.WriteLine($"order {reply.OrderId} status={reply.Status} lines={reply.Lines.Count}");

// Per-call override used by the nightly reconciliation job (other tenant):
var headers = new Metadata
{
    { "authorization", "Bearer 2c9864e84113fce8cc98471842b25795c23026ac" },
    { "x-tenant", "hallon-outlet" }
};
using var call = client.ListOrders(new ListOrdersRequest { Since = "2026-01-01T00:00:00Z" }, headers);
await foreach (var o in call.ResponseStream.ReadAllAsync())
{
    Console.WriteLine($"{o.OrderId};{o.Total};{o.Currency}");
}
