using System.Security.Cryptography;

namespace Pmo.Local.Composition;

/// <summary>
/// Secrets of a local install, generated on first use and kept under data/secrets (folder 0700, files 0600),
/// so a fresh machine works without a key in any settings file and restarts keep links and keys valid.
/// </summary>
public static class LocalSecrets
{
    public const string AdminApiKeyFile = "admin-api-key";
    public const string LinkSigningKeyFile = "link-signing-key";

    public static string AdminApiKey(DataFolder data) =>
        ReadOrCreate(data, AdminApiKeyFile, () => "pmo_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)));

    public static string LinkSigningKey(DataFolder data) =>
        ReadOrCreate(data, LinkSigningKeyFile, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    private static string ReadOrCreate(DataFolder data, string name, Func<string> create)
    {
        ArgumentNullException.ThrowIfNull(data);
        OwnerOnly.EnsureFolder(data.Secrets);
        var path = Path.Combine(data.Secrets, name);
        if (File.Exists(path))
        {
            OwnerOnly.RestrictFile(path);
            return File.ReadAllText(path).Trim();
        }

        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        using (var writer = new StreamWriter(OwnerOnly.CreateNew(temp)))
        {
            writer.Write(create());
        }

        // Two processes racing on a fresh folder: the first rename wins and both read its value.
        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException)
        {
            File.Delete(temp);
        }

        return File.ReadAllText(path).Trim();
    }
}
