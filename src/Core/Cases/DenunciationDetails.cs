namespace DanVan.Feedback.Core.Cases;

/// <summary>
/// Whom a tố cáo is about and the evidence offered (Luật Tố cáo 2018, Điều 22); the violation itself is the case's
/// description. Also kept for information about a violation sent without the sender's identity (Điều 25), which is
/// not a denunciation. The denouncer's identity is never here: it is sealed (<see cref="FeedbackCase.SealedIdentity"/>).
/// </summary>
public sealed class DenunciationDetails
{
    public const int AccusedNameMaxLength = Filer.NameMaxLength;
    public const int AccusedPositionMaxLength = 200;
    public const int AccusedAgencyMaxLength = 300;
    public const int EvidenceMaxLength = 5000;

    /// <summary>The denouncer's address, required by Điều 22 and sealed with their name; the limit the form uses.</summary>
    public const int DenouncerAddressMaxLength = 300;

    /// <summary>
    /// The title of every case filed from the Portal's denunciation form. The title travels in staff digests and
    /// in mail, so it names nobody: the details are on the case page only.
    /// </summary>
    public const string DenunciationTitle = "Đơn tố cáo";

    public const string AnonymousReportTitle = "Thông tin có nội dung tố cáo (không rõ người gửi)";

    private DenunciationDetails()
    {
    }

    /// <summary>The person denounced.</summary>
    public string AccusedName { get; private set; } = "";

    public string? AccusedPosition { get; private set; }

    /// <summary>Their agency or unit, as the filer wrote it.</summary>
    public string AccusedAgency { get; private set; } = "";

    /// <summary>The agency that manages the person, when the filer chose it from the list: it leads the case (routing rule).</summary>
    public string? AccusedAgencyCode { get; private set; }

    /// <summary>Documents and evidence the filer describes or holds (text until attachments arrive).</summary>
    public string? Evidence { get; private set; }

    public static DenunciationDetails Create(string accusedName, string? accusedPosition, string accusedAgency, string? accusedAgencyCode, string? evidence) => new()
    {
        AccusedName = DetailText.Required(accusedName, AccusedNameMaxLength, nameof(accusedName)),
        AccusedPosition = DetailText.Clean(accusedPosition, AccusedPositionMaxLength, nameof(accusedPosition)),
        AccusedAgency = DetailText.Required(accusedAgency, AccusedAgencyMaxLength, nameof(accusedAgency)),
        AccusedAgencyCode = string.IsNullOrWhiteSpace(accusedAgencyCode) ? null : accusedAgencyCode.Trim(),
        Evidence = DetailText.Clean(evidence, EvidenceMaxLength, nameof(evidence)),
    };
}
