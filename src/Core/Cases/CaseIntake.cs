namespace DanVan.Feedback.Core.Cases;

/// <summary>What a filer (or an officer taking a call) gives when a case is filed.</summary>
public sealed record CaseIntake
{
    public required CaseKind Kind { get; init; }

    public required CaseChannel Channel { get; init; }

    public required string TopicCode { get; init; }

    public string? LocalityCode { get; init; }

    public bool InIndustrialZone { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required FilerType FilerType { get; init; }

    public required string FilerName { get; init; }

    public string? OrganisationName { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    /// <summary>The filer's address: required of a denouncer (Luật Tố cáo 2018), sealed with their identity.</summary>
    public string? Address { get; init; }

    /// <summary>The filer agrees that the answer may be published, redacted of personal data.</summary>
    public bool ConsentsToPublication { get; init; }

    /// <summary>Where the matter is, if the filer said.</summary>
    public CasePlace? Place { get; init; }

    /// <summary>Files the filer attached, already inspected; <see cref="CaseService"/> stores them with the case.</summary>
    public IReadOnlyList<Attachments.PreparedAttachment> Attachments { get; init; } = [];

    /// <summary>How many people signed the filing (đơn nhiều người ký).</summary>
    public int SignatoryCount { get; init; } = 1;

    /// <summary>For a business in an industrial park or economic zone (task 4.10): tax code, park, contact's position.</summary>
    public Businesses.Enterprise? Enterprise { get; init; }

    /// <summary>The form's one-time key (<see cref="Cases.SubmissionKey"/>): a second filing with it gets the first case back.</summary>
    public string? SubmissionKey { get; init; }

    /// <summary>The filer's language on the Portal (<see cref="Cases.FilerLanguage"/>); none means Vietnamese.</summary>
    public string? Language { get; init; }
    /// <summary>What a khiếu nại is about; only on a <see cref="CaseKind.Complaint"/>.</summary>
    public ComplaintDetails? Complaint { get; init; }

    /// <summary>Whom a tố cáo is about; on a <see cref="CaseKind.Denunciation"/> or an anonymous report.</summary>
    public DenunciationDetails? Denunciation { get; init; }

    /// <summary>
    /// Information about a violation from a sender who gave no identity: not a denunciation (Luật Tố cáo 2018, Điều 25),
    /// filed as a phản ánh with <see cref="Denunciation"/> details and an optional contact (ADR 0014).
    /// </summary>
    public bool IsAnonymousReport { get; init; }
}
