namespace Pmo.Application.Configuration;

/// <summary>Checks what data annotations cannot: the link keys decode to at least 32 bytes, the delays are positive.</summary>
internal sealed class WorkflowOptionsValidator : IValidateOptions<WorkflowOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkflowOptions options)
    {
        var failures = new List<string>();
        Check(options.LinkSigningKey, nameof(WorkflowOptions.LinkSigningKey), failures);
        if (!string.IsNullOrWhiteSpace(options.PreviousLinkSigningKey))
        {
            Check(options.PreviousLinkSigningKey, nameof(WorkflowOptions.PreviousLinkSigningKey), failures);
        }

        if (options.DecisionLinkLifetime <= TimeSpan.Zero)
        {
            failures.Add($"{WorkflowOptions.SectionName}:{nameof(WorkflowOptions.DecisionLinkLifetime)} must be positive.");
        }

        if (options.IntakeLinkLifetime <= TimeSpan.Zero)
        {
            failures.Add($"{WorkflowOptions.SectionName}:{nameof(WorkflowOptions.IntakeLinkLifetime)} must be positive.");
        }

        if (options.UpdateLinkGrace < TimeSpan.Zero || options.SchedulerLookback <= TimeSpan.Zero)
        {
            failures.Add($"{WorkflowOptions.SectionName}: {nameof(WorkflowOptions.UpdateLinkGrace)} must not be negative and {nameof(WorkflowOptions.SchedulerLookback)} must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(string? key, string name, List<string> failures)
    {
        try
        {
            LinkSigner.DecodeKey(key, name);
        }
        catch (InvalidOperationException ex)
        {
            failures.Add($"{WorkflowOptions.SectionName}:{ex.Message}");
        }
    }
}
