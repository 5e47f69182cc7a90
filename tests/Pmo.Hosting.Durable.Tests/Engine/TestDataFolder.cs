namespace Pmo.Hosting.Durable.Tests.Engine;

/// <summary>A fresh engine data folder under the temp directory, deleted afterwards.</summary>
public sealed class TestDataFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pmo-durable-tests", Guid.NewGuid().ToString("N"));

    public string AzuriteFolder => System.IO.Path.Combine(Path, "azurite");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
