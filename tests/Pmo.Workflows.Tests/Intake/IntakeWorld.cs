using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pmo.Domain.Intake;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Application.Ports.Storage;
using Pmo.Application.Ports.Mail;
using Pmo.Storage.Sqlite;
using Pmo.Application;
using Pmo.Application.Intake;
using Pmo.Application.Links;
using Pmo.Workflows.Tests.Support;

namespace Pmo.Workflows.Tests.Intake;

/// <summary>The intake services as a host wires them, over a real SQLite file, a recording mailer and a fake clock.</summary>
internal sealed class IntakeWorld : IAsyncDisposable
{
    public const string PublicBaseUrl = "https://pmo.example/api";

    private readonly TempFolder _folder = new();
    private readonly ServiceProvider _services;

    public IntakeWorld()
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        Mailer = new RecordingMailer(Clock);
        Store = new SqlitePortfolioStore(_folder.StoreOptions());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Workflows:PublicBaseUrl"] = PublicBaseUrl,
            ["Workflows:LinkSigningKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IPortfolioStore>(Store);
        services.AddSingleton<IMailer>(Mailer);
        services.AddPmoApplication(configuration);
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; }
    public RecordingMailer Mailer { get; }
    public SqlitePortfolioStore Store { get; }

    public DemandService Demands => _services.GetRequiredService<DemandService>();
    public IntakeFormService Forms => _services.GetRequiredService<IntakeFormService>();
    public LinkIssuer Links => _services.GetRequiredService<LinkIssuer>();

    public static DemandContent Content(string title = "Month-end close in three days", int strategic = 4, Language language = Language.Fr) => new()
    {
        Title = title,
        Sponsor = new Contact("Sam Sponsor", "sponsor@example.org"),
        Department = "Finance",
        BusinessCase = "Closing the books takes ten days.",
        ExpectedBenefits = "Two FTE freed each month-end.",
        EstimatedBudget = new Money(250_000m),
        EstimatedDurationMonths = 9,
        Scores = new PriorityCriteria(strategic, 4, 3, 2, 4),
        Attachments = [new DemandAttachment("Slides", "https://example.org/close.pdf")],
        Requester = new Contact("Camille Martin", "camille@example.org", language),
    };

    /// <summary>The signed token at the end of a link's URL.</summary>
    public static string TokenOf(string url) => Uri.UnescapeDataString(url[(url.LastIndexOf('/') + 1)..]);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Store.DisposeAsync();
        _folder.Dispose();
    }
}
