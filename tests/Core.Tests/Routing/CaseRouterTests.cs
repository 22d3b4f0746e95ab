using DanVan.Feedback.Core.Data.Seed;
using DanVan.Feedback.Core.Routing;

namespace DanVan.Feedback.Core.Tests.Routing;

public sealed class CaseRouterTests
{
    private const string HongBang = "11311";
    private const string Corruption = "tham-nhung-nhung-nhieu";

    private static readonly ReferenceDirectory Shipped = SeedData.Directory();

    /// <summary>
    /// One example per shipped routing rule: an intake the rule must claim, and where the case must go.
    /// A new rule in routing-rules.csv needs a row here (see <see cref="SeededRules_EachRule_HasAnExampleRow"/>).
    /// </summary>
    private static readonly IReadOnlyDictionary<string, RuleExample> Examples = new RuleExample[]
    {
        new(
            "THAM-NHUNG-CO-QUAN",
            "an official of Sở Y tế is named in a corruption report, even with a commune given",
            new RoutingRequest { TopicCode = Corruption, ConcernedAgencyCode = "SYT", LocalityCode = HongBang },
            Lead: "SYT",
            Coordinators: [],
            Overseer: "TTTP",
            Task: "4.4"),
        new(
            "THAM-NHUNG-KKT",
            "corruption inside an industrial zone, no agency named",
            new RoutingRequest { TopicCode = Corruption, InIndustrialZone = true },
            Lead: "BQLKKT",
            Coordinators: [],
            Overseer: "TTTP",
            Task: "4.4"),
        new(
            "THAM-NHUNG-XA",
            "corruption in Phường Hồng Bàng, no agency named",
            new RoutingRequest { TopicCode = Corruption, LocalityCode = HongBang },
            Lead: "UBND-11311",
            Coordinators: [],
            Overseer: "TTTP",
            Task: "4.4"),
        new(
            "THAM-NHUNG-THANH-TRA",
            "corruption with neither agency nor place",
            new RoutingRequest { TopicCode = Corruption },
            Lead: "TTTP",
            Coordinators: [],
            Overseer: null,
            Task: "4.4"),
        new(
            "TO-CAO-CO-QUAN",
            "a denunciation of an official of Sở Y tế about a land matter: the agency that manages them leads",
            new RoutingRequest { Kind = DanVan.Feedback.Core.Cases.CaseKind.Denunciation, TopicCode = "dat-dai", ConcernedAgencyCode = "SYT", LocalityCode = HongBang, InIndustrialZone = true },
            Lead: "SYT",
            Coordinators: [],
            Overseer: "TTTP",
            Task: "4.4"),
        new(
            "KKT-NOI-KHU",
            "a land matter inside an industrial zone",
            new RoutingRequest { TopicCode = "dat-dai", LocalityCode = HongBang, InIndustrialZone = true },
            Lead: "BQLKKT",
            Coordinators: ["SKHCN"],
            Overseer: null,
            Task: "4.10"),
        new(
            "KKT-LINH-VUC",
            "the industrial-zone topic, the matter itself outside a zone",
            new RoutingRequest { TopicCode = "khu-cong-nghiep", InIndustrialZone = false },
            Lead: "BQLKKT",
            Coordinators: ["SKHCN"],
            Overseer: null,
            Task: "4.10"),
        new(
            "DIA-PHUONG",
            "public order in Phường Hồng Bàng",
            new RoutingRequest { TopicCode = "trat-tu-do-thi", LocalityCode = HongBang },
            Lead: "UBND-11311",
            Coordinators: [],
            Overseer: null,
            Task: "4.4"),
        new(
            "DIA-PHUONG-CHUA-RO-XA",
            "public order, commune not given: Sở Xây dựng owns the topic",
            new RoutingRequest { TopicCode = "trat-tu-do-thi" },
            Lead: "SXD",
            Coordinators: [],
            Overseer: null,
            Task: "4.4"),
        new(
            "CAP-THANH-PHO",
            "a land matter, a city field even with a commune given",
            new RoutingRequest { TopicCode = "dat-dai", LocalityCode = HongBang },
            Lead: "SNNMT",
            Coordinators: [],
            Overseer: null,
            Task: "4.4"),
        new(
            "DANH-GIA-DICH-VU",
            "a satisfaction rating of a service of Sở Tư pháp",
            new RoutingRequest { Subject = RoutingSubject.ServiceRating, RatedAgencyCode = "STP" },
            Lead: "STP",
            Coordinators: [],
            Overseer: "SNV",
            Task: "4.11"),
    }.ToDictionary(e => e.RuleCode, StringComparer.Ordinal);

    public static TheoryData<string> ExampleRuleCodes => new(Examples.Keys);

