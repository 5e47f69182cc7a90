namespace Pmo.Application.Links;

/// <summary>Why a link was refused. Pages show a generic message; the reason is for logs and tests.</summary>
public enum LinkRefusal
{
    None = 0,
    Malformed,
    BadSignature,
    Expired,
    WrongPurpose,
    WrongTenant,

    /// <summary>The request behind the link is closed (submitted, missed, decided, approved): a used link cannot act again.</summary>
    Closed,
}
