namespace Pmo.Workflows.Orchestrations;

/// <summary>Log messages of the orchestrators (written through their replay-safe loggers).</summary>
internal static partial class WorkflowLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Update of {ProjectId} for {Week} missed")]
    public static partial void UpdateMissed(ILogger logger, string projectId, IsoWeek week);

    [LoggerMessage(Level = LogLevel.Information, Message = "Review pack {Month} approved by {ApprovedBy}")]
    public static partial void PackApproved(ILogger logger, YearMonth month, string approvedBy);
}
