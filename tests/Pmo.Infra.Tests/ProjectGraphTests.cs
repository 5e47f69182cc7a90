using System.Xml.Linq;
using Pmo.Infra.Tests.Support;

namespace Pmo.Infra.Tests;

/// <summary>
/// The layering of src/ (docs/architecture.md), read from the project files: which project may reference which, and
/// which packages each may pull in. A new reference fails here until the allow-list (and the doc) say it is meant.
/// </summary>
public sealed class ProjectGraphTests
{
    /// <summary>Every src project and the src projects it may reference directly.</summary>
    private static readonly Dictionary<string, string[]> AllowedProjects = new(StringComparer.Ordinal)
    {
        ["Pmo.Domain"] = [],
        ["Pmo.Application"] = ["Pmo.Domain"],
        ["Pmo.Hosting.Durable"] = [],
        // Adapters: each implements ports of the application.
        ["Pmo.Mail"] = ["Pmo.Application"],
        ["Pmo.Reports"] = ["Pmo.Application"],
        ["Pmo.Storage.Sqlite"] = ["Pmo.Application"],
        ["Pmo.Storage.Cosmos"] = ["Pmo.Application"],
        ["Pmo.Storage.Blobs"] = ["Pmo.Application"],
        ["Pmo.Workflows"] = ["Pmo.Domain", "Pmo.Application"],
        // The dashboard lists the local .eml outbox through the transport's reader (a port for it is still to come).
        ["Pmo.Api"] = ["Pmo.Application", "Pmo.Mail"],
        ["Pmo.Functions"] = ["Pmo.Domain", "Pmo.Application", "Pmo.Reports", "Pmo.Mail", "Pmo.Workflows", "Pmo.Api", "Pmo.Storage.Cosmos", "Pmo.Storage.Blobs"],
        ["Pmo.Local"] = ["Pmo.Domain", "Pmo.Application", "Pmo.Reports", "Pmo.Storage.Sqlite", "Pmo.Mail", "Pmo.Workflows", "Pmo.Api", "Pmo.Hosting.Durable"],
    };

    /// <summary>The projects that implement the application's ports (stores, pack archive, mail transports, pack renderer).</summary>
    private static readonly string[] Adapters = ["Pmo.Storage.Sqlite", "Pmo.Storage.Cosmos", "Pmo.Storage.Blobs", "Pmo.Mail", "Pmo.Reports"];

    /// <summary>Package families a project must not reference directly (rendering, transports, engine, cloud, web).</summary>
    private static readonly Dictionary<string, string[]> ForbiddenPackages = new(StringComparer.Ordinal)
    {
        ["Pmo.Domain"] = ["Microsoft.DurableTask", "SkiaSharp", "MailKit", "MimeKit", "SendGrid", "Azure.", "Microsoft.Azure", "Microsoft.AspNetCore", "Microsoft.Data.Sqlite"],
        ["Pmo.Reports"] = ["Microsoft.DurableTask", "MailKit", "MimeKit", "SendGrid", "Azure.", "Microsoft.Azure", "Microsoft.AspNetCore"],
        ["Pmo.Mail"] = ["Microsoft.DurableTask", "SkiaSharp", "Azure.", "Microsoft.Azure", "Microsoft.AspNetCore"],
        ["Pmo.Storage.Sqlite"] = ["Microsoft.DurableTask", "SkiaSharp", "MailKit", "MimeKit", "SendGrid", "Azure.", "Microsoft.Azure", "Microsoft.AspNetCore"],
        ["Pmo.Storage.Cosmos"] = ["Microsoft.DurableTask", "SkiaSharp", "MailKit", "MimeKit", "SendGrid", "Microsoft.AspNetCore"],
        ["Pmo.Storage.Blobs"] = ["Microsoft.DurableTask", "SkiaSharp", "MailKit", "MimeKit", "SendGrid", "Microsoft.AspNetCore"],
        ["Pmo.Workflows"] = ["SkiaSharp", "MailKit", "MimeKit", "SendGrid", "Azure.", "Microsoft.Azure", "Microsoft.AspNetCore"],
        ["Pmo.Api"] = ["Microsoft.DurableTask", "SkiaSharp", "MailKit", "MimeKit", "SendGrid"],
        ["Pmo.Hosting.Durable"] = ["SkiaSharp", "MailKit", "MimeKit", "SendGrid"],
    };

