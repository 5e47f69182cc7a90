using System.Text.Json.Serialization.Metadata;

namespace Pmo.Storage.Cosmos.Serialization;

/// <summary>
/// Leaves computed properties (Project.IsActive, Risk.Score, Budget.Variance…) out of stored documents: they are
/// derived on read, would cost request units on every write, and could tempt a query to trust a stale copy.
/// A property is computed when it has no setter and no constructor parameter fills it.
/// </summary>
internal static class StoredPropertiesOnly
{
    public static void Apply(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            var property = typeInfo.Properties[i];
            if (property.Set is null && property.AssociatedParameter is null)
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
    }
}
