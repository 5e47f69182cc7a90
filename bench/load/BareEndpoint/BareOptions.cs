namespace BareEndpoint;

/// <summary>Command line: --port N --data FOLDER --projects N; the API key comes from PMO_KEY, as for the load scripts.</summary>
internal sealed record BareOptions(int Port, string Data, int Projects, string Key)
{
    public static BareOptions Parse(string[] args)
    {
        string Value(string name) =>
            args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? throw new ArgumentException($"{name} is required.");

        return new BareOptions(
            int.Parse(Value("--port"), System.Globalization.CultureInfo.InvariantCulture),
            Value("--data"),
            int.Parse(Value("--projects"), System.Globalization.CultureInfo.InvariantCulture),
            Environment.GetEnvironmentVariable("PMO_KEY") ?? throw new ArgumentException("PMO_KEY is not set."));
    }
}
