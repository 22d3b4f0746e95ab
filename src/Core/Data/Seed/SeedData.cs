using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Businesses;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Routing;

namespace DanVan.Feedback.Core.Data.Seed;

/// <summary>
/// Hải Phòng's reference data as shipped in the repository (see PROVENANCE.md beside the CSV files):
/// 114 wards, communes and special zones, the city's agencies with one UBND per commune, the topics
/// and the routing rules. Read from embedded files, so the product never depends on anything outside it.
/// </summary>
public static class SeedData
{
    // The decision names "Ủy ban nhân dân cấp xã" as one body; the system has one UBND per commune instead.
    private const string CollectiveCommuneCommitteesCode = "UBNDCX";

    public static IReadOnlyList<Locality> Localities() =>
        CsvReader.ReadEmbedded("haiphong-communes-2025.csv")
            .Select((row, i) => new Locality
            {
                Code = row["code"],
                Name = row["name"],
                Type = row["type"] switch
                {
                    "phường" => LocalityType.Ward,
                    "xã" => LocalityType.Commune,
                    "đặc khu" => LocalityType.SpecialZone,
                    var other => throw new InvalidOperationException($"Unknown locality type '{other}'."),
                },
                SortOrder = i + 1,
            })
            .ToList();

    public static IReadOnlyList<Agency> Agencies()
    {
        var cityAgencies = CsvReader.ReadEmbedded("haiphong-agencies-2025.csv")
            .Where(row => row["short_code"] != CollectiveCommuneCommitteesCode)
            .Select(row => new Agency
            {
                Code = row["short_code"],
                Name = row["name"],
                Kind = row["kind"] switch
                {
                    "van_phong" => AgencyKind.CityOffice,
                    "thanh_tra" => AgencyKind.Inspectorate,
                    "so" => AgencyKind.Department,
                    "ban" => AgencyKind.Board,
                    "khac" => AgencyKind.Other,
                    var other => throw new InvalidOperationException($"Unknown agency kind '{other}'."),
                },
            });
        var communeCommittees = Localities().Select(l => new Agency
        {
            Code = Agency.CommuneCommitteeCode(l.Code),
            Name = CommuneCommitteeName(l),
            Kind = AgencyKind.CommuneCommittee,
            LocalityCode = l.Code,
        });
        return [.. cityAgencies, .. communeCommittees];
    }

    public static IReadOnlyList<Topic> Topics() =>
        CsvReader.ReadEmbedded("topics.csv")
            .Select((row, i) => new Topic
            {
                Code = row["code"],
                Name = row["name"],
                NameEn = row["name_en"],
                Hint = row["hint"],
                Scope = Enum.Parse<TopicScope>(row["scope"]),
                OwnerAgencyCode = row["owner"],
                SortOrder = i + 1,
            })
            .ToList();

    public static IReadOnlyList<RoutingRule> RoutingRules() =>
        CsvReader.ReadEmbedded("routing-rules.csv")
            .Select(row => new RoutingRule
            {
                Code = row["code"],
                Priority = int.Parse(row["priority"], System.Globalization.CultureInfo.InvariantCulture),
                Task = row["task"],
                Subject = Enum.Parse<RoutingSubject>(row["subject"]),
                Kind = OptionalEnum<CaseKind>(row["kind"]),
                TopicCode = Optional(row["topic"]),
                TopicScope = OptionalEnum<TopicScope>(row["topic_scope"]),
                FilerType = OptionalEnum<FilerType>(row["filer_type"]),
                InIndustrialZone = Optional(row["in_industrial_zone"]) is { } zone ? bool.Parse(zone) : null,
                LeadSelector = Enum.Parse<LeadSelector>(row["lead_selector"]),
                LeadAgencyCode = Optional(row["lead_agency"]),
                CoordinatingAgencyCodes = Optional(row["coordinating"]),
                OverseerAgencyCode = Optional(row["overseer"]),
                Description = row["description"],
            })
            .ToList();

    public static IReadOnlyList<DeadlinePolicy> DeadlinePolicies() =>
        CsvReader.ReadEmbedded("deadline-policies.csv")
            .Select(row => new DeadlinePolicy
            {
                Code = row["code"],
                Kind = Enum.Parse<CaseKind>(row["kind"]),
                Stage = Enum.Parse<DeadlineStage>(row["stage"]),
                StartsFrom = Enum.Parse<ClockStart>(row["starts_from"]),
                Unit = Enum.Parse<DayUnit>(row["unit"]),
                Days = Number(row["days"]) ?? throw new InvalidOperationException($"Policy {row["code"]} has no limit."),
                ComplexDays = Number(row["complex_days"]),
                RemoteDays = Number(row["remote_days"]),
                RemoteComplexDays = Number(row["remote_complex_days"]),
                MaxExtensions = Number(row["max_extensions"]) ?? 0,
                MaxDaysPerExtension = Number(row["max_days_per_extension"]) ?? 0,
                PausesWhileWaitingForFiler = bool.Parse(row["pauses_waiting"]),
                PausesWhileSuspended = bool.Parse(row["pauses_suspended"]),
                ToVerify = bool.Parse(row["to_verify"]),
                LegalSource = row["legal_source"],
            })
            .ToList();

    /// <summary>Economic zones and industrial parks (task 4.10); every row is marked to verify (PROVENANCE.md).</summary>
    public static IReadOnlyList<IndustrialPark> IndustrialParks() =>
        CsvReader.ReadEmbedded("industrial-parks.csv")
            .Select((row, i) => new IndustrialPark
            {
                Code = row["code"],
                Name = row["name"],
                Kind = Enum.Parse<IndustrialParkKind>(row["kind"]),
                LocalityCode = Optional(row["locality"]),
                ToVerify = bool.Parse(row["to_verify"]),
                SortOrder = i + 1,
            })
            .ToList();

    /// <summary>A directory of the shipped data alone, for pure tests and tools that need no database.</summary>
    public static ReferenceDirectory Directory() => new(Agencies(), Localities(), Topics(), RoutingRules());

    // "Phường Hồng Bàng" → "Ủy ban nhân dân phường Hồng Bàng": the unit type is lower case inside a name.
    private static string CommuneCommitteeName(Locality locality)
    {
        var typeWord = locality.Type switch
        {
            LocalityType.Ward => "Phường",
            LocalityType.Commune => "Xã",
            _ => "Đặc khu",
        };
        var place = locality.Name.StartsWith(typeWord, StringComparison.Ordinal)
            ? locality.Name[typeWord.Length..].Trim()
            : locality.Name;
        return $"Ủy ban nhân dân {typeWord.ToLower(ReferenceDirectory.VietnameseCulture)} {place}";
    }

    private static int? Number(string value) =>
        Optional(value) is { } text ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static string? Optional(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static T? OptionalEnum<T>(string value)
        where T : struct, Enum => Optional(value) is { } text ? Enum.Parse<T>(text) : null;
}
