using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Pmo.Functions.Composition;

// The Azure host: Functions isolated worker with ASP.NET Core integration, over the same services as the local host
// (Cosmos DB instead of SQLite, SendGrid when "Mail:Provider" is SendGrid, link keys from Key Vault references).
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddPmoAzureHost(builder.Configuration);
builder.Build().Run();
