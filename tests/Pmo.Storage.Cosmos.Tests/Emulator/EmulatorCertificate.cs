using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Pmo.Storage.Cosmos.Tests.Emulator;

/// <summary>
/// A throw-away self-signed TLS certificate for the emulator, made at start (never committed), written as PEM files
/// the emulator reads; the private key file is readable by the owner only and deleted with the folder.
/// </summary>
internal sealed class EmulatorCertificate : IDisposable
{
    private readonly DirectoryInfo _folder;

    private EmulatorCertificate(DirectoryInfo folder, string certificatePath, string keyPath, string thumbprint)
    {
        _folder = folder;
        Thumbprint = thumbprint;
        CertificatePath = certificatePath;
        KeyPath = keyPath;
    }

    public string CertificatePath { get; }
    public string KeyPath { get; }

    /// <summary>SHA-1 thumbprint, to check that the server answering is the emulator we started.</summary>
    public string Thumbprint { get; }

    public static EmulatorCertificate Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));

        var folder = Directory.CreateTempSubdirectory("pmo-cosmos-emulator-");
        var certificatePath = Path.Combine(folder.FullName, "cert.pem");
        var keyPath = Path.Combine(folder.FullName, "key.pem");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        var keyFile = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            keyFile.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(keyPath, keyFile))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(key.ExportPkcs8PrivateKeyPem());
        }

        return new EmulatorCertificate(folder, certificatePath, keyPath, certificate.Thumbprint);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
