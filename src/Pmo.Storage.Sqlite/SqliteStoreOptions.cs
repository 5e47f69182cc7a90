using System.ComponentModel.DataAnnotations;

namespace Pmo.Storage.Sqlite;

/// <summary>Where the SQLite store keeps its data and whose data it is.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>The database file (created with its folder when missing), e.g. "data/pmo.db".</summary>
    [Required]
    public string DatabasePath { get; set; } = "";

    /// <summary>The organisation whose documents this store reads and writes; one file can hold several.</summary>
    [Required]
    public string TenantId { get; set; } = "default";
}
