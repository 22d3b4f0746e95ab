using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Cases;

namespace DanVan.Feedback.Core.Routing;

/// <summary>What the router needs to know of an intake.</summary>
public sealed record RoutingRequest
{
    public RoutingSubject Subject { get; init; } = RoutingSubject.Case;

    public CaseKind? Kind { get; init; }

    public string? TopicCode { get; init; }

    public string? LocalityCode { get; init; }

    public FilerType? FilerType { get; init; }

    public bool InIndustrialZone { get; init; }

    /// <summary>The agency whose official the filer names, when they name one.</summary>
    public string? ConcernedAgencyCode { get; init; }

    /// <summary>The agency that delivered a rated service.</summary>
    public string? RatedAgencyCode { get; init; }
}

/// <summary>Who answers, who helps, who oversees, and which rule (and task) decided it.</summary>
public sealed record RoutingDecision(
    string LeadAgencyCode,
    IReadOnlyList<string> CoordinatingAgencyCodes,
    string? OverseerAgencyCode,
    string RuleCode,
    string Task)
{
    /// <summary>The code recorded when no rule claims a case and it goes to the triage desk.</summary>
    public const string TriageRuleCode = "TRIAGE";
}

/// <summary>
/// Routes an intake to its agencies from the rules alone: no database, no clock, no state. A rule
/// whose lead cannot be resolved (no commune given, an unknown agency) is passed over, and a case
/// that no rule claims goes to Văn phòng UBND thành phố's triage desk, which re-routes by hand.
/// </summary>
public static class CaseRouter
{
    public static RoutingDecision Route(RoutingRequest request, IEnumerable<RoutingRule> rules, ReferenceDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(directory);

        var topic = request.TopicCode is null ? null : directory.FindTopic(request.TopicCode);
        foreach (var rule in rules.Where(r => r.IsActive).OrderBy(r => r.Priority).ThenBy(r => r.Code, StringComparer.Ordinal))
        {
            if (!Holds(rule, request, topic))
            {
                continue;
            }

            var lead = ResolveLead(rule, request, topic, directory);
            if (lead is null)
            {
                continue;
            }

            var coordinators = rule.CoordinatingAgencies
                .Where(code => code != lead && directory.FindAgency(code) is not null)
                .ToList();
            var overseer = rule.OverseerAgencyCode is { } o && o != lead && directory.FindAgency(o) is not null ? o : null;
            return new RoutingDecision(lead, coordinators, overseer, rule.Code, rule.Task);
        }

        // DOMAIN.md: anything no rule claims goes to the triage desk, under the general intake task.
        return new RoutingDecision(Agency.TriageDeskCode, [], null, RoutingDecision.TriageRuleCode, "4.4");
    }

    private static bool Holds(RoutingRule rule, RoutingRequest request, Topic? topic) =>
        rule.Subject == request.Subject
        && (rule.Kind is null || rule.Kind == request.Kind)
        && (rule.TopicCode is null || rule.TopicCode == topic?.Code)
        && (rule.TopicScope is null || rule.TopicScope == topic?.Scope)
        && (rule.FilerType is null || rule.FilerType == request.FilerType)
        && (rule.InIndustrialZone is null || rule.InIndustrialZone == request.InIndustrialZone);

    private static string? ResolveLead(RoutingRule rule, RoutingRequest request, Topic? topic, ReferenceDirectory directory)
    {
        var candidate = rule.LeadSelector switch
        {
            LeadSelector.Fixed => rule.LeadAgencyCode,
            LeadSelector.CommuneCommittee => request.LocalityCode is { } locality ? directory.CommuneCommitteeOf(locality) : null,
            LeadSelector.TopicOwner => topic?.OwnerAgencyCode,
            LeadSelector.ConcernedAgency => request.ConcernedAgencyCode,
            LeadSelector.RatedAgency => request.RatedAgencyCode,
            _ => null,
        };
        return candidate is not null && directory.FindAgency(candidate) is not null ? candidate : null;
    }
}
