using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Pmo.Local.Composition;

/// <summary>
/// The Data Protection key ring (the keys of the dashboard's sign-in cookie) as one XML file per key in
/// data/secrets/dataprotection, the folders 0700 and each file 0600 from its creation. Files an earlier version wrote
/// with looser modes are narrowed at start.
/// </summary>
public sealed partial class OwnerOnlyXmlRepository : IXmlRepository
{
    private readonly string _folder;
    private readonly ILogger _logger;

    public OwnerOnlyXmlRepository(DataFolder data, ILogger<OwnerOnlyXmlRepository> logger)
    {
        ArgumentNullException.ThrowIfNull(data);
        _folder = data.DataProtectionKeys;
        _logger = logger;
        OwnerOnly.EnsureFolder(data.Secrets);
        OwnerOnly.EnsureFolder(_folder);
        foreach (var file in Directory.EnumerateFiles(_folder))
        {
            OwnerOnly.RestrictFile(file);
        }
    }

    public IReadOnlyCollection<XElement> GetAllElements() =>
        Directory.EnumerateFiles(_folder, "*.xml").Select(file => XElement.Load(file)).ToList();

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var name = !string.IsNullOrEmpty(friendlyName) && friendlyName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? friendlyName
            : Guid.NewGuid().ToString("D");
        var path = Path.Combine(_folder, name + ".xml");

        // Written beside, then renamed: a reader never sees half a key.
        var temp = Path.Combine(_folder, $"{Guid.NewGuid():N}.tmp");
        using (var stream = OwnerOnly.CreateNew(temp))
        {
            element.Save(stream);
        }

        File.Move(temp, path, overwrite: false);
        LogStored(path);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Dashboard sign-in key created in {Path}: readable by this OS user only (file 0600, folder 0700), like the API key beside it; not encrypted (DPAPI is Windows-only)")]
    private partial void LogStored(string path);
}
