namespace Pmo.Application.Submission;

/// <summary>
/// The week's answer is not the one the form was opened with (someone answered or amended in between): nothing was
/// written. <see cref="Current"/> is the stored answer and <see cref="Version"/> its version, to send again over it.
/// </summary>
public sealed class AnswerChangedException(StatusUpdate current)
    : DomainException($"The update '{current?.Id}' was changed since the form was opened; nothing was written.")
{
    public StatusUpdate Current { get; } = current ?? throw new ArgumentNullException(nameof(current));

    public string Version { get; } = AnswerVersion.Of(current);
}
