using DanVan.Feedback.Core.Deadlines;

namespace DanVan.Feedback.Core.Cases;

/// <summary>
/// The case workflow: each lawful step is a method that refuses an illegal move with a
/// <see cref="CaseRuleException"/> and records what happened, who did it and why as a <see cref="CaseEvent"/>.
/// Who may take which step is decided outside, by <see cref="CaseActionRules"/>.
/// </summary>
public sealed partial class FeedbackCase
{
    /// <summary>Tạm đình chỉ exists from the day Luật 136/2025/QH15 takes effect.</summary>
    public static readonly DateOnly SuspensionLawInForce = new(2026, 7, 1);

    public bool IsFinished => Status is CaseStatus.Refused or CaseStatus.Closed;

    /// <summary>Thụ lý (for PAKN: classified as within the agency's authority); the resolution clock starts.</summary>
    public void Accept(StaffActor actor, DateTimeOffset at, string? note = null)
    {
        RequireInOrder(at);
        RequireStatus(CaseAction.Accept, CaseStatus.Received);
        AcceptedAt = at;
        Status = CaseStatus.Accepted;
        Append(CaseEventType.Accepted, at, actor, string.IsNullOrWhiteSpace(note) ? "Đã thụ lý hồ sơ" : note.Trim());
    }

    /// <summary>Không thụ lý on a legal ground of the case's own law, with a message the filer is sent.</summary>
    public void Refuse(RefusalGround ground, string messageToFiler, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        ArgumentNullException.ThrowIfNull(ground);
        RequireStatus(CaseAction.Refuse, CaseStatus.Received, CaseStatus.WaitingForFiler);
        if (AcceptedAt is not null)
        {
            throw new CaseRuleException(CaseRule.AlreadyAccepted);
        }

        if (ground.Kind != Kind)
        {
            throw new CaseRuleException(CaseRule.GroundOfAnotherKind, ground);
        }

        RequireReason(messageToFiler, StepInput.MessageToFiler);
        Status = CaseStatus.Refused;
        Append(CaseEventType.Refused, at, actor, ground.NoteFor(messageToFiler));
    }

    public void Assign(string officerId, string officerName, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        ArgumentException.ThrowIfNullOrWhiteSpace(officerId);
        RequireOpen(CaseAction.Assign);
        if (officerId == AssignedOfficerId)
        {
            throw new CaseRuleException(CaseRule.AlreadyAssigned, officerName);
        }

        AssignedOfficerId = officerId;
        AssignedOfficerName = officerName;
        Append(CaseEventType.Assigned, at, actor, $"Giao cho {officerName}", isPublic: false);
    }

    /// <summary>Asks the filer for information; the clock stops until they reply (DOMAIN.md).</summary>
    public void RequestInformation(string whatIsNeeded, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireStatus(CaseAction.RequestInformation, CaseStatus.Received, CaseStatus.Accepted);
        RequireReason(whatIsNeeded, StepInput.InformationNeeded);
        Status = CaseStatus.WaitingForFiler;
        Append(CaseEventType.InformationRequested, at, actor, whatIsNeeded.Trim());
    }

    /// <summary>The filer's reply arrived (through the Portal, or taken by an officer): the clock runs again.</summary>
    public void RecordInformation(string summary, StaffActor? actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireStatus(CaseAction.RecordInformation, CaseStatus.WaitingForFiler);
        RequireReason(summary, StepInput.InformationReceived);
        Status = AcceptedAt is null ? CaseStatus.Received : CaseStatus.Accepted;
        Append(CaseEventType.InformationReceived, at, actor, summary.Trim());
    }

    /// <summary>
    /// The filer answered the agency's request themselves, on the Portal's tracking page: recorded as the
    /// information received, in the filer's own words, with no member of staff as the actor.
    /// </summary>
    public void RecordFilersReply(string reply, DateTimeOffset at)
    {
        RequireInOrder(at);
        if (Status != CaseStatus.WaitingForFiler)
        {
            throw new CaseRuleException(CaseRule.FilersReplyNotAwaited);
        }

        RequireReason(reply, StepInput.FilersReply, FilersReplyMaxLength);
        RecordInformation(FilersReplyPrefix + reply.Trim(), actor: null, at);
    }

