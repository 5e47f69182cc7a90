namespace Pmo.Api.Intake;

/// <summary>
/// The intake form's fields as text, keyed by the demand's JSON paths ("estimatedBudget.amount", "attachments[0].url",
/// "staffing[0].days"):
/// what the page shows. After a failed post they are exactly what the person typed, so a value that did not parse is
/// shown as typed (never as "0").
/// </summary>
public sealed class IntakeFormValues
{
    /// <summary>The five criteria, in the order the form shows them.</summary>
    public static readonly string[] ScoreFields =
        ["scores.strategicAlignment", "scores.businessValue", "scores.urgency", "scores.riskReduction", "scores.feasibility"];

    /// <summary>Empty attachment rows offered below the ones already filled.</summary>
    public const int SpareAttachmentRows = 2;

    /// <summary>Empty staffing rows offered below the ones already filled: a few roles or months without JavaScript.</summary>
    public const int SpareStaffingRows = 3;

    private static readonly string[] TextFields =
    [
        "title", "department", "sponsor.name", "sponsor.email", "requester.name", "requester.email", "requester.language",
        "businessCase", "expectedBenefits", "estimatedBudget.amount", "estimatedBudget.currency", "estimatedDurationMonths",
        .. ScoreFields,
    ];

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public string this[string field] => _values.TryGetValue(field, out var value) ? value : "";

    /// <summary>How many attachment rows hold something.</summary>
    public int AttachmentCount { get; private set; }

    /// <summary>How many staffing rows hold something.</summary>
    public int StaffingCount { get; private set; }

    public static string AttachmentTitle(int i) => $"attachments[{i}].title";

    public static string AttachmentUrl(int i) => $"attachments[{i}].url";

    public static string StaffingRole(int i) => $"staffing[{i}].role";

    public static string StaffingMonth(int i) => $"staffing[{i}].month";

    public static string StaffingDays(int i) => $"staffing[{i}].days";

    /// <summary>A blank form: euros, the page's language for the e-mails, every score in the middle.</summary>
    public static IntakeFormValues Blank(Language language)
    {
        var values = new IntakeFormValues();
        values._values["estimatedBudget.currency"] = "EUR";
        values._values["requester.language"] = Code(language);
        foreach (var field in ScoreFields)
        {
            values._values[field] = "3";
        }

        return values;
    }

    public static IntakeFormValues From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var values = new IntakeFormValues();
        foreach (var field in TextFields)
        {
            values._values[field] = form[field].ToString();
        }

        for (var i = 0; i < DemandValidator.MaxAttachments; i++)
        {
            var title = form[AttachmentTitle(i)].ToString();
            var url = form[AttachmentUrl(i)].ToString();
            if (title.Trim().Length > 0 || url.Trim().Length > 0)
            {
                values.AddAttachment(title, url);
            }
        }

        // Rows are packed as attachments are: a row left blank between two filled ones is dropped, so errors name the rows shown.
        for (var i = 0; i < DemandValidator.MaxStaffingRows; i++)
        {
            var role = form[StaffingRole(i)].ToString();
            var month = form[StaffingMonth(i)].ToString();
            var days = form[StaffingDays(i)].ToString();
            if (role.Trim().Length > 0 || month.Trim().Length > 0 || days.Trim().Length > 0)
            {
                values.AddStaffing(role, month, days);
            }
        }

        return values;
    }

    public static IntakeFormValues From(DemandContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var values = new IntakeFormValues();
        var v = values._values;
        v["title"] = content.Title;
        v["department"] = content.Department;
        v["sponsor.name"] = content.Sponsor.Name;
        v["sponsor.email"] = content.Sponsor.Email;
        v["requester.name"] = content.Requester.Name;
        v["requester.email"] = content.Requester.Email;
        v["requester.language"] = Code(content.Requester.Language);
        v["businessCase"] = content.BusinessCase;
        v["expectedBenefits"] = content.ExpectedBenefits;
        v["estimatedBudget.amount"] = content.EstimatedBudget.Amount.ToString(CultureInfo.InvariantCulture);
        v["estimatedBudget.currency"] = content.EstimatedBudget.Currency;
        v["estimatedDurationMonths"] = content.EstimatedDurationMonths.ToString(CultureInfo.InvariantCulture);
        var scores = content.Scores;
        int[] numbers = [scores.StrategicAlignment, scores.BusinessValue, scores.Urgency, scores.RiskReduction, scores.Feasibility];
        for (var i = 0; i < ScoreFields.Length; i++)
        {
            v[ScoreFields[i]] = numbers[i].ToString(CultureInfo.InvariantCulture);
        }

        foreach (var attachment in content.Attachments)
        {
            values.AddAttachment(attachment.Title, attachment.Url);
        }

        foreach (var row in content.Staffing)
        {
            values.AddStaffing(row.Role, row.Month.ToString(), row.Days.ToString(CultureInfo.InvariantCulture));
        }

        return values;
    }

    private void AddAttachment(string title, string url)
    {
        _values[AttachmentTitle(AttachmentCount)] = title;
        _values[AttachmentUrl(AttachmentCount)] = url;
        AttachmentCount++;
    }

    private void AddStaffing(string role, string month, string days)
    {
        _values[StaffingRole(StaffingCount)] = role;
        _values[StaffingMonth(StaffingCount)] = month;
        _values[StaffingDays(StaffingCount)] = days;
        StaffingCount++;
    }

    private static string Code(Language language) => language == Language.Fr ? "fr" : "en";
}
