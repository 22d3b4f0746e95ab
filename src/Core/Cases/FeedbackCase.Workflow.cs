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
        RequireStatus("thụ lý", CaseStatus.Received);
        AcceptedAt = at;
        Status = CaseStatus.Accepted;
        Append(CaseEventType.Accepted, at, actor, string.IsNullOrWhiteSpace(note) ? "Đã thụ lý hồ sơ" : note.Trim());
    }

    /// <summary>Không thụ lý on a legal ground of the case's own law, with a message the filer is sent.</summary>
    public void Refuse(RefusalGround ground, string messageToFiler, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        ArgumentNullException.ThrowIfNull(ground);
        RequireStatus("từ chối thụ lý", CaseStatus.Received, CaseStatus.WaitingForFiler);
        if (AcceptedAt is not null)
        {
            throw new CaseRuleException("Hồ sơ đã được thụ lý nên không thể từ chối thụ lý.");
        }

        if (ground.Kind != Kind)
        {
            throw new CaseRuleException($"Căn cứ \"{ground.Text}\" không áp dụng cho loại hồ sơ này.");
        }

        RequireReason(messageToFiler, "nội dung thông báo cho người gửi");
        Status = CaseStatus.Refused;
        Append(CaseEventType.Refused, at, actor, ground.NoteFor(messageToFiler));
    }

    public void Assign(string officerId, string officerName, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        ArgumentException.ThrowIfNullOrWhiteSpace(officerId);
        RequireOpen("phân công");
        if (officerId == AssignedOfficerId)
        {
            throw new CaseRuleException($"Hồ sơ đang được giao cho {officerName}.");
        }

        AssignedOfficerId = officerId;
        AssignedOfficerName = officerName;
        Append(CaseEventType.Assigned, at, actor, $"Giao cho {officerName}", isPublic: false);
    }

    /// <summary>Asks the filer for information; the clock stops until they reply (DOMAIN.md).</summary>
    public void RequestInformation(string whatIsNeeded, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireStatus("đề nghị bổ sung thông tin", CaseStatus.Received, CaseStatus.Accepted);
        RequireReason(whatIsNeeded, "thông tin cần bổ sung");
        Status = CaseStatus.WaitingForFiler;
        Append(CaseEventType.InformationRequested, at, actor, whatIsNeeded.Trim());
    }

    /// <summary>The filer's reply arrived (through the Portal, or taken by an officer): the clock runs again.</summary>
    public void RecordInformation(string summary, StaffActor? actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireStatus("ghi nhận thông tin bổ sung", CaseStatus.WaitingForFiler);
        RequireReason(summary, "nội dung thông tin đã nhận");
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
        RequireStatus("gửi thông tin bổ sung", CaseStatus.WaitingForFiler);
        RequireReason(reply, "nội dung bổ sung", FilersReplyMaxLength);
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
        RequireStatus("chuyển xử lý", CaseStatus.Received);
        if (toAgencyCode == LeadAgencyCode)
        {
            throw new CaseRuleException("Hồ sơ đang do chính cơ quan này xử lý; vui lòng chọn cơ quan khác.");
        }

        RequireReason(reason, "lý do chuyển");
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
        RequireOpen("đề nghị phối hợp");
        if (Status == CaseStatus.Answered)
        {
            throw new CaseRuleException("Hồ sơ đã được trả lời; không thể đề nghị phối hợp.");
        }

        if (agencyCode == LeadAgencyCode || _coordinators.Any(c => c.AgencyCode == agencyCode))
        {
            throw new CaseRuleException("Cơ quan này đã chủ trì hoặc đã được đề nghị phối hợp trong hồ sơ.");
        }

        RequireReason(request, "nội dung đề nghị phối hợp");
        _coordinators.Add(new CaseCoordinator(agencyCode));
        Append(CaseEventType.CoordinationRequested, at, actor, request.Trim(), agencyCode: agencyCode, isPublic: false);
    }

    /// <summary>A coordinating agency's input (ý kiến phối hợp), recorded by one of its staff.</summary>
    public void RecordCoordinationInput(string input, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpen("ghi ý kiến phối hợp");
        if (_coordinators.All(c => c.AgencyCode != actor.AgencyCode))
        {
            throw new CaseRuleException("Cơ quan của quý vị không được đề nghị phối hợp trong hồ sơ này.");
        }

        RequireReason(input, "ý kiến phối hợp");
        Append(CaseEventType.CoordinationInputRecorded, at, actor, input.Trim(), agencyCode: actor.AgencyCode, isPublic: false);
    }

    /// <summary>The longer limit of the case's law applies from now (DOMAIN.md lists what makes a case complex).</summary>
    public void MarkComplex(string reason, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireStatus("xác định vụ việc phức tạp", CaseStatus.Received, CaseStatus.Accepted, CaseStatus.WaitingForFiler, CaseStatus.Suspended);
        if (IsComplex)
        {
            throw new CaseRuleException("Hồ sơ đã được xác định là vụ việc phức tạp.");
        }

        RequireReason(reason, "lý do xác định phức tạp");
        IsComplex = true;
        Append(CaseEventType.MarkedComplex, at, actor, reason.Trim());
    }

    /// <summary>Gia hạn within the bound of the resolution policy: how many extensions, how long each.</summary>
    public void Extend(int days, string reason, DeadlinePolicy? resolutionPolicy, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireStatus("gia hạn", CaseStatus.Accepted, CaseStatus.WaitingForFiler, CaseStatus.Suspended);
        if (AcceptedAt is null)
        {
            throw new CaseRuleException("Chỉ gia hạn được hồ sơ đã thụ lý.");
        }

        if (resolutionPolicy is null || resolutionPolicy.MaxExtensions == 0)
        {
            throw new CaseRuleException("Pháp luật không quy định gia hạn thời hạn giải quyết đối với loại hồ sơ này.");
        }

        if (days < 1 || days > resolutionPolicy.MaxDaysPerExtension)
        {
            throw new CaseRuleException(
                $"Mỗi lần gia hạn từ 1 đến {resolutionPolicy.MaxDaysPerExtension} ngày ({resolutionPolicy.LegalSource}).");
        }

        // Counted by local day from the last reopening, exactly as DeadlineCalculator counts them.
        var reopenedOn = _events.Where(e => e.Type == CaseEventType.Reopened).Select(e => (DateOnly?)VietnamTime.ToLocalDate(e.OccurredAt)).Max() ?? DateOnly.MinValue;
        var used = _events.Count(e => e.Type == CaseEventType.Extended && VietnamTime.ToLocalDate(e.OccurredAt) >= reopenedOn);
        if (used >= resolutionPolicy.MaxExtensions)
        {
            throw new CaseRuleException(
                $"Hồ sơ đã được gia hạn {used} lần, là số lần tối đa theo {resolutionPolicy.LegalSource}.");
        }

        RequireReason(reason, "lý do gia hạn");
        Append(CaseEventType.Extended, at, actor, reason.Trim(), days: days);
    }

    /// <summary>Tạm đình chỉ (Luật 136/2025/QH15, from 1/7/2026) of a complaint or denunciation: the clock stops.</summary>
    public void Suspend(string reason, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireStatus("tạm đình chỉ", CaseStatus.Accepted);
        if (Kind is not (CaseKind.Complaint or CaseKind.Denunciation))
        {
            throw new CaseRuleException("Chỉ tạm đình chỉ được việc giải quyết khiếu nại, tố cáo.");
        }

        if (VietnamTime.ToLocalDate(at) < SuspensionLawInForce)
        {
            throw new CaseRuleException("Tạm đình chỉ chỉ áp dụng từ ngày 01/7/2026 (Luật số 136/2025/QH15).");
        }

        RequireReason(reason, "lý do tạm đình chỉ");
        Status = CaseStatus.Suspended;
        Append(CaseEventType.Suspended, at, actor, reason.Trim());
    }

    public void Resume(string note, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireStatus("tiếp tục giải quyết", CaseStatus.Suspended);
        RequireReason(note, "lý do tiếp tục giải quyết");
        Status = CaseStatus.Accepted;
        Append(CaseEventType.Resumed, at, actor, note.Trim());
    }

    /// <summary>An officer's draft answer, in Markdown; it goes to the filer only once a lead approves it.</summary>
    public void DraftAnswer(string markdown, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireStatus("soạn dự thảo trả lời", CaseStatus.Accepted, CaseStatus.AwaitingApproval);
        RequireReason(markdown, "nội dung dự thảo trả lời", AnswerMaxLength);

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
        RequireStatus("duyệt trả lời", CaseStatus.AwaitingApproval);
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
        RequireStatus("trả lại dự thảo", CaseStatus.AwaitingApproval);
        RequireReason(reason, "lý do trả lại dự thảo");
        Status = CaseStatus.Accepted;
        Append(CaseEventType.AnswerReturned, at, actor, reason.Trim(), isPublic: false);
    }

    /// <summary>Publishes the answer and a title, both redacted of personal data; only with the consent the filer gave at intake (DOMAIN.md).</summary>
    public void Publish(string redactedTitle, string redactedMarkdown, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireStatus("công khai câu trả lời", CaseStatus.Answered, CaseStatus.Closed);
        if (AnswerText is null)
        {
            throw new CaseRuleException("Hồ sơ chưa có câu trả lời để công khai.");
        }

        if (!ConsentsToPublication)
        {
            throw new CaseRuleException("Người gửi không đồng ý công khai câu trả lời; không thể công khai.");
        }

        if (Kind == CaseKind.Denunciation)
        {
            throw new CaseRuleException("Không công khai kết quả giải quyết tố cáo trên Cổng để bảo vệ người tố cáo.");
        }

        RequireReason(redactedTitle, "tiêu đề công khai (đã lược bỏ thông tin cá nhân)", TitleMaxLength);
        RequireReason(redactedMarkdown, "nội dung công khai (đã lược bỏ thông tin cá nhân)", AnswerMaxLength);
        PublishedTitle = redactedTitle.Trim();
        PublishedAnswer = redactedMarkdown.Trim();
        PublishedAt = at;
        Append(CaseEventType.AnswerPublished, at, actor, "Câu trả lời được công khai trên Cổng");
    }

    public void Close(string note, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireStatus("kết thúc hồ sơ", CaseStatus.Answered, CaseStatus.Refused);
        Status = CaseStatus.Closed;
        Append(CaseEventType.Closed, at, actor, string.IsNullOrWhiteSpace(note) ? "Kết thúc hồ sơ" : note.Trim());
    }

    /// <summary>The filer disputes the answer: a new resolution period starts (the answer stays in the history).</summary>
    public void Reopen(string reason, StaffActor? actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireStatus("mở lại hồ sơ", CaseStatus.Answered, CaseStatus.Closed);
        if (AnswerText is null)
        {
            throw new CaseRuleException("Chỉ mở lại được hồ sơ đã có câu trả lời.");
        }

        RequireReason(reason, "lý do mở lại");
        Status = CaseStatus.Accepted;
        AcceptedAt ??= at;
        Append(CaseEventType.Reopened, at, actor, reason.Trim());
    }

    /// <summary>An inspector's finding, or a direction to the lead agency (task 4.5).</summary>
    public void RecordReviewFinding(string finding, bool directsLeadAgency, StaffActor actor, DateTimeOffset at)
    {
        RequireInOrder(at);
        RequireInReview();
        RequireReason(finding, directsLeadAgency ? "nội dung chỉ đạo" : "kết quả rà soát");
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
        RequireReason(conclusion, "kết luận rà soát");
        ReviewClosedAt = at;
        Append(CaseEventType.ReviewClosed, at, actor, conclusion.Trim(), agencyCode: Agencies.Agency.InspectorateCode, isPublic: false);
    }

    public const int AnswerMaxLength = 20_000;

    private void RequireInReview()
    {
        if (!InReviewQueue)
        {
            throw new CaseRuleException("Hồ sơ không ở trong danh sách rà soát của Thanh tra thành phố.");
        }
    }

    // Checked before a step changes anything, so a back-dated step is refused without leaving the case half-changed.
    private void RequireInOrder(DateTimeOffset at)
    {
        var last = _events.Count == 0 ? DateTimeOffset.MinValue : _events.Max(e => e.OccurredAt);
        if (at < last)
        {
            throw new CaseRuleException("Thời điểm ghi nhận sớm hơn sự kiện trước đó của hồ sơ.");
        }
    }

    private void RequireOpen(string action)
    {
        if (IsFinished)
        {
            throw new CaseRuleException($"Hồ sơ đã {StatusLabel(Status)}; không thể {action}.");
        }
    }

    private void RequireStatus(string action, params CaseStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new CaseRuleException($"Không thể {action} khi hồ sơ {StatusLabel(Status)}.");
        }
    }

    private static void RequireReason(string? text, string what, int maxLength = CaseEvent.NoteMaxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CaseRuleException($"Vui lòng nhập {what}.");
        }

        if (text.Trim().Length > maxLength)
        {
            throw new CaseRuleException($"Phần {what} không quá {maxLength} ký tự.");
        }
    }

    private static string StatusLabel(CaseStatus status) => status switch
    {
        CaseStatus.Received => "đang chờ thụ lý",
        CaseStatus.Accepted => "đang được giải quyết",
        CaseStatus.WaitingForFiler => "đang chờ người gửi bổ sung thông tin",
        CaseStatus.Suspended => "đang tạm đình chỉ",
        CaseStatus.AwaitingApproval => "đang chờ lãnh đạo duyệt trả lời",
        CaseStatus.Answered => "đã được trả lời",
        CaseStatus.Refused => "không được thụ lý",
        CaseStatus.Closed => "đã kết thúc",
        _ => status.ToString(),
    };

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
