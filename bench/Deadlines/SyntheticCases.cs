using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;

namespace DanVan.Feedback.Bench.Deadlines;

/// <summary>A case clock and the day it is looked at, as an inbox or a tracking page would.</summary>
public sealed record SyntheticCase(CaseClock Clock, DateOnly Today);

/// <summary>
/// Realistic case histories of exactly <see cref="EventsPerCase"/> events, in an order that could
/// have happened and within the legal bounds, received across 2026–2027 and seeded so runs compare.
/// </summary>
public static class SyntheticCases
{
    public const int EventsPerCase = 20;

    private static readonly DateOnly FirstReceipt = new(2026, 1, 1);
    private static readonly DateOnly LastReceipt = new(2027, 10, 31); // leaves room for 20 events inside 2027

    public static SyntheticCase[] Create(int count, int seed, DeadlineRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var random = new Random(seed);
        var cases = new SyntheticCase[count];
        for (var i = 0; i < count; i++)
        {
            cases[i] = CreateOne(random);

            // A history the calculator refuses would measure the exception path, not the clock.
            _ = rules.StatusOf(cases[i].Clock, cases[i].Today)
                ?? throw new InvalidOperationException($"No policy for {cases[i].Clock.Kind}.");
        }

        return cases;
    }

    private static SyntheticCase CreateOne(Random random)
    {
        // Roughly the mix of a city inbox: mostly phản ánh, then complaints, denunciations, kiến nghị.
        var kind = random.Next(100) switch
        {
            < 50 => CaseKind.Feedback,
            < 60 => CaseKind.Recommendation,
            < 85 => CaseKind.Complaint,
            _ => CaseKind.Denunciation,
        };
        var types = Story(random, kind);
        if (types.Count != EventsPerCase)
        {
            throw new InvalidOperationException($"A synthetic {kind} has {types.Count} events, not {EventsPerCase}.");
        }

        var receivedAt = new DateTimeOffset(
            FirstReceipt.AddDays(random.Next(LastReceipt.DayNumber - FirstReceipt.DayNumber + 1)).ToDateTime(new TimeOnly(8, 0)),
            VietnamTime.Offset);
        var at = receivedAt;
        var events = new List<(CaseEventType Type, DateTimeOffset At, int? Days)>(EventsPerCase);
        foreach (var (type, days) in types)
        {
            // Most steps take a few days; some happen the same day (routed on receipt, transferred and re-routed).
            at = at.AddDays(type is CaseEventType.Received ? 0 : random.Next(0, 5)).AddMinutes(random.Next(1, 90));
            events.Add((type, at, days));
        }

        var clock = CaseClock.From(kind, receivedAt, events, remoteArea: kind == CaseKind.Complaint && random.Next(5) == 0);
        var today = clock.Events[^1].On.AddDays(random.Next(0, 30));
        return new SyntheticCase(clock, today);
    }

    /// <summary>
    /// Received and routed; perhaps information asked for before acceptance; thụ lý; then requests and
    /// replies, suspensions, transfers, re-routing and (for a denunciation) up to two extensions of at
    /// most 30 days; and one of four endings: still open, still waiting for the filer, answered, or
    /// answered, disputed and reopened.
    /// </summary>
    private static List<(CaseEventType Type, int? Days)> Story(Random random, CaseKind kind)
    {
        var ending = random.Next(4) switch
        {
            0 => new (CaseEventType, int?)[] { },
            1 => [(CaseEventType.InformationRequested, null)],
            2 => [(CaseEventType.Answered, null)],
            _ => [(CaseEventType.Answered, null), (CaseEventType.Reopened, null)],
        };
        var story = new List<(CaseEventType Type, int? Days)>(EventsPerCase)
        {
            (CaseEventType.Received, null),
            (CaseEventType.Routed, null),
            (CaseEventType.InformationRequested, null),
            (CaseEventType.InformationReceived, null),
            (CaseEventType.Accepted, null),
        };
        if (random.Next(3) == 0)
        {
            story.Add((CaseEventType.MarkedComplex, null));
        }

        var extensions = kind == CaseKind.Denunciation ? 2 : 0;
        while (story.Count < EventsPerCase - ending.Length)
        {
            var room = EventsPerCase - ending.Length - story.Count;
            switch (random.Next(room >= 2 ? 6 : 3))
            {
                case 0:
                    story.Add((CaseEventType.Transferred, null));
                    break;
                case 1:
                    story.Add((CaseEventType.Routed, null));
                    break;
                case 2 when extensions > 0:
                    extensions--;
                    story.Add((CaseEventType.Extended, random.Next(10, 31)));
                    break;
                case 2:
                    story.Add((CaseEventType.Transferred, null));
                    break;
                case 3 or 4:
                    story.Add((CaseEventType.InformationRequested, null));
                    story.Add((CaseEventType.InformationReceived, null));
                    break;
                default:
                    story.Add((CaseEventType.Suspended, null));
                    story.Add((CaseEventType.Resumed, null));
                    break;
            }
        }

        story.AddRange(ending);
        return story;
    }
}
