using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Pmo.Local.Composition;

/// <summary>
/// Data Protection for the dashboard's sign-in cookie, its key ring in the data folder so cookies stay valid across
/// restarts: on Windows encrypted with DPAPI; elsewhere (no DPAPI) owner-only files, said so explicitly
/// (<see cref="FilePermissionsXmlEncryptor"/>).
/// </summary>
public static class KeyRingComposition
{
    public static IServiceCollection AddLocalDataProtection(this IServiceCollection services, DataFolder data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var builder = services.AddDataProtection().SetApplicationName("pmo-local");
        if (OperatingSystem.IsWindows())
        {
            builder.PersistKeysToFileSystem(new DirectoryInfo(data.DataProtectionKeys)).ProtectKeysWithDpapi();
            return services;
        }

        services.AddOptions<KeyManagementOptions>().Configure<ILoggerFactory>((options, loggers) =>
        {
            options.XmlRepository = new OwnerOnlyXmlRepository(data, loggers.CreateLogger<OwnerOnlyXmlRepository>());
            options.XmlEncryptor = new FilePermissionsXmlEncryptor();
        });
        return services;
    }
}
