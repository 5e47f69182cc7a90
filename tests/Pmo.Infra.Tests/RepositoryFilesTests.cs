using Pmo.Infra.Tests.Support;

namespace Pmo.Infra.Tests;

/// <summary>azure.yaml, the GitHub workflows, and a scan of every deployment file for committed secrets.</summary>
public sealed class RepositoryFilesTests
{
    [Fact]
    public void Azure_yaml_deploys_the_functions_project_as_service_api()
    {
        var lines = Repo.Read("azure.yaml").Split('\n').Select(l => l.TrimEnd()).ToList();

        var api = lines.FindIndex(l => l == "  api:");
        Assert.True(api >= 0, "service 'api' missing (it must match the azd-service-name tag in infra/app/api.bicep)");
        var service = lines.Skip(api + 1).TakeWhile(l => l.StartsWith("    ", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
        Assert.Contains("project: ./src/Pmo.Functions", service);
        Assert.Contains("language: dotnet", service);
        Assert.Contains("host: function", service);
        Assert.Contains("'azd-service-name': 'api'", Repo.Read("infra", "app", "api.bicep"));
    }

    [Fact]
    public void Ci_runs_the_test_script_and_deploy_uses_federated_credentials()
    {
        var ci = Repo.Read(".github", "workflows", "ci.yml");
        var deploy = Repo.Read(".github", "workflows", "deploy.yml");

        Assert.Contains("./test.sh", ci);
        Assert.Contains("id-token: write", deploy);
        Assert.Contains("azd provision", deploy);
        Assert.Contains("azd deploy", deploy);
        Assert.DoesNotContain("client-secret", deploy, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void No_deployment_file_holds_a_secret()
    {
        var files = Directory.EnumerateFiles(Repo.File("infra"), "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Repo.File(".github"), "*", SearchOption.AllDirectories))
            .Concat(new[] { "host.json", "local.settings.sample.json", "azure.yaml" }.Select(f => Repo.File(f)))
            .ToList();

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.False(SecretScan.LooksSecret(File.ReadAllText(file)), $"{file} looks like it holds a secret.");
        }
    }

    // Built at run time so that no secret-shaped literal sits in the repository (secret scanners would flag it).
    public static TheoryData<string> RealLookingSecrets => new()
    {
        "SG." + new string('a', 22) + "." + new string('B', 43),
        "DefaultEndpointsProtocol=https;AccountName=x;Account" + "Key=" + Convert.ToBase64String(new byte[24]),
        string.Concat(Enumerable.Repeat("q83vEjRWeJ", 4)) + "q80=",
    };

    [Theory]
    [MemberData(nameof(RealLookingSecrets))]
    public void The_scan_catches_real_looking_secrets(string value) => Assert.True(SecretScan.LooksSecret(value));

    [Theory]
    [InlineData("<sendgrid-api-key>")]
    [InlineData("UseDevelopmentStorage=true")]
    [InlineData("https://<cosmos-account>.documents.azure.com:443/")]
    public void The_scan_lets_placeholders_through(string value) => Assert.False(SecretScan.LooksSecret(value));
}
