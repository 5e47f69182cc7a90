using System.Text;
using Pmo.Application.Ports.Mail;

namespace Pmo.Mail.Tests.Support;

/// <summary>Sample messages and options shared by the tests.</summary>
internal static class Messages
{
    // A 1x1 transparent PNG: a real image for the inline (cid:) part.
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% sample review pack\n%%EOF\n");

    public static MailOptions Options(string outbox = "outbox") => new()
    {
        FromAddress = "pmo@contoso.example",
        FromName = "Bureau PMO",
        OutboxFolder = outbox,
    };

    /// <summary>A French weekly-chase message with an inline logo and a PDF attachment.</summary>
    public static MailMessage Chase(string id = "chase-PRJ-1-2026-W48-invite", string subject = "Relance : mise à jour hebdomadaire — Projet Été") =>
        new(id,
            [new MailAddress("chef.projet@contoso.example", "Hélène Dupré")],
            subject,
            "<p>Bonjour Hélène,</p><p><img src=\"cid:logo\" alt=\"logo\"></p><p>Merci de compléter la mise à jour.</p>",
            "Bonjour Hélène,\nMerci de compléter la mise à jour.")
        {
            Cc = [new MailAddress("sponsor@contoso.example", "Sponsor")],
            Attachments =
            [
                new MailAttachment("logo.png", "image/png", Png, ContentId: "logo"),
                new MailAttachment("revue-novembre.pdf", "application/pdf", Pdf),
            ],
            Category = "weekly-chase",
            Language = "fr",
            CustomArgs = new Dictionary<string, string> { ["tenant"] = "t1", ["project"] = "PRJ-1" },
            List = new MailList("Contoso PMO calendar", "t1"),
        };

    /// <summary>The List-Id the senders write for <see cref="Chase"/>: its list under the sender's domain.</summary>
    public const string ChaseListId = "\"Contoso PMO calendar\" <pmo-calendar.t1.contoso.example>";
}
