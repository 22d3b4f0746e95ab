namespace DanVan.Feedback.Core.Cases;

/// <summary>Who files a complaint: the person whose rights are affected, or someone lawfully acting for them.</summary>
public enum Representation
{
    /// <summary>The filer complains about their own rights and interests.</summary>
    Self,

    /// <summary>Người đại diện theo pháp luật: for a minor or a person without full civil capacity (Luật Khiếu nại 2011, Điều 12).</summary>
    LegalRepresentative,

    /// <summary>Người được ủy quyền: the complainant authorised the filer in writing (Luật Khiếu nại 2011, Điều 12).</summary>
    Authorised,
}

/// <summary>
/// What a khiếu nại is about (Luật Khiếu nại 2011, Điều 8): the decision or act complained of, who issued it,
/// when the complainant learned of it, what they ask for, their address, and who files for whom. The limits
/// are the form's limits too.
/// </summary>
public sealed class ComplaintDetails
{
    public const int DecisionNumberMaxLength = 100;
    public const int ActMaxLength = 2000;
    public const int IssuedByMaxLength = 300;
    public const int RequestMaxLength = 2000;
    public const int AddressMaxLength = 300;
    public const int DelayReasonMaxLength = 1000;
    public const int RepresentedNameMaxLength = Filer.NameMaxLength;

    /// <summary>Luật Khiếu nại 2011, Điều 9: 90 days from receiving or learning of the decision or act.</summary>
    public const int FilingLimitDays = 90;

    private ComplaintDetails()
    {
    }

    /// <summary>Số, ký hiệu of the administrative decision; null when an act (hành vi hành chính) is complained of.</summary>
    public string? DecisionNumber { get; private set; }

    public DateOnly? DecisionDate { get; private set; }

    /// <summary>The administrative act complained of, when there is no written decision.</summary>
    public string? ActDescription { get; private set; }

    /// <summary>The agency or person who issued the decision or did the act.</summary>
    public string IssuedBy { get; private set; } = "";

    /// <summary>When the complainant received or learned of the decision or act: the start of the 90 days.</summary>
    public DateOnly LearnedOn { get; private set; }

    /// <summary>What the complainant asks the agency to do.</summary>
    public string Request { get; private set; } = "";

    /// <summary>The complainant's address, which a written complaint must state (Điều 8).</summary>
    public string FilerAddress { get; private set; } = "";

    /// <summary>Why a complaint past the 90 days was not filed in time (illness, disaster, travel, other obstacles).</summary>
    public string? DelayReason { get; private set; }

    public Representation Representation { get; private set; }

    /// <summary>The person whose rights are concerned, when the filer acts for them.</summary>
    public string? RepresentedName { get; private set; }

    /// <summary>
    /// Builds the details, refusing what the law or the form does not allow. <paramref name="concernsOwnRights"/> is
    /// the filer's confirmation that the decision or act affects their own rights (or those of whom they represent):
    /// Luật Khiếu nại 2011, Điều 11 refuses a complaint about a decision that does not affect the complainant.
    /// </summary>
    public static ComplaintDetails Create(
        string? decisionNumber,
        DateOnly? decisionDate,
        string? actDescription,
        string issuedBy,
        DateOnly learnedOn,
        string request,
        string filerAddress,
        bool concernsOwnRights,
        Representation representation = Representation.Self,
        string? representedName = null,
        string? delayReason = null,
        DateOnly? today = null)
    {
        if (!concernsOwnRights)
        {
            throw new ArgumentException("A complaint must concern the complainant's own rights and interests.", nameof(concernsOwnRights));
        }

        var number = DetailText.Clean(decisionNumber, DecisionNumberMaxLength, nameof(decisionNumber));
        var act = DetailText.Clean(actDescription, ActMaxLength, nameof(actDescription));
        if (number is null && act is null)
        {
            throw new ArgumentException("A complaint names the decision or describes the act it is about.", nameof(actDescription));
        }

        if (today is { } day && (learnedOn > day || decisionDate > day))
        {
            throw new ArgumentException("A complaint cannot be about a decision learned of, or dated, in the future.", nameof(learnedOn));
        }

        if (!Enum.IsDefined(representation))
        {
            throw new ArgumentOutOfRangeException(nameof(representation));
        }

        var represented = DetailText.Clean(representedName, RepresentedNameMaxLength, nameof(representedName));
        if (representation != Representation.Self && represented is null)
        {
            throw new ArgumentException("A complaint filed for someone else names that person.", nameof(representedName));
        }

        return new ComplaintDetails
        {
            DecisionNumber = number,
            DecisionDate = number is null ? null : decisionDate,
            ActDescription = act,
            IssuedBy = DetailText.Required(issuedBy, IssuedByMaxLength, nameof(issuedBy)),
            LearnedOn = learnedOn,
            Request = DetailText.Required(request, RequestMaxLength, nameof(request)),
            FilerAddress = DetailText.Required(filerAddress, AddressMaxLength, nameof(filerAddress)),
            DelayReason = DetailText.Clean(delayReason, DelayReasonMaxLength, nameof(delayReason)),
            Representation = representation,
            RepresentedName = representation == Representation.Self ? null : represented,
        };
    }

    /// <summary>
    /// True when more than 90 days have passed since the complainant learned of the decision (Điều 9). Not a bar:
    /// time lost to illness, natural disaster, war, travel or study far away, or another objective obstacle does
    /// not count, so the agency decides; the Portal warns and files.
    /// </summary>
    public static bool IsPastFilingLimit(DateOnly learnedOn, DateOnly today) => today.DayNumber - learnedOn.DayNumber > FilingLimitDays;

    public bool IsPastFilingLimitOn(DateOnly day) => IsPastFilingLimit(LearnedOn, day);

    /// <summary>The case's title, so the inbox reads what is complained of without asking the filer for a title.</summary>
    public string CaseTitle()
    {
        var subject = DecisionNumber is { } number ? $"Khiếu nại Quyết định số {number}" : "Khiếu nại hành vi hành chính";
        var title = $"{subject} của {IssuedBy}";
        return title.Length <= FeedbackCase.TitleMaxLength ? title : title[..(FeedbackCase.TitleMaxLength - 1)] + "…";
    }
}
