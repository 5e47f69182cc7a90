using System.Text.Json.Nodes;
using MimeKit;
using Pmo.Api.Tests.Infrastructure;
using Pmo.Mail;
using Pmo.Tests.Shared;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Pages;

/// <summary>
/// The e-mail a requester gets when the PMO returns their demand, as the outbox wrote it (.eml): the automated-mail
/// headers, the PMO's comment and a working amend link, in the requester's language.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DemandReturnMailTests(ApiServer server)
{
    [Theory]
    [InlineData("En", "Your demand needs changes: ", "The PMO's comment: Add the supplier's quote.", "Amend my demand: ")]
    [InlineData("Fr", "Votre demande est à compléter\u202F: ", "Commentaire du PMO\u202F: Add the supplier's quote.", "Modifier ma demande\u202F: ")]
    public async Task The_return_e_mail_carries_the_comment_the_amend_link_and_the_automated_headers(string language, string subject, string comment, string button)
    {
        var admin = server.Client();
        using var created = await admin.PostAsync("/api/demands", Json(DemandData.Content(title: $"Close faster {language}", requesterLanguage: language)));
        var id = (await BodyAsync(created))["id"]!.GetValue<string>();

        using var returned = await admin.SendAsync(HttpMethod.Post, $"/api/demands/{id}/return",
            new JsonObject { ["comment"] = "Add the supplier's quote." }, created.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);

        var mail = Assert.Single(Outbox.Find(server, $"demand-{id}-returned"));
        Assert.Equal(subject + $"Close faster {language}", mail.Subject);
        Assert.Equal(AutomatedMailHeaders.AutoSubmittedValue, mail.Headers[AutomatedMailHeaders.AutoSubmitted]);
        Assert.Contains(AutomatedMailHeaders.ListLabel, mail.Headers[AutomatedMailHeaders.ListId], StringComparison.Ordinal);
        Assert.Equal(DemandData.RequesterEmail, mail.To.Mailboxes.Single().Address);
        var text = mail.TextBody ?? "";
        Assert.Contains(comment, text, StringComparison.Ordinal);
        Assert.Contains(id, text, StringComparison.Ordinal);
        if (language == "Fr")
        {
            Assert.Empty(FrenchTypography.Faults($"{mail.Subject}\n{text}\n{FrenchTypography.TextOfHtml(mail.HtmlBody ?? "")}"));
        }

        // The link in the e-mail opens the amend form of this demand, in the requester's language.
        var link = new Uri(text[(text.IndexOf(button, StringComparison.Ordinal) + button.Length)..].Split('\n')[0].Trim());
        var page = await server.Browser().GetStringAsync(link.PathAndQuery);
        Assert.Contains($"<html lang=\"{language.ToLowerInvariant()}\">", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"Close faster {language}\"", page, StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(Browser.Artifacts.Folder("mail"), $"demand-returned-{language.ToLowerInvariant()}.eml"), mail.ToString());
    }
}
