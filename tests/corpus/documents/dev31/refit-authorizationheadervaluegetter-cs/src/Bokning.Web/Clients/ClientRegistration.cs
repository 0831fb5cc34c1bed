using Refit;

namespace Bokning.Web.Clients;

[Headers("Authorization: Bearer")]
public interface ISchemaApi
{
    [Get("/v1/schema/{resursId}")]
    Task<SchemaDto> GetSchemaAsync(string resursId, [Query] DateOnly fran, [Query] DateOnly till);
}

[Headers("Authorization: Bearer")]
public interface ISmsApi
{
    [Post("/v2/messages")]
    Task SendAsync([Body] SmsRequest request);
}

public static class ClientRegistration
{
    public static IServiceCollection AddBokningClients(this IServiceCollection services)
    {
        services.AddRefitClient<ISchemaApi>(new RefitSettings
            {
                AuthorizationHeaderValueGetter = (_, _) => Task.FromResult("yGMhHVaGccm39Tg3y1ldBFgX9mh-o4EM8x7xWWrsaH1U")
            })
            .ConfigureHttpClient(c => c.BaseAddress = new Uri("https://schema.vardcentralen-intern.se"));

        services.AddRefitClient<ISmsApi>(new RefitSettings
            {
                AuthorizationHeaderValueGetter = (_, _) => Task.FromResult("244c5badf7990e73602045a4b5cfc82e467237f6")
            })
            .ConfigureHttpClient(c => c.BaseAddress = new Uri("https://sms-gw.vardcentralen-intern.se"));

        return services;
    }
}
