using System.Text.RegularExpressions;
using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Data.Seed;
using DanVan.Feedback.Core.Routing;

namespace DanVan.Feedback.Core.Tests.Data.Seed;

public sealed class SeedDataTests
{
    private static readonly string[] DecisionTasks = ["4.4", "4.10", "4.11"];

    private readonly IReadOnlyList<Locality> _localities = SeedData.Localities();
    private readonly IReadOnlyList<Agency> _agencies = SeedData.Agencies();
    private readonly IReadOnlyList<Topic> _topics = SeedData.Topics();
    private readonly IReadOnlyList<RoutingRule> _rules = SeedData.RoutingRules();

    [Fact]
    public void Localities_Shipped_Are114WardsCommunesAndSpecialZones()
    {
        // Arrange, Act
        var wards = _localities.Count(l => l.Type == LocalityType.Ward);
        var communes = _localities.Count(l => l.Type == LocalityType.Commune);
        var specialZones = _localities.Where(l => l.Type == LocalityType.SpecialZone).Select(l => l.Code).Order(StringComparer.Ordinal).ToList();

        // Assert
        Assert.True(_localities.Count == 114, $"Nghị quyết 1669/NQ-UBTVQH15 gives Hải Phòng 114 commune-level units from 1/7/2025; seeded {_localities.Count}.");
        Assert.True(wards == 45, $"Hải Phòng has 45 phường; seeded {wards}.");
        Assert.True(communes == 67, $"Hải Phòng has 67 xã; seeded {communes}.");
        Assert.True(specialZones.SequenceEqual(["11914", "11948"]), $"Hải Phòng has two đặc khu, Cát Hải (11914) and Bạch Long Vĩ (11948); seeded [{string.Join(", ", specialZones)}].");
    }

