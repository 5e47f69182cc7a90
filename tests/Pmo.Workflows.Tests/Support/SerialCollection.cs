namespace Pmo.Workflows.Tests.Support;

/// <summary>
/// The long flows (virtual weeks, the real engine) run one at a time: on a 2-core machine a parallel CPU-bound
/// scenario would delay the real engine's second-scale deadlines and make the test about the machine, not the code.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Long workflow flows";
}
