using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Routing;

namespace DanVan.Feedback.Bench.CaseData;

/// <summary>
/// Realistic cases told through the domain itself: each is filed with <see cref="FeedbackCase.Receive"/>
/// and routed by the real <see cref="CaseRouter"/> over the seeded rules, then taken step by step
/// (transfer, thụ lý or refusal, assignment, requests for information, coordination, complexity,
/// suspension, extension, draft, return, approval, publication, close, Thanh tra's review) by the
/// seeded staff, each step a few days after the last, until the story ends or reaches "now". So a
/// case's status, events, AcceptedAt, AssignedOfficerId, answer and coordinators always agree, as the
/// entity's guards enforce, and its DueOn/ClockPaused are what the deadline calculator says today.
/// Old cases are therefore mostly closed or answered; recent ones are open in every state; a few
/// stall (never decided, never answered) and stay overdue, as some do in life.
/// </summary>
public sealed class CaseStories
{
    // Shares of all cases, roughly a city's mix: mostly phản ánh, then complaints, kiến nghị, denunciations.
    private static readonly (CaseKind Kind, double Weight)[] Kinds =
        [(CaseKind.Feedback, 55), (CaseKind.Recommendation, 15), (CaseKind.Complaint, 20), (CaseKind.Denunciation, 10)];

    private static readonly (CaseChannel Channel, double Weight)[] Channels =
        [(CaseChannel.Web, 40), (CaseChannel.Hotline, 15), (CaseChannel.Phone, 10), (CaseChannel.Sms, 5), (CaseChannel.Email, 10), (CaseChannel.InPerson, 15), (CaseChannel.Post, 5)];

    // Local matters (routed to the commune committee) are half the load; land and construction lead the city's share.
    private static readonly Dictionary<string, double> TopicWeights = new(StringComparer.Ordinal)
    {
        ["trat-tu-do-thi"] = 16, ["ve-sinh-moi-truong"] = 12, ["ha-tang-dia-phuong"] = 12, ["thu-tuc-cap-xa"] = 10,
        ["dat-dai"] = 9, ["o-nhiem-moi-truong"] = 4, ["nong-nghiep-thuy-loi"] = 2, ["xay-dung-nha-o"] = 6, ["giao-thong"] = 6,
        ["y-te"] = 3, ["giao-duc"] = 3, ["lao-dong-chinh-sach"] = 3, ["tai-chinh-gia-phi"] = 1.5, ["cong-thuong"] = 2,
        ["van-hoa-du-lich"] = 1, ["chuyen-doi-so"] = 1.5, ["tu-phap"] = 1, ["tham-nhung-nhung-nhieu"] = 1.5,
        ["khu-cong-nghiep"] = 1.5, ["khac"] = 2,
    };

    private readonly ReferenceDirectory _directory;
    private readonly StaffDirectory _staff;
    private readonly DeadlineRules _rules;
    private readonly DateTimeOffset _now;
    private readonly DateOnly _today;
    private readonly Random _random;
    private readonly double _publishPercent;
    private readonly PublishedAnswerText _publishedText;
    private readonly HashSet<string> _codes = [];
    private readonly Dictionary<CaseKind, (string Code, double Weight)[]> _topicsByKind;
    private readonly (string Code, double Weight)[] _localities;
    private readonly string[] _departments;

    /// <param name="publishPercent">Of the answered cases whose filer consented (never a denunciation), the share published.</param>
    public CaseStories(ReferenceDirectory directory, StaffDirectory staff, DeadlineRules rules, DateTimeOffset now, int seed, double publishPercent = 20)
    {
        _publishPercent = publishPercent;

        // The published texts draw from a stream of their own, so the share published changes nothing else of the mix.
        _publishedText = new PublishedAnswerText(directory, seed + 1);
        _directory = directory;
        _staff = staff;
        _rules = rules;
        _now = now.ToUniversalTime();
        _today = VietnamTime.ToLocalDate(now);
        _random = new Random(seed);

        // Complaints are mostly about land; denunciations often about corruption and harassment.
        _topicsByKind = Enum.GetValues<CaseKind>().ToDictionary(k => k, k => directory.Topics
            .Select(t => (t.Code, TopicWeights.GetValueOrDefault(t.Code, 1) * (k, t.Code) switch
            {
                (CaseKind.Complaint, "dat-dai") => 4,
                (CaseKind.Denunciation, "tham-nhung-nhung-nhieu") => 10,
                (CaseKind.Recommendation, "thu-tuc-cap-xa" or "chuyen-doi-so" or "tai-chinh-gia-phi") => 3,
                _ => 1.0,
            }))
            .ToArray());

        // Big wards file far more than small island communes: weight 1/sqrt(rank) over a seeded order (about 10:1).
        var order = directory.Localities.Select(l => l.Code).OrderBy(_ => _random.Next()).ToArray();
        _localities = [.. order.Select((code, rank) => (code, 1 / Math.Sqrt(rank + 1)))];
        _departments = [.. directory.Agencies.Where(a => a.Kind == AgencyKind.Department).Select(a => a.Code)];
    }

