using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pmo.Application.Packs;
using Pmo.Application.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Functions.Composition;
using Pmo.Storage.Blobs;

namespace Pmo.Functions.Tests.Packs;

/// <summary>
/// The Azure host's composition (what Program.cs calls) keeps packs in Blob Storage, not in the folder archive that
/// AddPmoApplication registers by default, with local.settings.sample.json's settings and with Azure's.
/// </summary>
[Collection(AzuriteBlobCollection.Name)]
public sealed class AzurePackArchiveCompositionTests(AzuriteBlobFixture azurite)
{
    [Fact]
    public async Task The_sample_settings_give_the_blob_archive_on_azurite_for_both_ports()
    {
        await using var provider = Build(SampleSettings());
        provider.GetRequiredService<IStartupValidator>().Validate();

        var archive = Assert.IsType<BlobReviewPackArchive>(provider.GetRequiredService<IReviewPackArchive>());
        Assert.Same(archive, provider.GetRequiredService<IReviewPackFiles>());
        // UseDevelopmentStorage=true: Azurite's default blob endpoint, container "packs".
        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1/packs"), archive.ContainerUri);
    }

    [Fact]
    public async Task Azure_settings_reach_the_accounts_blob_endpoint_with_the_identity()
    {
        var settings = SampleSettings();
        settings["Packs:ConnectionString"] = null; // not set in Azure: DefaultAzureCredential
        settings["Packs:BlobServiceUri"] = "https://stpmotest.blob.core.windows.net/";
        await using var provider = Build(settings);
        provider.GetRequiredService<IStartupValidator>().Validate();

        var archive = Assert.IsType<BlobReviewPackArchive>(provider.GetRequiredService<IReviewPackArchive>());
        Assert.Equal(new Uri("https://stpmotest.blob.core.windows.net/packs"), archive.ContainerUri);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("stpmotest.blob.core.windows.net")]
    public async Task Without_a_blob_endpoint_or_connection_string_the_start_fails(string? uri)
    {
        var settings = SampleSettings();
        settings["Packs:ConnectionString"] = null;
        settings["Packs:BlobServiceUri"] = uri;
        await using var provider = Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("Packs:BlobServiceUri", error.Message);
    }

    [Fact]
    public async Task A_file_saved_through_the_hosts_archive_is_served_by_the_apis_port_from_the_packs_container()
    {
        var settings = SampleSettings();
        settings["Packs:ConnectionString"] = azurite.ConnectionString;
        await using var provider = Build(settings);
        var month = new YearMonth(2026, 9);
        var xlsx = Encoding.UTF8.GetBytes("PK fake workbook");

        await provider.GetRequiredService<IReviewPackArchive>().SaveFileAsync(month, "xlsx", xlsx);
        await using var opened = await provider.GetRequiredService<IReviewPackFiles>().OpenAsync(month, "xlsx");

        Assert.NotNull(opened);
        using var copy = new MemoryStream();
        await opened.CopyToAsync(copy);
        Assert.Equal(xlsx, copy.ToArray());
        Assert.True(await azurite.Service.GetBlobContainerClient("packs").GetBlobClient("2026-09/pack.xlsx").ExistsAsync());
    }

    /// <summary>local.settings.sample.json's values ("__" read as ":"), with the placeholders Azure fills in.</summary>
    private static Dictionary<string, string?> SampleSettings()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "local.settings.sample.json")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.FullName, "local.settings.sample.json")));
        var settings = sample.RootElement.GetProperty("Values").EnumerateObject()
            .ToDictionary(p => p.Name.Replace("__", ":", StringComparison.Ordinal), p => (string?)p.Value.GetString(), StringComparer.OrdinalIgnoreCase);
        settings["Storage:Cosmos:AccountEndpoint"] = "https://pmo-test.documents.azure.com:443/";
        settings["Workflows:LinkSigningKey"] = Convert.ToBase64String(new byte[32]);
        return settings;
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.ClearProviders());
        services.AddPmoAzureHost(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
