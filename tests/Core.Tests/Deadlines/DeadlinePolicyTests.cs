using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data.Seed;
using DanVan.Feedback.Core.Deadlines;

namespace DanVan.Feedback.Core.Tests.Deadlines;

public sealed class DeadlinePolicyTests
{
    [Fact]
    public void Problems_SoundPolicy_IsEmpty()
    {
        // Arrange
        var policy = ComplaintResolution();

        // Act
        var problems = policy.Problems();

        // Assert
        Assert.True(problems.Count == 0, $"Luật Khiếu nại 2011, Điều 28 as coded (30 / 45 / 45 / 60 from thụ lý) is sound; got: {string.Join(" ", problems)}.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Problems_LimitOfNoDays_IsReported(int days)
    {
        // Arrange
        var policy = ComplaintResolution(p => p.Days = days);

        // Act
        var problems = policy.Problems();

        // Assert
        Assert.True(problems.Any(p => p.Rule == PolicyRule.NoDays), $"Every legal limit gives at least one day; a limit of {days} must be reported; got: {string.Join(" ", problems)}.");
    }

    [Theory]
    [InlineData(20, null, null, LongerLimit.Complex, 20)]
    [InlineData(null, 25, null, LongerLimit.Remote, 25)]
    [InlineData(null, null, 29, LongerLimit.RemoteComplex, 29)]
    public void Problems_LongerCaseLimitShorterThanTheOrdinary_IsReported(int? complex, int? remote, int? remoteComplex, LongerLimit which, int days)
    {
        // Arrange
        var policy = ComplaintResolution(p =>
        {
            p.ComplexDays = complex;
            p.RemoteDays = remote;
            p.RemoteComplexDays = remoteComplex;
        });

        // Act
        var problems = policy.Problems();

        // Assert
        Assert.True(problems.Contains(new PolicyProblem(PolicyRule.LongerLimitShorter, [which, days, 30])), $"Luật Khiếu nại 2011, Điều 28 gives complex and remote cases longer, never shorter, than 30 days; the {which} limit must be reported; got: {string.Join(" ", problems)}.");
    }

    [Fact]
    public void Problems_RemoteComplexShorterThanRemote_IsReported()
    {
        // Arrange
        var policy = ComplaintResolution(p => p.RemoteComplexDays = 40);

        // Act
        var problems = policy.Problems();

        // Assert
        Assert.True(problems.Any(p => p.Rule == PolicyRule.RemoteComplexShorterThanEither), $"Luật Khiếu nại 2011, Điều 28: a complex case in a remote area gets the longest limit (60), not less than a remote one (45); got: {string.Join(" ", problems)}.");
    }

    [Fact]
    public void Problems_ExtensionOfZeroDays_IsReported()
    {
        // Arrange
        var policy = DenunciationResolution(p => p.MaxDaysPerExtension = 0);

        // Act
        var problems = policy.Problems();

        // Assert
        Assert.True(problems.Any(p => p.Rule == PolicyRule.ExtensionWithoutDays), $"Luật Tố cáo 2018, Điều 30 allows extensions of up to 30 days; an allowed extension of 0 days must be reported; got: {string.Join(" ", problems)}.");
    }

    [Fact]
    public void Problems_NegativeExtensions_AreReported()
    {
        // Arrange
        var policy = DenunciationResolution(p => p.MaxExtensions = -1);

        // Act
        var problems = policy.Problems();

        // Assert
        Assert.True(problems.Any(p => p.Rule == PolicyRule.NegativeExtensions), $"A number of extensions cannot be negative; got: {string.Join(" ", problems)}.");
    }

    [Theory]
    [InlineData(CaseKind.Complaint, "Luật Khiếu nại 2011, Điều 28")]
    [InlineData(CaseKind.Denunciation, "Luật Tố cáo 2018, Điều 30")]
    public void Problems_ResolutionCountedFromReceipt_IsReported(CaseKind kind, string law)
    {
        // Arrange
        var policy = ComplaintResolution(p =>
        {
            p.Kind = kind;
            p.StartsFrom = ClockStart.Receipt;
        });

        // Act
        var problems = policy.Problems();

        // Assert
        Assert.True(problems.Any(p => p.Rule == PolicyRule.ResolutionNotFromAcceptance), $"{law} counts the resolution limit from thụ lý, not from receipt; got: {string.Join(" ", problems)}.");
    }

    [Theory]
    [InlineData(false, false, 30)]
    [InlineData(true, false, 45)]
    [InlineData(false, true, 45)]
    [InlineData(true, true, 60)]
    public void DaysFor_ShippedFirstInstanceComplaint_FollowsArticle28(bool complex, bool remote, int expected)
    {
        // Arrange
        var policy = Shipped().Single(p => p.Code == "KHN-GIAI-QUYET-LAN-DAU");

        // Act
        var days = policy.DaysFor(complex, remote);

        // Assert
        Assert.True(days == expected, $"Luật Khiếu nại 2011, Điều 28: 30 days, 45 if complex; remote areas 45, or 60 if complex; complex={complex} remote={remote} should give {expected}, got {days}.");
    }

    [Theory]
    [InlineData(45, 40, 45, "remote 40 < complex 45")]
    [InlineData(40, 45, 45, "complex 40 < remote 45")]
    [InlineData(45, null, 45, "no remote limit")]
    [InlineData(null, 45, 45, "no complex limit")]
    public void DaysFor_ComplexRemoteCaseWithoutItsOwnLimit_GetsTheLongerOfComplexAndRemote(int? complex, int? remote, int expected, string why)
    {
        // Arrange
        var policy = ComplaintResolution(p =>
        {
            p.ComplexDays = complex;
            p.RemoteDays = remote;
            p.RemoteComplexDays = null;
        });

        // Act
        var days = policy.DaysFor(complex: true, remote: true);

        // Assert
        Assert.True(days == expected, $"A complex case in a remote area is entitled to at least what either flag alone gives (Luật Khiếu nại 2011, Điều 28); {why}: expected {expected}, got {days}.");
    }

    [Fact]
    public void Problems_EveryShippedPolicy_IsSound()
    {
        // Act
        var unsound = Shipped().Where(p => p.Problems().Count > 0).Select(p => $"{p.Code}: {string.Join(" ", p.Problems())}").ToList();

        // Assert
        Assert.True(unsound.Count == 0, $"The shipped deadline-policies.csv must agree with the law it cites; {string.Join("; ", unsound)}.");
    }

    [Fact]
    public void Shipped_EachKindAndStage_HasExactlyOnePolicy()
    {
        // Act
        var duplicates = Shipped().GroupBy(p => (p.Kind, p.Stage)).Where(g => g.Count() > 1).Select(g => $"{g.Key.Kind}/{g.Key.Stage}: {string.Join(", ", g.Select(p => p.Code))}").ToList();

        // Assert
        Assert.True(duplicates.Count == 0, $"The calculator takes the first policy of a kind and stage, so a second one would be silently ignored; duplicates: {string.Join("; ", duplicates)}.");
    }

    [Fact]
    public void Shipped_EveryPolicy_CitesItsLegalSource()
    {
        // Act
        var uncited = Shipped().Where(p => string.IsNullOrWhiteSpace(p.LegalSource)).Select(p => p.Code).ToList();

        // Assert
        Assert.True(uncited.Count == 0, $"Where a rule is data, the system shows the legal source next to it (DOMAIN.md); uncited: {string.Join(", ", uncited)}.");
    }

    [Fact]
    public void Shipped_EveryKindWithALaw_HasIntakeOrAcceptanceAndResolutionPolicies()
    {
        // Arrange
        var policies = Shipped();

        // Act
        var missing = new[] { CaseKind.Feedback, CaseKind.Recommendation, CaseKind.Complaint, CaseKind.Denunciation }
            .Where(kind =>
                !policies.Any(p => p.Kind == kind && p.Stage == DeadlineStage.Resolution)
                || !policies.Any(p => p.Kind == kind && p.Stage == (kind == CaseKind.Complaint ? DeadlineStage.Acceptance : DeadlineStage.Intake)))
            .ToList();

        // Assert
        Assert.True(missing.Count == 0, $"Every kind of DOMAIN.md has a first-stage and a resolution limit in its law; missing for: {string.Join(", ", missing)}.");
    }

    private static IReadOnlyList<DeadlinePolicy> Shipped() => SeedData.DeadlinePolicies();

    private static DeadlinePolicy ComplaintResolution(Action<DeadlinePolicy>? change = null)
    {
        var policy = new DeadlinePolicy
        {
            Code = "KHN-TEST",
            Kind = CaseKind.Complaint,
            Stage = DeadlineStage.Resolution,
            StartsFrom = ClockStart.Acceptance,
            Unit = DayUnit.CalendarDays,
            Days = 30,
            ComplexDays = 45,
            RemoteDays = 45,
            RemoteComplexDays = 60,
            LegalSource = "Luật Khiếu nại 2011, Điều 28",
        };
        change?.Invoke(policy);
        return policy;
    }

    private static DeadlinePolicy DenunciationResolution(Action<DeadlinePolicy>? change = null)
    {
        var policy = new DeadlinePolicy
        {
            Code = "TC-TEST",
            Kind = CaseKind.Denunciation,
            Stage = DeadlineStage.Resolution,
            StartsFrom = ClockStart.Acceptance,
            Unit = DayUnit.CalendarDays,
            Days = 30,
            MaxExtensions = 2,
            MaxDaysPerExtension = 30,
            LegalSource = "Luật Tố cáo 2018, Điều 30",
        };
        change?.Invoke(policy);
        return policy;
    }
}
