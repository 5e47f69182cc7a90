using System.Net;
using Pmo.Storage.Cosmos.Setup;

namespace Pmo.Storage.Cosmos.Tests;

public sealed class EmulatorOnlyHandlerTests
{
    private static readonly Uri Emulator = new("https://127.0.0.1:8081/");

    [Theory]
    [InlineData("http://169.254.169.254/metadata/instance?api-version=2020-06-01")]
    [InlineData("https://pmo.documents.azure.com/")]
    [InlineData("https://127.0.0.1:9999/")]
    public async Task Any_address_but_the_emulator_is_refused_before_a_packet_leaves(string url)
    {
        using var inner = new Recording();
        using var client = new HttpClient(new EmulatorOnlyHandler(Emulator, inner));

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri(url)));

        Assert.Equal(0, inner.Calls);
    }

    [Fact]
    public async Task The_emulator_is_reached()
    {
        using var inner = new Recording();
        using var client = new HttpClient(new EmulatorOnlyHandler(Emulator, inner));

        using var response = await client.GetAsync(new Uri(Emulator, "dbs"));

        Assert.Equal(1, inner.Calls);
    }

    private sealed class Recording : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }
}
