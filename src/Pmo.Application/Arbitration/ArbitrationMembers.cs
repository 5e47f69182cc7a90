namespace Pmo.Application.Arbitration;

/// <summary>The people who vote in a session: its members and its chair, once each (e-mails compare case-insensitively).</summary>
public static class ArbitrationMembers
{
    public static IReadOnlyList<Contact> Of(ArbitrationSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return [.. session.Members.Append(session.Chair).Where(m => m.Email.Length > 0).DistinctBy(m => m.Email, StringComparer.OrdinalIgnoreCase)];
    }

    public static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
