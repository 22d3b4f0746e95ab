using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Cases;

namespace DanVan.Feedback.Core.Routing;

/// <summary>What a rule routes: a case, or a satisfaction rating of a public service (task 4.11).</summary>
public enum RoutingSubject
{
    Case,
    ServiceRating,
}

/// <summary>How a rule chooses the lead agency (cơ quan chủ trì).</summary>
public enum LeadSelector
{
    /// <summary>The agency named in the rule.</summary>
    Fixed,

    /// <summary>The UBND of the ward, commune or special zone where the matter is.</summary>
    CommuneCommittee,

    /// <summary>The department that owns the case's topic.</summary>
    TopicOwner,

    /// <summary>The agency whose official the filer names (corruption, harassment, illegal fees).</summary>
    ConcernedAgency,

    /// <summary>The agency that delivered the rated service.</summary>
    RatedAgency,
}

/// <summary>
/// One routing rule as data: conditions (empty means "any") and the agencies it names. Rules are
/// tried by <see cref="Priority"/>, lowest first; the first whose conditions hold and whose lead
/// can be resolved wins. Each rule names the task of the 2026 decision it implements.
/// </summary>
public sealed class RoutingRule
{
    public const int CodeMaxLength = 64;

    public required string Code { get; init; }

    public required int Priority { get; set; }

    public required string Description { get; set; }

    /// <summary>The task of the dân vận decision this rule implements, e.g. "4.10".</summary>
    public required string Task { get; set; }

    public RoutingSubject Subject { get; set; } = RoutingSubject.Case;

    public CaseKind? Kind { get; set; }

    public string? TopicCode { get; set; }

    public TopicScope? TopicScope { get; set; }

    public FilerType? FilerType { get; set; }

    /// <summary>When set, the rule holds only for matters inside (or outside) an industrial park or economic zone.</summary>
    public bool? InIndustrialZone { get; set; }

    public required LeadSelector LeadSelector { get; set; }

    /// <summary>The lead agency for <see cref="LeadSelector.Fixed"/>.</summary>
    public string? LeadAgencyCode { get; set; }

    /// <summary>Agencies asked to coordinate (cơ quan phối hợp), separated by commas.</summary>
    public string? CoordinatingAgencyCodes { get; set; }

    /// <summary>The agency that oversees resolution, e.g. Thanh tra thành phố for corruption.</summary>
    public string? OverseerAgencyCode { get; set; }

    public bool IsActive { get; set; } = true;

    public IReadOnlyList<string> CoordinatingAgencies =>
        string.IsNullOrWhiteSpace(CoordinatingAgencyCodes)
            ? []
            : CoordinatingAgencyCodes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.Ordinal)
                .ToList();
}
