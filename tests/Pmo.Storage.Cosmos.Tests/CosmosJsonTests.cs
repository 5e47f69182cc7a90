using System.Text.Json;
using System.Text.Json.Nodes;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Storage.Contract;
using Pmo.Storage.Cosmos.Serialization;

namespace Pmo.Storage.Cosmos.Tests;

public sealed class CosmosJsonTests
{
    [Fact]
    public void Documents_use_the_domain_json_camel_case_enum_names_weeks_and_dates()
    {
        var project = Samples.Project("P-001") with { LatestRag = Rag.Amber, LatestUpdateWeek = new IsoWeek(2026, 48) };

        var json = JsonSerializer.SerializeToNode(project, CosmosJson.Options)!.AsObject();

        Assert.Equal("P-001", (string?)json["id"]);
        Assert.Equal("Execution", (string?)json["phase"]);
        Assert.Equal("Amber", (string?)json["latestRag"]);
        Assert.Equal("2026-W48", (string?)json["latestUpdateWeek"]);
        Assert.Equal("2026-01-05", (string?)json["start"]);
        Assert.Equal("En", (string?)json["manager"]!["language"]);
    }

    [Fact]
    public void Computed_properties_are_not_stored()
    {
        var json = JsonSerializer.SerializeToNode(Samples.Project("P-001"), CosmosJson.Options)!.AsObject();
        var risk = JsonSerializer.SerializeToNode(Samples.Risk("R-1"), CosmosJson.Options)!.AsObject();
        var update = JsonSerializer.SerializeToNode(Samples.StatusUpdate("P-001", Samples.Week), CosmosJson.Options)!.AsObject();

        Assert.False(json.ContainsKey("isActive"));
        Assert.False(json.ContainsKey("worstSlipDays"));
        Assert.False(json["budget"]!.AsObject().ContainsKey("variance"));
        Assert.False(risk.ContainsKey("score"));
        Assert.False(risk.ContainsKey("isOpen"));
        Assert.False(update.ContainsKey("id"));
        Assert.True(json["budget"]!.AsObject().ContainsKey("approved"));
    }

    [Fact]
    public void Decimals_are_written_as_strings_and_come_back_exactly()
    {
        var budget = new Budget(12_345_678_901_234_567.89m, 0.10m, 79_228_162_514_264_337_593_543_950_335m);

        var json = JsonSerializer.Serialize(budget, CosmosJson.Options);
        var back = JsonSerializer.Deserialize<Budget>(json, CosmosJson.Options)!;

        Assert.Contains("\"approved\":\"12345678901234567.89\"", json, StringComparison.Ordinal);
        Assert.Equal(budget, back);
        Assert.Equal("0.10", back.ActualToDate.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Decimals_written_as_numbers_are_read_too()
    {
        var back = JsonSerializer.Deserialize<Budget>("""{"approved":100.5,"actualToDate":"1","forecastAtCompletion":2,"currency":"EUR"}""", CosmosJson.Options)!;

        Assert.Equal(new Budget(100.5m, 1m, 2m), back);
    }

    [Fact]
    public void Positional_records_keep_their_constructor_filled_properties()
    {
        var record = new Pmo.Application.Ports.Storage.IdempotencyRecord("k", "v", Samples.Instant);

        var json = JsonSerializer.SerializeToNode(record, CosmosJson.Options)!.AsObject();

        Assert.Equal(["key", "value", "createdAt"], json.Select(p => p.Key));
        Assert.Equal(record, json.Deserialize<Pmo.Application.Ports.Storage.IdempotencyRecord>(CosmosJson.Options));
    }
}