    [Fact]
    public void Every_src_project_is_in_the_allow_list()
    {
        Assert.Equal(AllowedProjects.Keys.Order(StringComparer.Ordinal), SrcProjects().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_src_project_references_only_the_projects_its_layer_allows()
    {
        foreach (var (name, file) in SrcProjects())
        {
            var referenced = ProjectReferences(file).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
            Assert.True(
                referenced.SequenceEqual(AllowedProjects[name].Order(StringComparer.Ordinal)),
                $"{name} references [{string.Join(", ", referenced)}]; docs/architecture.md allows [{string.Join(", ", AllowedProjects[name])}]");
        }
    }

    [Fact]
    public void No_src_project_references_a_project_outside_src()
    {
        var src = Path.GetFullPath(Repo.File("src")) + Path.DirectorySeparatorChar;
        foreach (var (name, file) in SrcProjects())
        {
            foreach (var reference in ProjectReferences(file))
            {
                Assert.True(reference.StartsWith(src, StringComparison.Ordinal), $"{name} references {reference} (test support stays out of shipped code)");
            }
        }
    }

    [Fact]
    public void The_domain_and_the_application_reach_no_adapter_engine_workflow_or_host()
    {
        foreach (var name in new[] { "Pmo.Domain", "Pmo.Application" })
        {
            var reachable = Closure(name);
            Assert.True(
                reachable.SetEquals(name == "Pmo.Domain" ? [] : ["Pmo.Domain"]),
                $"{name} reaches [{string.Join(", ", reachable.Order(StringComparer.Ordinal))}]");
        }
    }

    [Fact]
    public void The_adapters_never_reach_the_workflows_the_engine_the_api_or_each_other()
    {
        foreach (var name in Adapters)
        {
            var reachable = Closure(name);
            Assert.DoesNotContain("Pmo.Workflows", reachable);
            Assert.DoesNotContain("Pmo.Hosting.Durable", reachable);
            Assert.DoesNotContain("Pmo.Api", reachable);
            Assert.Empty(reachable.Intersect(Adapters));
        }
    }

    [Fact]
    public void The_application_pulls_in_only_Microsoft_Extensions_abstractions()
    {
        var offending = PackageReferences(SrcProjects()["Pmo.Application"])
            .Where(p => !p.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal))
            .ToList();
        Assert.True(offending.Count == 0, $"Pmo.Application references {string.Join(", ", offending)}");
    }

    [Fact]
    public void Projects_pull_in_no_package_of_a_layer_they_do_not_belong_to()
    {
        foreach (var (name, forbidden) in ForbiddenPackages)
        {
            var packages = PackageReferences(SrcProjects()[name]);
            var offending = packages.Where(p => forbidden.Any(f => p.StartsWith(f, StringComparison.Ordinal))).ToList();
            Assert.True(offending.Count == 0, $"{name} references {string.Join(", ", offending)}");
        }
    }

    [Fact]
    public void The_orchestration_test_harness_is_not_shipped()
    {
        Assert.False(Directory.Exists(Repo.File("src", "Pmo.Hosting.Durable", "Testing")));
        Assert.True(File.Exists(Repo.File("tests", "Pmo.Hosting.Durable.Testing", "Pmo.Hosting.Durable.Testing.csproj")));
    }

    /// <summary>src/&lt;Project&gt;/&lt;Project&gt;.csproj (not the build's own, e.g. obj/…/WorkerExtensions.csproj).</summary>
    private static Dictionary<string, string> SrcProjects() =>
        Directory.EnumerateDirectories(Repo.File("src"))
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.csproj", SearchOption.TopDirectoryOnly))
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => f, StringComparer.Ordinal);

    private static IEnumerable<string> ProjectReferences(string projectFile) =>
        Items(projectFile, "ProjectReference")
            .Select(include => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(projectFile)!, include.Replace('\\', '/'))));

    private static List<string> PackageReferences(string projectFile) => Items(projectFile, "PackageReference").ToList();

    private static IEnumerable<string> Items(string projectFile, string itemName) =>
        XDocument.Load(projectFile).Descendants(itemName)
            .Select(e => (string?)e.Attribute("Include"))
            .OfType<string>();

    /// <summary>The src projects reachable from <paramref name="name"/> through project references.</summary>
    private static HashSet<string> Closure(string name)
    {
        var projects = SrcProjects();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([name]);
        while (pending.TryPop(out var current))
        {
            foreach (var reference in ProjectReferences(projects[current]).Select(Path.GetFileNameWithoutExtension).OfType<string>())
            {
                if (seen.Add(reference))
                {
                    pending.Push(reference);
                }
            }
        }

        return seen;
    }
}
