using System.ComponentModel.DataAnnotations;

namespace Pmo.Local.Composition;

/// <summary>Settings of the local host itself, bound from the "Local" section.</summary>
public sealed class LocalOptions
{
    public const string SectionName = "Local";

    /// <summary>HTTP port on the loopback interface.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 7071;

    /// <summary>Folder holding the SQLite file, the outbox, the packs, Azurite's data and the generated secrets.</summary>
    [Required]
    public string DataFolder { get; set; } = ".pmo-data";

    /// <summary>Seconds between two scheduler ticks (the Azure host ticks every 15 minutes; locally it is cheap).</summary>
    [Range(1, 3600)]
    public int SchedulerTickSeconds { get; set; } = 30;

    /// <summary>Whether the scheduler loop runs; off, calendar events start only through the run-now endpoints (tests).</summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>Whether the /api/local/run-now/* endpoints are mapped (local mode only; never in Azure).</summary>
    public bool RunNowEndpoints { get; set; } = true;
}

/// <summary>First-start seeding, bound from the "Seed" section.</summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    /// <summary>Seed the demo portfolio when the store is empty at start.</summary>
    public bool DemoPortfolio { get; set; } = true;
}
