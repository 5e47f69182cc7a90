namespace Pmo.Local.Demo;

/// <summary>Progress lines of the demo, stamped with the virtual time they happen at; one writer at a time.</summary>
public sealed class DemoProgress(DemoTimeline timeline, TextWriter output)
{
    private readonly Lock _gate = new();

    public void Line(DateTimeOffset virtualAt, string text)
    {
        lock (_gate)
        {
            output.WriteLine($"  [{timeline.Label(virtualAt)}] {text}");
        }
    }

    public void Heading(string text)
    {
        lock (_gate)
        {
            output.WriteLine(text);
        }
    }
}
