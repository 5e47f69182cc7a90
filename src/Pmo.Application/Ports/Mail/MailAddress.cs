namespace Pmo.Application.Ports.Mail;

/// <summary>A mailbox: an e-mail address and an optional display name.</summary>
public sealed record MailAddress(string Email, string Name = "");
