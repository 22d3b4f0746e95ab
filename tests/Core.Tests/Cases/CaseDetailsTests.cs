using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Routing;

namespace DanVan.Feedback.Core.Tests.Cases;

/// <summary>What the domain accepts as the details of a khiếu nại or tố cáo, whatever form or channel sends them.</summary>
public sealed class CaseDetailsTests
{
    private static readonly DateOnly Today = new(2026, 2, 12);

    private static readonly RoutingDecision Routing = new("UBND-11311", [], null, "DIA-PHUONG", "4.4");

    [Theory]
    [InlineData("2025-11-14", false, "exactly 90 days before is still within the limit")]
    [InlineData("2025-11-13", true, "91 days before is past it")]
    [InlineData("2026-02-12", false, "learned today")]
    public void IsPastFilingLimit_CountsNinetyDaysFromLearning(string learnedOn, bool expected, string why)
    {
        Assert.True(ComplaintDetails.IsPastFilingLimit(DateOnly.Parse(learnedOn, System.Globalization.CultureInfo.InvariantCulture), Today) == expected, why);
    }

    [Fact]
    public void Create_WithoutConfirmingOwnRights_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => Complaint(concernsOwnRights: false));
        Assert.Equal("concernsOwnRights", error.ParamName);
    }

    [Fact]
    public void Create_WithNeitherDecisionNorAct_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Complaint(decisionNumber: " ", act: null));
    }

    [Fact]
    public void Create_ForSomeoneElseWithoutTheirName_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Complaint(representation: Representation.Authorised, representedName: ""));
    }

    [Fact]
    public void Create_LearnedInTheFuture_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Complaint(learnedOn: Today.AddDays(1)));
    }

    [Theory]
    [InlineData("decisionNumber", ComplaintDetails.DecisionNumberMaxLength)]
    [InlineData("request", ComplaintDetails.RequestMaxLength)]
    [InlineData("issuedBy", ComplaintDetails.IssuedByMaxLength)]
    public void Create_TextPastItsLimit_IsRefused(string field, int limit)
    {
        var tooLong = new string('ă', limit + 1);
        var error = Assert.Throws<ArgumentException>(() => field switch
        {
            "decisionNumber" => Complaint(decisionNumber: tooLong),
            "request" => Complaint(request: tooLong),
            _ => Complaint(issuedBy: tooLong),
        });
        Assert.Equal(field, error.ParamName);
    }

    [Fact]
    public void Create_ForOneself_DropsARepresentedNameAndTrims()
    {
        var details = Complaint(representation: Representation.Self, representedName: "Ai đó", request: "  Hủy quyết định.  ");
        Assert.Null(details.RepresentedName);
        Assert.Equal("Hủy quyết định.", details.Request);
    }

    [Fact]
    public void CaseTitle_NamesTheDecisionOrTheActAndWhoIssuedIt()
    {
        Assert.Equal("Khiếu nại Quyết định số 125/QĐ-UBND của UBND phường Hồng Bàng", Complaint().CaseTitle());
        Assert.Equal("Khiếu nại hành vi hành chính của UBND phường Hồng Bàng", Complaint(decisionNumber: null, act: "Cán bộ không nhận hồ sơ.").CaseTitle());
        Assert.True(Complaint(issuedBy: new string('a', ComplaintDetails.IssuedByMaxLength)).CaseTitle().Length <= FeedbackCase.TitleMaxLength);
    }

    [Fact]
    public void DenunciationDetails_WithoutWhomItNames_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => DenunciationDetails.Create(" ", null, "UBND phường", null, null));
        Assert.Throws<ArgumentException>(() => DenunciationDetails.Create("Lê Văn Cường", null, "", null, null));
        Assert.Throws<ArgumentException>(() => DenunciationDetails.Create("Lê Văn Cường", null, "UBND phường", null, new string('a', DenunciationDetails.EvidenceMaxLength + 1)));
    }

    [Fact]
    public void Receive_DenunciationWithDetailsButNoAddress_IsRefused()
    {
        // Luật Tố cáo 2018, Điều 22: full name and address, both sealed.
        var intake = Intake(CaseKind.Denunciation) with { Denunciation = Denounced(), Address = null };
        Assert.Throws<ArgumentException>(() => FeedbackCase.Receive(intake, Routing, TrackingCode.NewRandom(), DateTimeOffset.UnixEpoch, "sealed"));
    }

    [Fact]
    public void Receive_DenunciationWithDetails_GetsATitleThatNamesNobody()
    {
        var intake = Intake(CaseKind.Denunciation) with { Denunciation = Denounced(), Address = "Số 8 ngõ 12", Title = "Tố cáo Lê Văn Cường" };
        var received = FeedbackCase.Receive(intake, Routing, TrackingCode.NewRandom(), DateTimeOffset.UnixEpoch, "sealed");
        Assert.Equal(DenunciationDetails.DenunciationTitle, received.Title);
        Assert.True(received.Filer.IsWithheld);
    }

    [Fact]
    public void Receive_AnonymousReport_IsAPhanAnhWithAnAnonymousFilerAndNoSeal()
    {
        var intake = Intake(CaseKind.Feedback) with { IsAnonymousReport = true, Denunciation = Denounced(), FilerName = "", Phone = null };
        var received = FeedbackCase.Receive(intake, Routing, TrackingCode.NewRandom(), DateTimeOffset.UnixEpoch);
        Assert.True(received.IsAnonymousReport);
        Assert.Equal(Filer.AnonymousName, received.Filer.FullName);
        Assert.Null(received.Filer.Phone);
        Assert.Null(received.SealedIdentity);
    }

    [Theory]
    [InlineData(CaseKind.Denunciation, true, false, "an anonymous report is a phản ánh, never a denunciation")]
    [InlineData(CaseKind.Feedback, true, true, "an anonymous report needs the details of the violation")]
    [InlineData(CaseKind.Feedback, false, false, "complaint details on a phản ánh")]
    public void Receive_DetailsOfAnotherKind_AreRefused(CaseKind kind, bool anonymous, bool withoutDetails, string why)
    {
        var intake = Intake(kind) with
        {
            IsAnonymousReport = anonymous,
            Denunciation = anonymous && !withoutDetails ? Denounced() : null,
            Complaint = anonymous ? null : Complaint(),
        };
        var error = Record.Exception(() => FeedbackCase.Receive(intake, Routing, TrackingCode.NewRandom(), DateTimeOffset.UnixEpoch, "sealed"));
        Assert.True(error is ArgumentException, why);
    }

    private static ComplaintDetails Complaint(
        string? decisionNumber = "125/QĐ-UBND",
        string? act = null,
        string issuedBy = "UBND phường Hồng Bàng",
        DateOnly? learnedOn = null,
        string request = "Đề nghị hủy quyết định.",
        bool concernsOwnRights = true,
        Representation representation = Representation.Self,
        string? representedName = null) =>
        ComplaintDetails.Create(decisionNumber, new DateOnly(2026, 1, 15), act, issuedBy, learnedOn ?? new DateOnly(2026, 1, 20), request,
            "Số 12 phố Hoàng Văn Thụ", concernsOwnRights, representation, representedName, today: Today);

    private static DenunciationDetails Denounced() => DenunciationDetails.Create("Lê Văn Cường", "Cán bộ địa chính", "UBND phường Hồng Bàng", null, "Tin nhắn");

    private static CaseIntake Intake(CaseKind kind) => new()
    {
        Kind = kind,
        Channel = CaseChannel.Web,
        TopicCode = "thu-tuc-cap-xa",
        Title = "Tiêu đề",
        Description = "Cán bộ địa chính yêu cầu nộp thêm tiền ngoài lệ phí.",
        FilerType = FilerType.Person,
        FilerName = "Phạm Thị Hoa",
        Phone = "0987654321",
    };
}
