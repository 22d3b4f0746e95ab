using System.Collections.Frozen;
using DanVan.Feedback.Core.Agencies;

namespace DanVan.Feedback.Core.Routing;

/// <summary>
/// An immutable snapshot of the reference data every intake reads: agencies, localities, topics and
/// routing rules. Built once and shared, so filing a case costs no reference-data queries.
/// </summary>
public sealed class ReferenceDirectory
{
    private readonly FrozenDictionary<string, Agency> _agencies;
    private readonly FrozenDictionary<string, Locality> _localities;
    private readonly FrozenDictionary<string, Topic> _topics;
    private readonly FrozenDictionary<string, string> _communeCommittees;

    public ReferenceDirectory(
        IEnumerable<Agency> agencies,
        IEnumerable<Locality> localities,
        IEnumerable<Topic> topics,
        IEnumerable<RoutingRule> rules)
    {
        Agencies = [.. agencies.OrderBy(a => a.Name, StringComparer.Create(VietnameseCulture, false))];
        Localities = [.. localities.OrderBy(l => l.SortOrder)];
        Topics = [.. topics.OrderBy(t => t.SortOrder)];
        Rules = [.. rules.OrderBy(r => r.Priority).ThenBy(r => r.Code, StringComparer.Ordinal)];
        _agencies = Agencies.ToFrozenDictionary(a => a.Code, StringComparer.Ordinal);
        _localities = Localities.ToFrozenDictionary(l => l.Code, StringComparer.Ordinal);
        _topics = Topics.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);
        _communeCommittees = Agencies
            .Where(a => a.Kind == AgencyKind.CommuneCommittee && a.LocalityCode is not null)
            .ToFrozenDictionary(a => a.LocalityCode!, a => a.Code, StringComparer.Ordinal);
    }

    public static System.Globalization.CultureInfo VietnameseCulture { get; } = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

    public IReadOnlyList<Agency> Agencies { get; }

    public IReadOnlyList<Locality> Localities { get; }

    public IReadOnlyList<Topic> Topics { get; }

    public IReadOnlyList<RoutingRule> Rules { get; }

    public Agency? FindAgency(string code) => _agencies.GetValueOrDefault(code);

    public Locality? FindLocality(string code) => _localities.GetValueOrDefault(code);

    public Topic? FindTopic(string code) => _topics.GetValueOrDefault(code);

    public string? CommuneCommitteeOf(string localityCode) => _communeCommittees.GetValueOrDefault(localityCode);

    public string AgencyName(string code) => FindAgency(code)?.Name ?? code;
}
