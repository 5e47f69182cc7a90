namespace Pmo.Application.Ports.Mail;

/// <summary>
/// The list a message belongs to, written as its RFC 2919 <c>List-Id</c> so mail clients can file and filter it.
/// <see cref="Description"/> is what people read ("Acme PMO calendar"); <see cref="Key"/> names the sender's organisation
/// and must not change when its display name does (the tenant id): the senders add their own domain, giving
/// <c>pmo-calendar.{key}.{sender domain}</c>, which filters keep matching for as long as the calendar runs.
/// </summary>
public sealed record MailList(string Description, string Key);