    /// <summary>Receipts spread over [from, now], growing over time (the last year has about twice the first's daily rate), sorted.</summary>
    public DateTimeOffset[] Receipts(int count, DateOnly from)
    {
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), VietnamTime.Offset);
        var span = (_now - start).TotalMinutes;
        var receipts = new DateTimeOffset[count];
        for (var i = 0; i < count; i++)
        {
            // Density rising linearly from 1 to 2 across the span: x = sqrt(1 + 3u) - 1.
            var x = Math.Sqrt(1 + (3 * _random.NextDouble())) - 1;
            var minute = start.AddMinutes(Math.Floor(x * span));
            var day = VietnamTime.ToLocalDate(minute);

            // People file on the web at any hour; the other channels are taken in office hours.
            receipts[i] = _random.Next(10) < 4
                ? minute.ToUniversalTime()
                : OfficeTime(day);
            if (receipts[i] > _now)
            {
                receipts[i] = _now.AddMinutes(-_random.Next(1, 600));
            }
        }

        Array.Sort(receipts);
        return receipts;
    }

    /// <summary>One case, received at <paramref name="receivedAt"/>, as far as its story has got by now.</summary>
    public FeedbackCase Tell(DateTimeOffset receivedAt)
    {
        var kind = Pick(Kinds);
        var topicCode = Pick(_topicsByKind[kind]);
        var topic = _directory.FindTopic(topicCode)!;
        var locality = _random.Next(100) < 5 ? null : Pick(_localities);
        var inIndustrialZone = _random.Next(100) < 3;
        var filerType = _random.Next(100) < 8 ? FilerType.Business : FilerType.Person;
        var text = _random.Next(SampleText.Titles.Length);
        var name = SampleText.FilerNames[_random.Next(SampleText.FilerNames.Length)];
        var roll = _random.Next(100);
        var intake = new CaseIntake
        {
            Kind = kind,
            Channel = Pick(Channels),
            TopicCode = topicCode,
            LocalityCode = locality,
            InIndustrialZone = inIndustrialZone,
            Title = SampleText.Titles[text],
            Description = SampleText.Descriptions[text % SampleText.Descriptions.Length],
            FilerType = filerType,
            FilerName = name,
            OrganisationName = filerType == FilerType.Business ? SampleText.Organisations[_random.Next(SampleText.Organisations.Length)] : null,
            Phone = roll < 85 ? $"09{_random.Next(100_000_000):D8}" : null,
            Email = roll >= 70 ? $"nguoidan{_random.Next(1_000_000)}@example.vn" : null,
            ConsentsToPublication = _random.Next(100) < 40,
            SignatoryCount = _random.Next(100) switch { < 97 => 1, < 99 => _random.Next(2, 5), _ => _random.Next(5, 60) },
        };
        var routing = CaseRouter.Route(
            new RoutingRequest
            {
                Kind = kind,
                TopicCode = topicCode,
                LocalityCode = locality,
                FilerType = filerType,
                InIndustrialZone = inIndustrialZone,

                // Half of those who report corruption name the agency of the official.
                ConcernedAgencyCode = topic.Scope == TopicScope.Special && _random.Next(2) == 0 ? _departments[_random.Next(_departments.Length)] : null,
            },
            _directory.Rules,
            _directory);

        var feedbackCase = FeedbackCase.Receive(intake, routing, NewCode(), receivedAt, kind == CaseKind.Denunciation ? SealedIdentity() : null);

        // As IntakeReviewRules flags at filing: corruption denunciations and mass filings go to Thanh tra's queue.
        if (kind == CaseKind.Denunciation && topic.Scope == TopicScope.Special)
        {
            feedbackCase.FlagForReview(ReviewReasons.Corruption, "Tố cáo hành vi tham nhũng, nhũng nhiễu, lạm thu", receivedAt);
        }
        else if (intake.SignatoryCount >= 5)
        {
            feedbackCase.FlagForReview(ReviewReasons.Mass, $"Đơn có {intake.SignatoryCount} người ký", receivedAt);
        }

        Continue(feedbackCase, receivedAt);
        feedbackCase.RefreshDeadline(_rules.StatusOf(CaseClock.From(feedbackCase), _today));
        return feedbackCase;
    }

    private void Continue(FeedbackCase c, DateTimeOffset at)
    {
        // Chuyển xử lý: the router's choice was not the competent agency.
        if (Chance(3) && Next(ref at, 0, 3) && Officer(c) is { } transferrer && TransferTarget(c) is { } target)
        {
            c.Transfer(target, "Nội dung thuộc thẩm quyền giải quyết của cơ quan khác", transferrer, at);
        }

        // Thụ lý, or not: some cases wait for the filer first, a few are never decided.
        if (Chance(0.5) || !Next(ref at, 0, 4) || Officer(c) is not { } officer)
        {
            return;
        }

        if (Chance(4))
        {
            c.RequestInformation("Đề nghị cung cấp địa chỉ cụ thể và hình ảnh hiện trường", officer, at);
            if (Chance(20))
            {
                // The filer never answered: refused for lack of information after a few weeks.
                if (Next(ref at, 15, 30))
                {
                    Refuse(c, officer, at);
                }

                return;
            }

            if (!Next(ref at, 2, 12))
            {
                return;
            }

            c.RecordInformation("Người gửi đã bổ sung thông tin qua Cổng", null, at);
            if (!Next(ref at, 0, 2))
            {
                return;
            }
        }

        var refusalShare = c.Kind switch { CaseKind.Complaint => 8, CaseKind.Denunciation => 10, _ => 3 };
        if (Chance(refusalShare))
        {
            Refuse(c, officer, at);
            return;
        }

        c.Accept(officer, at);
        Work(c, officer, at);
    }

    private void Work(FeedbackCase c, StaffActor officer, DateTimeOffset at)
    {
        var lead = _staff.Lead(c.LeadAgencyCode) ?? officer;
        if (Chance(75) && Next(ref at, 0, 1))
        {
            c.Assign(officer.UserId, officer.FullName, lead, at);
        }

        if (Chance(4) && Next(ref at, 1, 3) && Coordinator(c) is { } coordinating)
        {
            c.RequestCoordination(coordinating, "Đề nghị cho ý kiến về nội dung thuộc lĩnh vực quản lý", officer, at);
            if (Chance(80) && Next(ref at, 2, 7) && _staff.Officer(coordinating) is { } helper)
            {
                c.RecordCoordinationInput("Cơ quan đã có ý kiến bằng văn bản gửi kèm", helper, at);
            }
        }

        if (c.Kind == CaseKind.Complaint && Chance(15) && Next(ref at, 1, 5))
        {
            c.MarkComplex("Vụ việc có nhiều tình tiết, cần xác minh tại nhiều nơi", officer, at);
        }

        if (Chance(5) && Next(ref at, 2, 5))
        {
            c.RequestInformation("Đề nghị cung cấp bản sao giấy tờ liên quan", officer, at);
            if (Chance(15) || !Next(ref at, 2, 10))
            {
                return;
            }

            c.RecordInformation("Người gửi đã bổ sung giấy tờ", officer, at);
        }

        if (c.Kind is CaseKind.Complaint or CaseKind.Denunciation && Chance(5) && Next(ref at, 2, 10)
            && VietnamTime.ToLocalDate(at) >= FeedbackCase.SuspensionLawInForce)
        {
            c.Suspend("Chờ kết quả giám định của cơ quan chuyên môn", officer, at);
            if (Chance(20) || !Next(ref at, 5, 30))
            {
                return;
            }

            c.Resume("Đã có kết quả giám định", officer, at);
        }

        var limit = c.Kind switch { CaseKind.Complaint => c.IsComplex ? 45 : 30, CaseKind.Denunciation => 30, _ => 15 };
        if (c.Kind == CaseKind.Denunciation && Chance(15) && Next(ref at, limit / 2, limit - 2))
        {
            var policy = _rules.Policies.First(p => p.Kind == c.Kind && p.Stage == DeadlineStage.Resolution);
            c.Extend(_random.Next(10, 31), "Vụ việc phức tạp, cần thêm thời gian xác minh", policy, officer, at);
            limit += 30;
        }

        // A few are never answered; the rest are drafted within the limit, about one in ten late.
        if (Chance(1) || !Next(ref at, 2, Math.Max(3, limit * 23 / 20)))
        {
            return;
        }

        var answer = SampleText.Answers[_random.Next(SampleText.Answers.Length)];
        c.DraftAnswer(answer, officer, at);
        if (Chance(8) && Next(ref at, 0, 2))
        {
            c.ReturnAnswer("Đề nghị bổ sung căn cứ pháp lý", lead, at);
            if (!Next(ref at, 1, 3))
            {
                return;
            }

            c.DraftAnswer(answer, officer, at);
        }

        if (!Next(ref at, 0, 3))
        {
            return;
        }

        // As the Backoffice does after every step: the due date in force when the answer goes out is the one it keeps.
        c.RefreshDeadline(_rules.StatusOf(CaseClock.From(c), VietnamTime.ToLocalDate(at)));
        c.ApproveAnswer(lead, at, _rules.Calendar);
        var published = false;
        if (c.ConsentsToPublication && c.Kind != CaseKind.Denunciation && Chance(_publishPercent) && Next(ref at, 1, 5))
        {
            c.Publish(c.Title, _publishedText.For(c), officer, at);
            published = true;
        }

        if (Chance(92) && Next(ref at, published ? 0 : 2, 20))
        {
            c.Close("Kết thúc hồ sơ", officer, at);
            CloseReview(c, at);
        }
    }

    private void Refuse(FeedbackCase c, StaffActor officer, DateTimeOffset at)
    {
        var grounds = RefusalGround.For(c.Kind).ToArray();
        c.Refuse(grounds[_random.Next(grounds.Length)], "Cơ quan thông báo không thụ lý và hướng dẫn người gửi", officer, at);
        if (Chance(80) && Next(ref at, 0, 5))
        {
            c.Close("Kết thúc hồ sơ", officer, at);
            CloseReview(c, at);
        }
    }

    private void CloseReview(FeedbackCase c, DateTimeOffset at)
    {
        if (c.InReviewQueue && _staff.Inspector is { } inspector && Chance(85) && Next(ref at, 3, 30))
        {
            c.CloseReview("Cơ quan chủ trì đã giải quyết đúng quy định", inspector, at);
        }
    }

    private StaffActor? Officer(FeedbackCase c) => _staff.Officer(c.LeadAgencyCode);

    /// <summary>From a commune to the sở owning the topic, or from a sở to the commune; otherwise another sở.</summary>
    private string? TransferTarget(FeedbackCase c)
    {
        var lead = _directory.FindAgency(c.LeadAgencyCode);
        var candidate = lead?.Kind == AgencyKind.CommuneCommittee
            ? _directory.FindTopic(c.TopicCode)?.OwnerAgencyCode
            : c.LocalityCode is { } locality ? _directory.CommuneCommitteeOf(locality) : null;
        candidate ??= _departments[_random.Next(_departments.Length)];
        return candidate != c.LeadAgencyCode ? candidate : null;
    }

    private string? Coordinator(FeedbackCase c)
    {
        var code = _departments[_random.Next(_departments.Length)];
        return code != c.LeadAgencyCode && c.Coordinators.All(k => k.AgencyCode != code) ? code : null;
    }

    /// <summary>Moves <paramref name="at"/> on by a few days (to office hours) or minutes; false once that is after now.</summary>
    private bool Next(ref DateTimeOffset at, int minDays, int maxDays)
    {
        var days = _random.Next(minDays, maxDays + 1);
        var next = days == 0 ? at.AddMinutes(_random.Next(5, 240)) : OfficeTime(VietnamTime.ToLocalDate(at).AddDays(days));
        if (next > _now)
        {
            return false;
        }

        at = next;
        return true;
    }

    // 07:30–17:00 in Hải Phòng, stored in UTC as the app stores time.GetUtcNow().
    private DateTimeOffset OfficeTime(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(7, 30).AddMinutes(_random.Next(570))), VietnamTime.Offset).ToUniversalTime();

    private bool Chance(double percent) => _random.NextDouble() * 100 < percent;

    private T Pick<T>((T Value, double Weight)[] choices)
    {
        var roll = _random.NextDouble() * choices.Sum(c => c.Weight);
        foreach (var (value, weight) in choices)
        {
            roll -= weight;
            if (roll < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }

    private TrackingCode NewCode()
    {
        while (true)
        {
            var code = TrackingCode.NewRandom();
            if (_codes.Add(code.Value))
            {
                return code;
            }
        }
    }

    // Opaque, like a Data Protection payload ("CfDJ8…"); nothing here can open it, and nothing in the bench tries.
    private string SealedIdentity()
    {
        var bytes = new byte[180];
        _random.NextBytes(bytes);
        return "CfDJ8" + Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_').TrimEnd('=');
    }
}
