using DanVan.Feedback.Core.Cases;

namespace DanVan.Feedback.Core.Deadlines;

/// <summary>The stages of a case that the law gives a time limit.</summary>
public enum DeadlineStage
{
    /// <summary>Tiếp nhận, phân loại: classify and forward (PAKN), register and classify (tố cáo).</summary>
    Intake,

    /// <summary>Thụ lý: decide to accept a complaint for resolution.</summary>
    Acceptance,

    /// <summary>Giải quyết: answer or decide.</summary>
    Resolution,

    /// <summary>Thông báo: tell the denouncer the denunciation was accepted.</summary>
    Notification,
}

public enum DayUnit
{
    /// <summary>"ngày": every day counts; a limit ending on a day off rolls to the next working day.</summary>
    CalendarDays,

    /// <summary>"ngày làm việc": weekends, holidays and announced days off do not count.</summary>
    WorkingDays,
}

/// <summary>Where a stage's clock starts.</summary>
public enum ClockStart
{
    Receipt,
    Acceptance,
}

/// <summary>
/// One legal time limit as data, so an administrator can correct a figure without a release. The
/// legal source stands next to it, and figures not confirmed from the official text are flagged.
/// </summary>
public sealed class DeadlinePolicy
{
    public const int CodeMaxLength = 64;

    public required string Code { get; init; }

    public required CaseKind Kind { get; set; }

    public required DeadlineStage Stage { get; set; }

    public required ClockStart StartsFrom { get; set; }

    public required DayUnit Unit { get; set; }

    /// <summary>The ordinary limit.</summary>
    public required int Days { get; set; }

    /// <summary>The limit for a case marked complex, when the law gives one.</summary>
    public int? ComplexDays { get; set; }

    /// <summary>The limit in remote, hard-to-reach areas, when the law gives one.</summary>
    public int? RemoteDays { get; set; }

    /// <summary>The limit for a complex case in a remote area.</summary>
    public int? RemoteComplexDays { get; set; }

    /// <summary>How many extensions (gia hạn) the law allows, each by written notice.</summary>
    public int MaxExtensions { get; set; }

    /// <summary>The most one extension may add.</summary>
    public int MaxDaysPerExtension { get; set; }

    /// <summary>Waiting for the filer to supply information stops the clock.</summary>
    public bool PausesWhileWaitingForFiler { get; set; } = true;

    /// <summary>Tạm đình chỉ stops the clock (Luật 136/2025, from 1/7/2026).</summary>
    public bool PausesWhileSuspended { get; set; } = true;

    public required string LegalSource { get; set; }

    /// <summary>The figure was not confirmed from the official text: shown with a warning until an administrator checks it.</summary>
    public bool ToVerify { get; set; }

    /// <summary>The limit that applies to a case with these flags.</summary>
    /// <remarks>Without a remote complex limit, a complex case in a remote area gets the longer of the two it qualifies for.</remarks>
    public int DaysFor(bool complex, bool remote) => (complex, remote) switch
    {
        (true, true) => RemoteComplexDays ?? Math.Max(RemoteDays ?? Days, ComplexDays ?? Days),
        (false, true) => RemoteDays ?? Days,
        (true, false) => ComplexDays ?? Days,
        _ => Days,
    };

    /// <summary>Why this policy contradicts itself, as codes the Backoffice says to the administrator editing it; empty when it is sound.</summary>
    public IReadOnlyList<PolicyProblem> Problems()
    {
        var problems = new List<PolicyProblem>();
        if (Days <= 0)
        {
            problems.Add(new(PolicyRule.NoDays, []));
        }

        foreach (var (limit, value) in new[] { (LongerLimit.Complex, ComplexDays), (LongerLimit.Remote, RemoteDays), (LongerLimit.RemoteComplex, RemoteComplexDays) })
        {
            if (value is { } days && days < Days)
            {
                problems.Add(new(PolicyRule.LongerLimitShorter, [limit, days, Days]));
            }
        }

        if (RemoteComplexDays is { } rc && ((RemoteDays is { } r && rc < r) || (ComplexDays is { } c && rc < c)))
        {
            problems.Add(new(PolicyRule.RemoteComplexShorterThanEither, []));
        }

        if (MaxExtensions < 0 || MaxDaysPerExtension < 0)
        {
            problems.Add(new(PolicyRule.NegativeExtensions, []));
        }

        if (MaxExtensions > 0 && MaxDaysPerExtension == 0)
        {
            problems.Add(new(PolicyRule.ExtensionWithoutDays, []));
        }

        if (Stage == DeadlineStage.Resolution && Kind is CaseKind.Complaint or CaseKind.Denunciation && StartsFrom != ClockStart.Acceptance)
        {
            problems.Add(new(PolicyRule.ResolutionNotFromAcceptance, []));
        }

        if (string.IsNullOrWhiteSpace(LegalSource))
        {
            problems.Add(new(PolicyRule.LegalSourceMissing, []));
        }

        return problems;
    }
}

/// <summary>What makes a deadline policy contradict itself (ADR 24: Core returns the code, the Backoffice says it).</summary>
public enum PolicyRule
{
    NoDays,

    /// <summary>(the <see cref="LongerLimit"/>, its days, the ordinary days).</summary>
    LongerLimitShorter,

    RemoteComplexShorterThanEither,

    NegativeExtensions,

    ExtensionWithoutDays,

    ResolutionNotFromAcceptance,

    LegalSourceMissing,
}

/// <summary>The limits the law gives a complex case, a remote one, or both, each at least the ordinary one.</summary>
public enum LongerLimit
{
    Complex,
    Remote,
    RemoteComplex,
}

/// <summary>One way a deadline policy contradicts itself: the rule and its arguments.</summary>
public sealed record PolicyProblem(PolicyRule Rule, IReadOnlyList<object> Arguments) : CodedMessage<PolicyRule>(Rule, Arguments);