    [Theory]
    [MemberData(nameof(ExampleRuleCodes))]
    public void Route_ShippedRules_EachClaimsItsExample(string ruleCode)
    {
        // Arrange
        var example = Examples[ruleCode];

        // Act
        var decision = CaseRouter.Route(example.Request, Shipped.Rules, Shipped);

        // Assert
        Assert.True(decision.RuleCode == ruleCode, $"For {example.What}, rule {ruleCode} must decide; {decision.RuleCode} did.");
        Assert.True(decision.LeadAgencyCode == example.Lead, $"For {example.What}, {example.Lead} must lead; got {decision.LeadAgencyCode}.");
        Assert.True(
            decision.CoordinatingAgencyCodes.SequenceEqual(example.Coordinators),
            $"For {example.What}, the coordinators must be [{string.Join(", ", example.Coordinators)}]; got [{string.Join(", ", decision.CoordinatingAgencyCodes)}].");
        Assert.True(decision.OverseerAgencyCode == example.Overseer, $"For {example.What}, the overseer must be {example.Overseer ?? "none"}; got {decision.OverseerAgencyCode ?? "none"}.");
        Assert.True(decision.Task == example.Task, $"For {example.What}, the case counts under task {example.Task} of the decision; got {decision.Task}.");
    }

    [Fact]
    public void SeededRules_EachRule_HasAnExampleRow()
    {
        // Arrange
        var seeded = SeedData.RoutingRules().Select(r => r.Code).ToHashSet(StringComparer.Ordinal);

        // Act
        var untested = seeded.Except(Examples.Keys).Order(StringComparer.Ordinal).ToList();
        var stale = Examples.Keys.Except(seeded).Order(StringComparer.Ordinal).ToList();

        // Assert
        Assert.True(untested.Count == 0, $"Every shipped routing rule needs an example row proving where its cases go; missing: {string.Join(", ", untested)}.");
        Assert.True(stale.Count == 0, $"Example rows name rules that are no longer shipped: {string.Join(", ", stale)}.");
    }

    [Theory]
    [InlineData("khac", HongBang)]
    [InlineData("khac", null)]
    [InlineData("khong-co-linh-vuc-nay", null)]
    [InlineData(null, null)]
    public void Route_NoRuleClaims_GoesToTriageDesk(string? topicCode, string? localityCode)
    {
        // Arrange
        var request = new RoutingRequest { TopicCode = topicCode, LocalityCode = localityCode };

        // Act
        var decision = CaseRouter.Route(request, Shipped.Rules, Shipped);

        // Assert
        Assert.True(
            decision.LeadAgencyCode == "VPUBND" && decision.RuleCode == RoutingDecision.TriageRuleCode,
            $"A case no rule claims (topic '{topicCode}') goes to Văn phòng UBND thành phố's triage desk; got {decision.LeadAgencyCode} by {decision.RuleCode}.");
        Assert.Equal("4.4", decision.Task);
        Assert.Empty(decision.CoordinatingAgencyCodes);
        Assert.Null(decision.OverseerAgencyCode);
    }

    [Fact]
    public void Route_InactiveRule_IsSkipped()
    {
        // Arrange
        var rules = SeedData.RoutingRules();
        rules.Single(r => r.Code == "DIA-PHUONG").IsActive = false;
        var request = new RoutingRequest { TopicCode = "trat-tu-do-thi", LocalityCode = HongBang };

        // Act
        var decision = CaseRouter.Route(request, rules, Shipped);

        // Assert
        Assert.True(
            decision.RuleCode == "DIA-PHUONG-CHUA-RO-XA" && decision.LeadAgencyCode == "SXD",
            $"A switched-off rule must not route cases; with DIA-PHUONG off the topic owner SXD takes it, got {decision.LeadAgencyCode} by {decision.RuleCode}.");
    }

    [Fact]
    public void Route_FixedLeadIsUnknownAgency_PassesRuleOver()
    {
        // Arrange
        RoutingRule[] rules = [Fixed("SO-DA-GIAI-THE", priority: 1, lead: "STTTT"), Fixed("DU-PHONG", priority: 2, lead: "SYT")];

        // Act
        var decision = CaseRouter.Route(new RoutingRequest { TopicCode = "y-te" }, rules, Shipped);

        // Assert
        Assert.True(
            decision.RuleCode == "DU-PHONG" && decision.LeadAgencyCode == "SYT",
            $"A rule naming an agency that does not exist must not send a case nowhere; the next rule decides. Got {decision.LeadAgencyCode} by {decision.RuleCode}.");
    }

    [Theory]
    [InlineData("SO-KHONG-TON-TAI", null, "THAM-NHUNG-THANH-TRA", "TTTP")]
    [InlineData("SO-KHONG-TON-TAI", HongBang, "THAM-NHUNG-XA", "UBND-11311")]
    [InlineData(null, "99999", "THAM-NHUNG-THANH-TRA", "TTTP")]
    public void Route_CorruptionLeadCannotBeResolved_FallsToNextRule(string? concerned, string? locality, string expectedRule, string expectedLead)
    {
        // Arrange
        var request = new RoutingRequest { TopicCode = Corruption, ConcernedAgencyCode = concerned, LocalityCode = locality };

        // Act
        var decision = CaseRouter.Route(request, Shipped.Rules, Shipped);

        // Assert
        Assert.True(
            decision.RuleCode == expectedRule && decision.LeadAgencyCode == expectedLead,
            $"A corruption report naming unknown agency '{concerned}' in locality '{locality}' must still reach {expectedLead} by {expectedRule}; got {decision.LeadAgencyCode} by {decision.RuleCode}.");
    }

