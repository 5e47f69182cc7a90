namespace Pmo.Local.Hosting;

/// <summary>
/// Names an online backup by its UTC second and reserves the name by creating the file empty, so two backups in the
/// same second (or at the same instant) get two files: SQLite's VACUUM INTO fills an empty file but refuses one with
/// content.
/// </summary>
public static class BackupFile
{
    /// <summary>How many backups one second can hold (pmo-…-2.db up to this suffix) before the caller is told to retry.</summary>
    public const int MaxPerSecond = 100;

    /// <summary>The reserved (empty) file, or null when <see cref="MaxPerSecond"/> backups were already taken this second.</summary>
    public static string? Reserve(string folder, DateTimeOffset now)
    {
        Directory.CreateDirectory(folder);
        var stamp = now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        for (var n = 1; n <= MaxPerSecond; n++)
        {
            var path = Path.Combine(folder, n == 1 ? $"pmo-{stamp}.db" : $"pmo-{stamp}-{n}.db");
            try
            {
                // CreateNew is atomic: of two requests racing for a name, one gets it and the other tries the next.
                using (new FileStream(path, FileMode.CreateNew, FileAccess.Write))
                {
                }

                return path;
            }
            catch (IOException) when (File.Exists(path))
            {
            }
        }

        return null;
    }
}
