using Microsoft.AspNetCore.Builder;

namespace Pmo.Functions.Http;

/// <summary>An endpoint builder with nothing else to do than collect what <c>MapPmoApi</c> maps.</summary>
internal sealed class ApiRouteBuilder(IServiceProvider services) : IEndpointRouteBuilder
{
    public IServiceProvider ServiceProvider => services;

    public ICollection<EndpointDataSource> DataSources { get; } = [];

    public IApplicationBuilder CreateApplicationBuilder() => new ApplicationBuilder(services);
}
