using System.Runtime.Versioning;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pmo.Local.Composition;
using Pmo.Local.Tests.Support;

namespace Pmo.Local.Tests.Composition;

/// <summary>The dashboard cookie's key ring under data/secrets: owner-only, said so in the files and in one log line, never a warning.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class KeyRingTests
{
    [Fact]
    public void A_new_key_ring_is_owner_only_says_what_protects_it_and_logs_no_warning()
    {
        using var folder = new TempFolder();
        var data = DataFolder.Resolve(folder.Path);
        var logs = new ListLoggerProvider();

        var cookie = Protect(data, logs, "signed-in");

        Assert.Equal(OwnerOnly.FolderMode, File.GetUnixFileMode(data.Secrets));
        Assert.Equal(OwnerOnly.FolderMode, File.GetUnixFileMode(data.DataProtectionKeys));
        var key = Assert.Single(Directory.GetFiles(data.DataProtectionKeys));
        Assert.Equal(OwnerOnly.FileMode, File.GetUnixFileMode(key));
        Assert.Contains($"<{FilePermissionsXmlEncryptor.ElementName}", File.ReadAllText(key));
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Warning);
        // (Data Protection's own information, such as "Creating key", is below the host's level for Microsoft.AspNetCore.)
        var explained = Assert.Single(logs.Entries, e => e.Level == LogLevel.Information && e.Category == typeof(OwnerOnlyXmlRepository).FullName);
        Assert.Contains("readable by this OS user only", explained.Message);
        Assert.Contains(key, explained.Message);

        // A restart reads the key back: the cookie is still valid, and the key ring is not explained again.
        var again = new ListLoggerProvider();
        Assert.Equal("signed-in", Unprotect(data, again, cookie));
        Assert.DoesNotContain(again.Entries, e => e.Level >= LogLevel.Warning || e.Category == typeof(OwnerOnlyXmlRepository).FullName);
    }

    [Fact]
    public void A_key_ring_an_earlier_version_left_readable_is_narrowed_and_still_read()
    {
        using var folder = new TempFolder();
        var data = DataFolder.Resolve(folder.Path);
        string cookie;
        using (var before = new ServiceCollection().AddDataProtection().SetApplicationName("pmo-local")
                   .PersistKeysToFileSystem(new DirectoryInfo(data.DataProtectionKeys)).Services.BuildServiceProvider())
        {
            cookie = before.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("signed-in");
        }

        File.SetUnixFileMode(data.Secrets, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(data.DataProtectionKeys, (UnixFileMode)0b111_101_101);
        var key = Assert.Single(Directory.GetFiles(data.DataProtectionKeys));
        File.SetUnixFileMode(key, (UnixFileMode)0b110_100_100);

        Assert.Equal("signed-in", Unprotect(data, new ListLoggerProvider(), cookie));
        Assert.Equal(OwnerOnly.FolderMode, File.GetUnixFileMode(data.Secrets));
        Assert.Equal(OwnerOnly.FolderMode, File.GetUnixFileMode(data.DataProtectionKeys));
        Assert.Equal(OwnerOnly.FileMode, File.GetUnixFileMode(key));
    }

    [Fact]
    public void Generated_secrets_are_owner_only_even_in_a_secrets_folder_left_readable()
    {
        using var folder = new TempFolder();
        var data = DataFolder.Resolve(folder.Path);
        Directory.CreateDirectory(data.Secrets);
        File.SetUnixFileMode(data.Secrets, (UnixFileMode)0b111_101_101);

        var apiKey = LocalSecrets.AdminApiKey(data);

        Assert.Equal(apiKey, LocalSecrets.AdminApiKey(data));
        Assert.Equal(OwnerOnly.FolderMode, File.GetUnixFileMode(data.Secrets));
        Assert.Equal(OwnerOnly.FileMode, File.GetUnixFileMode(Path.Combine(data.Secrets, LocalSecrets.AdminApiKeyFile)));
    }

    private static string Protect(DataFolder data, ListLoggerProvider logs, string text)
    {
        using var services = Services(data, logs);
        return services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect(text);
    }

    private static string Unprotect(DataFolder data, ListLoggerProvider logs, string text)
    {
        using var services = Services(data, logs);
        return services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(text);
    }

    private static ServiceProvider Services(DataFolder data, ListLoggerProvider logs) => new ServiceCollection()
        .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
        .AddLocalDataProtection(data)
        .BuildServiceProvider();
}
