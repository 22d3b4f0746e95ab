namespace DanVan.Feedback.Core.Cases;

/// <summary>The details of a khiếu nại or a tố cáo, and information sent about a violation without an identity.</summary>
public sealed partial class FeedbackCase
{
    /// <summary>What is complained of; set on complaints filed through the Portal's form.</summary>
    public ComplaintDetails? Complaint { get; private set; }

    /// <summary>Whom a denunciation (or an anonymous report) is about; never published, never in mail to anyone but the denouncer.</summary>
    public DenunciationDetails? Denunciation { get; private set; }

    /// <summary>
    /// Information about a violation whose sender gave no identity: a phản ánh, not a denunciation
    /// (Luật Tố cáo 2018, Điều 25); inspected when it names the violator with concrete evidence (ADR 0014).
    /// </summary>
    public bool IsAnonymousReport { get; private set; }

    private static void RequireDetailsOfItsKind(CaseIntake intake)
    {
        if (intake.Complaint is not null && intake.Kind != CaseKind.Complaint)
        {
            throw new ArgumentException("Complaint details belong to a complaint.", nameof(intake));
        }

        if (intake.IsAnonymousReport && (intake.Kind != CaseKind.Feedback || intake.Denunciation is null))
        {
            throw new ArgumentException("An anonymous report is filed as a phản ánh with the details of the violation (Luật Tố cáo 2018, Điều 25).", nameof(intake));
        }

        if (intake.Denunciation is not null && intake.Kind != CaseKind.Denunciation && !intake.IsAnonymousReport)
        {
            throw new ArgumentException("Denunciation details belong to a denunciation or an anonymous report.", nameof(intake));
        }

        // Luật Tố cáo 2018, Điều 22: a denunciation states the denouncer's name and address; both are sealed.
        if (intake.Kind == CaseKind.Denunciation && intake.Denunciation is not null
            && (string.IsNullOrWhiteSpace(intake.FilerName) || string.IsNullOrWhiteSpace(intake.Address) || intake.FilerType != FilerType.Person))
        {
            throw new ArgumentException("A denunciation is made by a person who gives their full name and address.", nameof(intake));
        }
    }

    // A denunciation's title reaches staff digests and mail, so it names nobody; a complaint's says what is complained of.
    private static string TitleOf(CaseIntake intake) => intake switch
    {
        { IsAnonymousReport: true } => DenunciationDetails.AnonymousReportTitle,
        { Denunciation: not null } => DenunciationDetails.DenunciationTitle,
        { Complaint: { } complaint } when string.IsNullOrWhiteSpace(intake.Title) => complaint.CaseTitle(),
        _ => intake.Title.Trim(),
    };
}
