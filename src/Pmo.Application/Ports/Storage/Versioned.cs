namespace Pmo.Application.Ports.Storage;

/// <summary>A stored document with the ETag of the version read. Pass the ETag back to replace it.</summary>
public sealed record Versioned<T>(T Value, string ETag);

/// <summary>One page of a listing; <see cref="ContinuationToken"/> is null on the last page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? ContinuationToken);
