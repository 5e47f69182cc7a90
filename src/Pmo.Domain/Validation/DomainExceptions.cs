namespace Pmo.Domain.Validation;

/// <summary>Base of the errors the application maps to problem+json (400/404/409/412/422).</summary>
public abstract class DomainException : Exception
{
    protected DomainException(string message) : base(message)
    {
    }
}

/// <summary>The input has invalid fields (→ 422 or 400 with the field names).</summary>
public sealed class DomainValidationException(ValidationErrors errors)
    : DomainException($"Validation failed: {errors}")
{
    public ValidationErrors Errors { get; } = errors;
}

/// <summary>The document does not exist (→ 404).</summary>
public sealed class NotFoundException(string kind, string id)
    : DomainException($"{kind} '{id}' was not found.")
{
    public string Kind { get; } = kind;
    public string Id { get; } = id;
}

/// <summary>A document with that id already exists (→ 409).</summary>
public sealed class AlreadyExistsException(string kind, string id)
    : DomainException($"{kind} '{id}' already exists.")
{
    public string Kind { get; } = kind;
    public string Id { get; } = id;
}

/// <summary>The ETag given does not match the stored one: someone else changed it first (→ 412). Nothing was written.</summary>
public sealed class ConcurrencyException(string kind, string id)
    : DomainException($"{kind} '{id}' was changed by someone else; reload it and try again.")
{
    public string Kind { get; } = kind;
    public string Id { get; } = id;
}

/// <summary>The request conflicts with the state of the resource, e.g. amending a closed update request (→ 409).</summary>
public sealed class StateConflictException(string message) : DomainException(message);