    [Fact]
    public void Route_LocalTopicInUnknownLocality_GoesToTopicOwner()
    {
        // Arrange
        var request = new RoutingRequest { TopicCode = "ha-tang-dia-phuong", LocalityCode = "99999" };

        // Act
        var decision = CaseRouter.Route(request, Shipped.Rules, Shipped);

        // Assert
        Assert.True(
            decision.RuleCode == "DIA-PHUONG-CHUA-RO-XA" && decision.LeadAgencyCode == "SXD",
            $"A local matter in a locality that is not Hải Phòng's goes to the department owning the topic; got {decision.LeadAgencyCode} by {decision.RuleCode}.");
    }

    [Fact]
    public void Route_TwoRulesHold_LowerPriorityNumberWins()
    {
        // Arrange: listed first and alphabetically first, but with the higher priority number.
        RoutingRule[] rules = [Fixed("A-SAU", priority: 20, lead: "SYT"), Fixed("B-TRUOC", priority: 10, lead: "SXD")];

        // Act
        var decision = CaseRouter.Route(new RoutingRequest { TopicCode = "y-te" }, rules, Shipped);

        // Assert
        Assert.True(
            decision.RuleCode == "B-TRUOC" && decision.LeadAgencyCode == "SXD",
            $"Rules are tried lowest priority number first, whatever their order or name; got {decision.LeadAgencyCode} by {decision.RuleCode}.");
    }

    [Theory]
    [InlineData("4.4")]
    [InlineData("4.10")]
    [InlineData("4.11")]
    public void Route_RuleDecides_RecordsItsTask(string task)
    {
        // Arrange
        RoutingRule[] rules = [Fixed("QUY-TAC", priority: 1, lead: "SNV", task: task)];

        // Act
        var decision = CaseRouter.Route(new RoutingRequest { TopicCode = "lao-dong-chinh-sach" }, rules, Shipped);

        // Assert
        Assert.True(decision.Task == task, $"The case must count under the task of the rule that routed it ({task}) in the dân vận scoring; got {decision.Task}.");
    }

    [Fact]
    public void Route_LeadAlsoNamedAsCoordinator_IsNotListedAsCoordinator()
    {
        // Arrange
        var rule = new RoutingRule
        {
            Code = "CO-QUAN-VA-PHOI-HOP",
            Priority = 1,
            Description = "test",
            Task = "4.4",
            LeadSelector = LeadSelector.ConcernedAgency,
            CoordinatingAgencyCodes = "SYT, SKHCN",
        };
        var request = new RoutingRequest { TopicCode = "y-te", ConcernedAgencyCode = "SYT" };

        // Act
        var decision = CaseRouter.Route(request, [rule], Shipped);

        // Assert
        Assert.True(decision.LeadAgencyCode == "SYT", $"The named agency leads; got {decision.LeadAgencyCode}.");
        Assert.True(
            decision.CoordinatingAgencyCodes.SequenceEqual(["SKHCN"]),
            $"The lead agency must not also be asked to coordinate with itself; coordinators were [{string.Join(", ", decision.CoordinatingAgencyCodes)}].");
    }

    [Fact]
    public void Route_ServiceRating_IsNotClaimedByCaseRules()
    {
        // Arrange: a topic and a commune that a case rule would claim.
        var request = new RoutingRequest
        {
            Subject = RoutingSubject.ServiceRating,
            TopicCode = "trat-tu-do-thi",
            LocalityCode = HongBang,
            RatedAgencyCode = "SXD",
        };

        // Act
        var decision = CaseRouter.Route(request, Shipped.Rules, Shipped);

        // Assert
        Assert.True(
            decision.RuleCode == "DANH-GIA-DICH-VU" && decision.LeadAgencyCode == "SXD",
            $"A service rating goes to the agency rated, under task 4.11, not to a case rule; got {decision.LeadAgencyCode} by {decision.RuleCode}.");
    }

    private static RoutingRule Fixed(string code, int priority, string lead, string task = "4.4") => new()
    {
        Code = code,
        Priority = priority,
        Description = code,
        Task = task,
        LeadSelector = LeadSelector.Fixed,
        LeadAgencyCode = lead,
    };

    private sealed record RuleExample(
        string RuleCode,
        string What,
        RoutingRequest Request,
        string Lead,
        IReadOnlyList<string> Coordinators,
        string? Overseer,
        string Task);
}