    /// <summary>The information request the filer has yet to answer, or null when the case waits for nobody.</summary>
    public CaseEvent? PendingInformationRequest() =>
        Status == CaseStatus.WaitingForFiler
            ? _events.Where(e => e.Type == CaseEventType.InformationRequested).MaxBy(e => (e.OccurredAt, e.Id))
            : null;

    public const string FilersReplyPrefix = "Người gửi bổ sung qua Cổng thông tin: ";

    // The reply is kept in the history note (CaseEvent.NoteMaxLength), after the words that say who wrote it.
    public const int FilersReplyMaxLength = CaseEvent.NoteMaxLength - 100;

    /// <summary>Chuyển xử lý to the competent agency: the receipt date is kept and the filer is told (DOMAIN.md).</summary>
    public void Transfer(string toAgencyCode, string reason, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        ArgumentException.ThrowIfNullOrWhiteSpace(toAgencyCode);
        RequireStatus(CaseAction.Transfer, CaseStatus.Received);
        if (toAgencyCode == LeadAgencyCode)
        {
            throw new CaseRuleException(CaseRule.TransferToSameAgency);
        }

        RequireReason(reason, StepInput.TransferReason);
        Append(CaseEventType.Transferred, at, actor, reason.Trim(), agencyCode: toAgencyCode);
        LeadAgencyCode = toAgencyCode;
        AssignedOfficerId = null;
        AssignedOfficerName = null;
        _coordinators.RemoveAll(c => c.AgencyCode == toAgencyCode);
    }

    public void RequestCoordination(string agencyCode, string request, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyCode);
        RequireOpen(CaseAction.RequestCoordination);
        if (Status == CaseStatus.Answered)
        {
            throw new CaseRuleException(CaseRule.CoordinationAfterAnswer);
        }

        if (agencyCode == LeadAgencyCode || _coordinators.Any(c => c.AgencyCode == agencyCode))
        {
            throw new CaseRuleException(CaseRule.AgencyAlreadyInvolved);
        }

