using System.ComponentModel.DataAnnotations;

namespace Pmo.Application.Configuration;

/// <summary>
/// Settings of the workflows, bound from the "Workflows" configuration section and validated on start.
/// Link keys are base64 (at least 32 bytes). Rotation: move the current key to <see cref="PreviousLinkSigningKey"/>
/// and set a new <see cref="LinkSigningKey"/>; links signed with either keep working until they expire.
/// </summary>
public sealed class WorkflowOptions
{
    public const string SectionName = "Workflows";

    /// <summary>Base of the links put in e-mails, e.g. "https://pmo.example.org/api" or "http://localhost:7071/api".</summary>
    [Required]
    [Url]
    public string PublicBaseUrl { get; set; } = "";

    [Required]
    public string LinkSigningKey { get; set; } = "";

    public string? PreviousLinkSigningKey { get; set; }

    /// <summary>How long an update-form link stays valid after the request's "missed" deadline (it is closed then anyway).</summary>
    public TimeSpan UpdateLinkGrace { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Lifetime of committee decision and pack approval links.</summary>
    public TimeSpan DecisionLinkLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Lifetime of intake links: the public intake form the PMO hands out, and a returned demand's amend link.</summary>
    public TimeSpan IntakeLinkLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How far back a scheduler tick looks for due events, so a host that was down catches up.</summary>
    public TimeSpan SchedulerLookback { get; set; } = TimeSpan.FromDays(8);

    /// <summary>Where assembled review packs are kept (HTML, PDF, XLSX per month).</summary>
    public string PackFolder { get; set; } = "data/packs";

    /// <summary>
    /// When a submitted update's week has no update request yet, the chase has not opened it, so nobody is told and
    /// the engine is not asked (<see cref="Submission.ChaseNotifier"/>); the chase finds the update when it opens its
    /// request (<c>Pmo.Workflows.Activities.OpenUpdateRequestActivity</c>). That is race-free only on a store whose reads
    /// see every committed write (one SQLite file: the local host turns it on). Off by default: on Cosmos DB with
    /// session consistency two hosts could each read the other's write too late, so the engine is asked instead.
    /// </summary>
    public bool SkipChaseLookupWithoutRequest { get; set; }
}
