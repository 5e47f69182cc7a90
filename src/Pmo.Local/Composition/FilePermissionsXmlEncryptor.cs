using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Pmo.Local.Composition;

/// <summary>
/// The key ring's protection at rest outside Windows, stated for what it is: file permissions, no encryption. Whoever
/// can read data/secrets/dataprotection can read data/secrets/admin-api-key beside it too, so a key-encryption key kept
/// on this machine (a certificate beside the ring) would add nothing; the boundary is the OS account
/// (<see cref="OwnerOnlyXmlRepository"/>: folders 0700, files 0600). Configured explicitly, so each key file says so
/// in a comment and Data Protection does not warn that nobody chose. Windows uses DPAPI instead.
/// </summary>
public sealed class FilePermissionsXmlEncryptor : IXmlEncryptor
{
    public const string ElementName = "protectedByFilePermissions";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement) => new(
        new XElement(ElementName,
            new XComment(" Not encrypted: only the OS user running the PMO local host can read this file (0600) and its folders (0700). "),
            plaintextElement),
        typeof(FilePermissionsXmlDecryptor));
}

/// <summary>Reads back what <see cref="FilePermissionsXmlEncryptor"/> wrote.</summary>
public sealed class FilePermissionsXmlDecryptor : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        return new XElement(encryptedElement.Elements().Single());
    }
}
