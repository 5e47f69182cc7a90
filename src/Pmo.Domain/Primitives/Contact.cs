namespace Pmo.Domain.Primitives;

/// <summary>A person the PMO writes to: a project manager, a sponsor, a committee member.</summary>
public sealed record Contact(string Name, string Email, Language Language = Language.En);
