using Microsoft.DurableTask;

namespace Pmo.Hosting.Durable.Tests.Samples;

/// <summary>How many more times the flaky activity fails, per input.</summary>
public sealed class FlakyBudget
{
    private readonly Dictionary<string, int> _failures = [];

    public void FailTimes(string input, int times)
    {
        lock (_failures)
        {
            _failures[input] = times;
        }
    }

    /// <summary>Failures not yet used: tells a test how many attempts were made.</summary>
    public int Left(string input)
    {
        lock (_failures)
        {
            return _failures.GetValueOrDefault(input);
        }
    }

    public bool TakeFailure(string input)
    {
        lock (_failures)
        {
            if (_failures.TryGetValue(input, out var left) && left > 0)
            {
                _failures[input] = left - 1;
                return true;
            }

            return false;
        }
    }
}

/// <summary>Fails while its budget lasts, then echoes its input.</summary>
public sealed class FlakyActivity(FlakyBudget budget) : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input) =>
        budget.TakeFailure(input) ? throw new TimeoutException($"{input} is busy") : Task.FromResult(input);
}
