namespace Pmo.Storage.Cosmos.Tests.Emulator;

/// <summary>Every test class that needs the emulator joins this collection and shares its one process.</summary>
[CollectionDefinition(Name)]
public sealed class CosmosEmulatorCollection : ICollectionFixture<CosmosEmulatorFixture>
{
    public const string Name = "Cosmos emulator";
}
