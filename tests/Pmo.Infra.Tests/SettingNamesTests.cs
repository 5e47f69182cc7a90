using System.Reflection;
using Pmo.Api;
using Pmo.Infra.Tests.Support;
using Pmo.Mail;
using Pmo.Storage.Blobs;
using Pmo.Storage.Cosmos;

namespace Pmo.Infra.Tests;

/// <summary>A misspelt setting binds to nothing and fails only in Azure: check names against the option classes.</summary>
public sealed class SettingNamesTests
{
    private static readonly Dictionary<string, Type> Sections = new()
    {
        ["Mail"] = typeof(MailOptions),
        ["Storage__Cosmos"] = typeof(CosmosStoreOptions),
        ["Packs"] = typeof(BlobPackOptions),
        ["Api"] = typeof(PmoApiOptions),
    };

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        var all = LocalSettingsTests.Values().Keys
            .Concat(AppSettings.FromMainAsync().GetAwaiter().GetResult().Keys)
            .Distinct(StringComparer.Ordinal)
            .Where(n => Sections.Keys.Any(s => n.StartsWith(s + "__", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);
        foreach (var name in all)
        {
            names.Add(name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Setting_names_a_real_option_property(string name)
    {
        var section = Sections.Keys.Single(s => name.StartsWith(s + "__", StringComparison.Ordinal));
        var type = Sections[section];
        foreach (var part in name[(section.Length + 2)..].Split("__"))
        {
            var property = type.GetProperty(part, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            Assert.True(property is not null, $"{name}: {type.Name} has no property '{part}'.");
            type = property.PropertyType;
        }
    }
}