        RequireReason(request, StepInput.CoordinationRequest);
        _coordinators.Add(new CaseCoordinator(agencyCode));
        Append(CaseEventType.CoordinationRequested, at, actor, request.Trim(), agencyCode: agencyCode, isPublic: false);
    }

    /// <summary>A coordinating agency's input (ý kiến phối hợp), recorded by one of its staff.</summary>
    public void RecordCoordinationInput(string input, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpen(CaseAction.RecordCoordinationInput);
        if (_coordinators.All(c => c.AgencyCode != actor.AgencyCode))
        {
            throw new CaseRuleException(CaseRule.AgencyNotCoordinating);
        }

        RequireReason(input, StepInput.CoordinationInput);
        Append(CaseEventType.CoordinationInputRecorded, at, actor, input.Trim(), agencyCode: actor.AgencyCode, isPublic: false);
    }

    /// <summary>The longer limit of the case's law applies from now (DOMAIN.md lists what makes a case complex).</summary>
    public void MarkComplex(string reason, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireStatus(CaseAction.MarkComplex, CaseStatus.Received, CaseStatus.Accepted, CaseStatus.WaitingForFiler, CaseStatus.Suspended);
        if (IsComplex)
        {
            throw new CaseRuleException(CaseRule.AlreadyComplex);
        }

        RequireReason(reason, StepInput.ComplexReason);
        IsComplex = true;
        Append(CaseEventType.MarkedComplex, at, actor, reason.Trim());
    }

    /// <summary>Gia hạn within the bound of the resolution policy: how many extensions, how long each.</summary>
    public void Extend(int days, string reason, DeadlinePolicy? resolutionPolicy, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireStatus(CaseAction.Extend, CaseStatus.Accepted, CaseStatus.WaitingForFiler, CaseStatus.Suspended);
        if (AcceptedAt is null)
        {
            throw new CaseRuleException(CaseRule.ExtensionBeforeAcceptance);
        }

        if (resolutionPolicy is null || resolutionPolicy.MaxExtensions == 0)
        {
            throw new CaseRuleException(CaseRule.NoExtensionInLaw);
        }

        if (days < 1 || days > resolutionPolicy.MaxDaysPerExtension)
        {
            throw new CaseRuleException(CaseRule.ExtensionDaysOutOfRange, resolutionPolicy.MaxDaysPerExtension, resolutionPolicy.LegalSource);
        }

        // Counted by local day from the last reopening, exactly as DeadlineCalculator counts them.
        var reopenedOn = _events.Where(e => e.Type == CaseEventType.Reopened).Select(e => (DateOnly?)VietnamTime.ToLocalDate(e.OccurredAt)).Max() ?? DateOnly.MinValue;
        var used = _events.Count(e => e.Type == CaseEventType.Extended && VietnamTime.ToLocalDate(e.OccurredAt) >= reopenedOn);
        if (used >= resolutionPolicy.MaxExtensions)
        {
            throw new CaseRuleException(CaseRule.ExtensionsUsedUp, used, resolutionPolicy.LegalSource);
        }

        RequireReason(reason, StepInput.ExtensionReason);
        Append(CaseEventType.Extended, at, actor, reason.Trim(), days: days);
    }

    /// <summary>Tạm đình chỉ (Luật 136/2025/QH15, from 1/7/2026) of a complaint or denunciation: the clock stops.</summary>
    public void Suspend(string reason, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireStatus(CaseAction.Suspend, CaseStatus.Accepted);
        if (Kind is not (CaseKind.Complaint or CaseKind.Denunciation))
        {
            throw new CaseRuleException(CaseRule.SuspensionNotForKind);
        }

        if (VietnamTime.ToLocalDate(at) < SuspensionLawInForce)
        {
            throw new CaseRuleException(CaseRule.SuspensionBeforeLaw);
        }

        RequireReason(reason, StepInput.SuspensionReason);
        Status = CaseStatus.Suspended;
        Append(CaseEventType.Suspended, at, actor, reason.Trim());
    }

    public void Resume(string note, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireStatus(CaseAction.Resume, CaseStatus.Suspended);
        RequireReason(note, StepInput.ResumptionReason);
        Status = CaseStatus.Accepted;
        Append(CaseEventType.Resumed, at, actor, note.Trim());
    }

    /// <summary>An officer's draft answer, in Markdown; it goes to the filer only once a lead approves it.</summary>
    public void DraftAnswer(string markdown, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireStatus(CaseAction.DraftAnswer, CaseStatus.Accepted, CaseStatus.AwaitingApproval);
        RequireReason(markdown, StepInput.AnswerDraft, AnswerMaxLength);

        AnswerDraft = markdown.Trim();
        Status = CaseStatus.AwaitingApproval;
        Append(CaseEventType.AnswerDrafted, at, actor, "Dự thảo trả lời trình lãnh đạo duyệt", isPublic: false);
    }

    /// <summary>
    /// The lead approves the draft: it becomes the answer and is sent; the clock stops. The answer's event keeps the
    /// working days it took and the due date then in force, so whether it was on time never shifts later.
    /// </summary>
    public void ApproveAnswer(StaffActor actor, DateTimeOffset at, Deadlines.WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        RequireInOrder(at);
        RequireStatus(CaseAction.ApproveAnswer, CaseStatus.AwaitingApproval);
        AnswerText = AnswerDraft;
        AnswerDraft = null;
        AnsweredAt = at;
        Status = CaseStatus.Answered;
        var workingDays = calendar.CountWorkingDays(Deadlines.VietnamTime.ToLocalDate(ReceivedAt), Deadlines.VietnamTime.ToLocalDate(at));
        Append(CaseEventType.Answered, at, actor, "Đã gửi văn bản trả lời", days: workingDays, dueOn: DueOn);
    }

    public void ReturnAnswer(string reason, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireStatus(CaseAction.ReturnAnswer, CaseStatus.AwaitingApproval);
        RequireReason(reason, StepInput.ReturnReason);
        Status = CaseStatus.Accepted;
        Append(CaseEventType.AnswerReturned, at, actor, reason.Trim(), isPublic: false);
    }

    /// <summary>Publishes the answer and a title, both redacted of personal data; only with the consent the filer gave at intake (DOMAIN.md).</summary>
    public void Publish(string redactedTitle, string redactedMarkdown, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireStatus(CaseAction.Publish, CaseStatus.Answered, CaseStatus.Closed);
        if (AnswerText is null)
        {
            throw new CaseRuleException(CaseRule.NoAnswerToPublish);
        }

        if (!ConsentsToPublication)
        {
            throw new CaseRuleException(CaseRule.NoConsentToPublish);
        }

        if (Kind == CaseKind.Denunciation)
        {
            throw new CaseRuleException(CaseRule.DenunciationNotPublished);
        }

        RequireReason(redactedTitle, StepInput.PublicTitle, TitleMaxLength);
        RequireReason(redactedMarkdown, StepInput.PublicAnswer, AnswerMaxLength);
        PublishedTitle = redactedTitle.Trim();
        PublishedAnswer = redactedMarkdown.Trim();
        PublishedAt = at;
        Append(CaseEventType.AnswerPublished, at, actor, "Câu trả lời được công khai trên Cổng");
    }

    public void Close(string note, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireStatus(CaseAction.Close, CaseStatus.Answered, CaseStatus.Refused);
        Status = CaseStatus.Closed;
        Append(CaseEventType.Closed, at, actor, string.IsNullOrWhiteSpace(note) ? "Kết thúc hồ sơ" : note.Trim());
    }

    /// <summary>The filer disputes the answer: a new resolution period starts (the answer stays in the history).</summary>
    public void Reopen(string reason, StaffActor? actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireStatus(CaseAction.Reopen, CaseStatus.Answered, CaseStatus.Closed);
        if (AnswerText is null)
        {
            throw new CaseRuleException(CaseRule.ReopenWithoutAnswer);
        }

        RequireReason(reason, StepInput.ReopenReason);
        Status = CaseStatus.Accepted;
        AcceptedAt ??= at;
        Append(CaseEventType.Reopened, at, actor, reason.Trim());
    }

    /// <summary>An inspector's finding, or a direction to the lead agency (task 4.5).</summary>
    public void RecordReviewFinding(string finding, bool directsLeadAgency, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireInReview();
        RequireReason(finding, directsLeadAgency ? StepInput.Direction : StepInput.ReviewFinding);
        Append(
            CaseEventType.ReviewFindingRecorded,
            at,
            actor,
            (directsLeadAgency ? "Chỉ đạo cơ quan chủ trì: " : "Kết quả rà soát: ") + finding.Trim(),
            agencyCode: directsLeadAgency ? LeadAgencyCode : Agencies.Agency.InspectorateCode,
            isPublic: false);
    }

    public void CloseReview(string conclusion, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireInReview();
        RequireReason(conclusion, StepInput.ReviewConclusion);
        ReviewClosedAt = at;
        Append(CaseEventType.ReviewClosed, at, actor, conclusion.Trim(), agencyCode: Agencies.Agency.InspectorateCode, isPublic: false);
    }

    public const int AnswerMaxLength = 20_000;

    private void RequireInReview()
    {
        if (!InReviewQueue)
        {
            throw new CaseRuleException(CaseRule.NotInReviewQueue);
        }
    }

    // Checked before a step changes anything, so a back-dated step is refused without leaving the case half-changed.
    private void RequireInOrder(DateTimeOffset at)
    {
        var last = _events.Count == 0 ? DateTimeOffset.MinValue : _events.Max(e => e.OccurredAt);
        if (at < last)
        {
            throw new CaseRuleException(CaseRule.OutOfOrder);
        }
    }

    private void RequireOpen(CaseAction step)
    {
        if (IsFinished)
        {
            throw new CaseRuleException(CaseRule.CaseFinished, step, Status);
        }
    }

    private void RequireStatus(CaseAction step, params CaseStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new CaseRuleException(CaseRule.StepNotAllowed, step, Status);
        }
    }

    private static void RequireReason(string? text, StepInput what, int maxLength = CaseEvent.NoteMaxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CaseRuleException(CaseRule.InputMissing, what);
        }

        if (text.Trim().Length > maxLength)
        {
            throw new CaseRuleException(CaseRule.InputTooLong, what, maxLength);
        }
    }

    private void Append(
        CaseEventType type,
        DateTimeOffset at,
        StaffActor? actor,
        string? note,
        string? agencyCode = null,
        bool isPublic = true,
        int? days = null,
        DateOnly? dueOn = null)
    {
        Append(CaseEvent.Create(type, at, agencyCode, note, actor?.UserId, isPublic, days, actor?.FullName, LeadAgencyCode, dueOn));
    }

    private void Append(CaseEvent entry)
    {
        RequireInOrder(entry.OccurredAt);
        _events.Add(entry);
        Version++;
    }
}
