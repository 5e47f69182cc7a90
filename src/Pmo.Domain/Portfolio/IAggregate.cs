namespace Pmo.Domain.Portfolio;

/// <summary>A document the store keeps whole and versions with an ETag.</summary>
public interface IAggregate
{
    string Id { get; }
}