    [Fact]
    public void Localities_Codes_AreUniqueFiveDigitNationalCodes()
    {
        // Arrange, Act
        var malformed = _localities.Where(l => !Regex.IsMatch(l.Code, @"^\d{5}$")).Select(l => l.Code).ToList();
        var repeated = _localities.GroupBy(l => l.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        // Assert
        Assert.True(malformed.Count == 0, $"Commune-level codes are five digits (CV 1027/CTK-CSCL); malformed: {string.Join(", ", malformed)}.");
        Assert.True(repeated.Count == 0, $"Each national code names one locality; repeated: {string.Join(", ", repeated)}.");
    }

    [Fact]
    public void Localities_Names_BeginWithTheirType()
    {
        // Arrange, Act
        var mismatched = _localities
            .Where(l => !l.Name.StartsWith(
                l.Type switch
                {
                    LocalityType.Ward => "Phường ",
                    LocalityType.Commune => "Xã ",
                    _ => "Đặc khu ",
                },
                StringComparison.Ordinal))
            .Select(l => $"{l.Code} {l.Name} ({l.Type})")
            .ToList();

        // Assert
        Assert.True(mismatched.Count == 0, $"The official name carries the unit's type (\"Phường Hồng Bàng\"); mismatched: {string.Join("; ", mismatched)}.");
    }

    [Fact]
    public void Agencies_EveryLocality_HasExactlyOneCommuneCommittee()
    {
        // Arrange
        var committees = _agencies.Where(a => a.Kind == AgencyKind.CommuneCommittee).ToList();

        // Act
        var wrongCount = _localities
            .Select(l => (l.Code, Count: committees.Count(a => a.LocalityCode == l.Code)))
            .Where(x => x.Count != 1)
            .Select(x => $"{x.Code}: {x.Count}")
            .ToList();
        var orphans = committees.Where(a => _localities.All(l => l.Code != a.LocalityCode)).Select(a => a.Code).ToList();

        // Assert
        Assert.True(wrongCount.Count == 0, $"Each ward, commune and special zone answers through its own UBND; wrong counts: {string.Join(", ", wrongCount)}.");
        Assert.True(orphans.Count == 0, $"A commune committee must govern a seeded locality; orphans: {string.Join(", ", orphans)}.");
    }

    [Fact]
    public void Agencies_CommuneCommittees_AreNamedWithLowerCaseUnitType()
    {
        // Arrange
        var localities = _localities.ToDictionary(l => l.Code);

        // Act
        var misnamed = _agencies
            .Where(a => a.Kind == AgencyKind.CommuneCommittee)
            .Where(a =>
            {
                var locality = localities[a.LocalityCode!];
                var lowerFirst = char.ToLower(locality.Name[0], ReferenceDirectory.VietnameseCulture) + locality.Name[1..];
                return a.Name != "Ủy ban nhân dân " + lowerFirst
                    || !Regex.IsMatch(a.Name, "^Ủy ban nhân dân (phường|xã|đặc khu) ");
            })
            .Select(a => a.Name)
            .ToList();

        // Assert
        Assert.True(misnamed.Count == 0, $"A commune committee is named \"Ủy ban nhân dân phường/xã/đặc khu <place>\", the unit type in lower case inside the name; misnamed: {string.Join("; ", misnamed.Take(5))}.");
    }

    [Fact]
    public void Agencies_CommuneCommitteeOfHongBang_HasItsOfficialName()
    {
        // Arrange, Act
        var hongBang = _agencies.SingleOrDefault(a => a.Code == "UBND-11311");
        var catHai = _agencies.SingleOrDefault(a => a.Code == "UBND-11914");

        // Assert
        Assert.Equal("Ủy ban nhân dân phường Hồng Bàng", hongBang?.Name);
        Assert.Equal("Ủy ban nhân dân đặc khu Cát Hải", catHai?.Name);
    }

    [Fact]
    public void Agencies_CollectiveCommuneCommittee_IsNotSeeded()
    {
        // Arrange, Act
        var collective = _agencies.Where(a => a.Code == "UBNDCX" || a.Name == "Ủy ban nhân dân cấp xã").ToList();

        // Assert
        Assert.True(collective.Count == 0, "\"Ủy ban nhân dân cấp xã\" is 114 committees, not one agency; a case must reach the committee of its own commune.");
    }

    [Fact]
    public void Agencies_Codes_AreUnique()
    {
        // Arrange, Act
        var repeated = _agencies.GroupBy(a => a.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        // Assert
        Assert.True(repeated.Count == 0, $"An agency code names one agency; repeated: {string.Join(", ", repeated)}.");
    }

    [Fact]
    public void Agencies_InformationAndCommunicationsDepartment_IsNotSeeded()
    {
        // Arrange, Act
        var abolished = _agencies
            .Where(a => a.Code == "STTTT" || a.Name.Contains("Thông tin và Truyền thông", StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Name)
            .ToList();

        // Assert
        Assert.True(abolished.Count == 0, $"Sở Thông tin và Truyền thông no longer exists after the 2025 merger (its digital work went to Sở Khoa học và Công nghệ); seeded: {string.Join(", ", abolished)}.");
    }

    [Fact]
    public void Agencies_TriageDeskAndInspectorate_AreSeeded()
    {
        // Arrange, Act
        var triage = _agencies.SingleOrDefault(a => a.Code == Agency.TriageDeskCode);
        var inspectorate = _agencies.SingleOrDefault(a => a.Code == Agency.InspectorateCode);

        // Assert
        Assert.True(triage?.Kind == AgencyKind.CityOffice, "Văn phòng UBND thành phố takes every case no rule claims, so it must exist.");
        Assert.True(inspectorate?.Kind == AgencyKind.Inspectorate, "Thanh tra thành phố oversees corruption cases, so it must exist.");
    }

    [Fact]
    public void Topics_Count_IsBetweenFifteenAndTwenty()
    {
        // Arrange, Act
        var count = _topics.Count;

        // Assert
        Assert.True(count is >= 15 and <= 20, $"A filer picks a topic from one short list: 15 to 20 topics; seeded {count}.");
    }

    [Fact]
    public void Topics_Owners_AreSeededAgencies()
    {
        // Arrange
        var agencyCodes = _agencies.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);

        // Act
        var unowned = _topics.Where(t => !agencyCodes.Contains(t.OwnerAgencyCode)).Select(t => $"{t.Code} → {t.OwnerAgencyCode}").ToList();

        // Assert
        Assert.True(unowned.Count == 0, $"Every topic is owned by an agency that can answer for it; unknown owners: {string.Join(", ", unowned)}.");
    }

    [Fact]
    public void Topics_CodesAndNames_AreUniqueAndFilled()
    {
        // Arrange, Act
        var repeated = _topics.GroupBy(t => t.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var blank = _topics.Where(t => string.IsNullOrWhiteSpace(t.Name) || string.IsNullOrWhiteSpace(t.NameEn) || string.IsNullOrWhiteSpace(t.Hint)).Select(t => t.Code).ToList();

        // Assert
        Assert.True(repeated.Count == 0, $"A topic code names one topic; repeated: {string.Join(", ", repeated)}.");
        Assert.True(blank.Count == 0, $"The public sees each topic's name (Vietnamese and English) and hint; blank in: {string.Join(", ", blank)}.");
    }

    [Fact]
    public void RoutingRules_Tasks_AreTasksOfTheDecision()
    {
        // Arrange, Act
        var wrong = _rules.Where(r => !DecisionTasks.Contains(r.Task)).Select(r => $"{r.Code}: '{r.Task}'").ToList();

        // Assert
        Assert.True(wrong.Count == 0, $"Each rule implements task 4.4, 4.10 or 4.11 of the dân vận decision; wrong: {string.Join(", ", wrong)}.");
    }

    [Fact]
    public void RoutingRules_Codes_AreUnique()
    {
        // Arrange, Act
        var repeated = _rules.GroupBy(r => r.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        // Assert
        Assert.True(repeated.Count == 0, $"A case records the rule that routed it by code, so codes are unique; repeated: {string.Join(", ", repeated)}.");
    }

    [Fact]
    public void RoutingRules_References_AreSeededTopicsAndAgencies()
    {
        // Arrange
        var agencyCodes = _agencies.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var topicCodes = _topics.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);

        // Act
        var broken = _rules
            .SelectMany(r => new[]
                {
                    r.TopicCode is { } t && !topicCodes.Contains(t) ? $"{r.Code}: topic {t}" : null,
                    r.LeadAgencyCode is { } l && !agencyCodes.Contains(l) ? $"{r.Code}: lead {l}" : null,
                    r.OverseerAgencyCode is { } o && !agencyCodes.Contains(o) ? $"{r.Code}: overseer {o}" : null,
                    r.LeadSelector == LeadSelector.Fixed && r.LeadAgencyCode is null ? $"{r.Code}: fixed lead without an agency" : null,
                }
                .Concat(r.CoordinatingAgencies.Where(c => !agencyCodes.Contains(c)).Select(c => $"{r.Code}: coordinator {c}")))
            .OfType<string>()
            .ToList();

        // Assert
        Assert.True(broken.Count == 0, $"A rule naming a missing topic or agency would silently never route; broken: {string.Join("; ", broken)}.");
    }
}
