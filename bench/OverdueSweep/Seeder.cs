using System.Diagnostics;
using System.Globalization;
using DanVan.Feedback.Bench.CaseData;
using DanVan.Feedback.Core;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;
using Microsoft.Data.Sqlite;

namespace DanVan.Feedback.Bench.OverdueSweep;

/// <summary>What a seeded case is on the sweep's morning.</summary>
public enum CaseMix
{
    /// <summary>Answered long ago: the clock has stopped, DueOn is null.</summary>
    Answered,

    /// <summary>Received in the last week: running, due today or later.</summary>
    Running,

    /// <summary>Waiting for the filer (InformationRequested): paused, ClockPaused = 1.</summary>
    Paused,

    /// <summary>Received 1 Oct – 10 Nov 2026 and never answered: overdue by its own history.</summary>
    Overdue,
}

public sealed record SeedResult(int Cases, int Events, IReadOnlyDictionary<CaseMix, int> Mix, int AgenciesWithLeads, int Leads, TimeSpan Elapsed, long FileBytes);

/// <summary>
/// A fresh database migrated and seeded by Core (InitializeFeedbackDatabaseAsync), then N cases and
/// their events written with raw SQL through bench/CaseData's CaseWriter (prepared commands, a
/// transaction per 100,000 cases, values stored exactly as EF Core stores them); stored due dates come
/// from the deadline calculator over each case's own history. The mix is the sweep's own, fixed to its
/// morning; bench/CaseGenerator writes the realistic, three-year one.
/// </summary>
public static class Seeder
{
    public const double OverdueShare = 0.02;
    public const double PausedShare = 0.01;
    public const double RunningShare = 0.05;

    private const int CasesPerTransaction = 100_000;

    private static readonly DateOnly FirstReceipt = new(2025, 7, 1);
    private static readonly DateOnly LastAnsweredReceipt = new(2026, 11, 18);

    private static readonly string[] Topics = ["trat-tu-do-thi", "ve-sinh-moi-truong", "ha-tang-dia-phuong", "thu-tuc-cap-xa"];

    public static async Task<SeedResult> CreateAsync(string databaseFile, string dataDirectory, int caseCount, int seed, int leadEvery, DateTimeOffset now)
    {
        var watch = Stopwatch.StartNew();
        var today = VietnamTime.ToLocalDate(now);

        // 1. Schema and reference data, by Core itself.
        var services = CoreServices.Build(databaseFile, dataDirectory, now, new NoOpJobScheduler());
        await services.InitializeFeedbackDatabaseAsync();
        await CoreServices.ShutDownAsync(services);
        Console.WriteLine($"  migrated and seeded reference data: {watch.Elapsed.TotalSeconds:F1} s");

        using var connection = BulkLoad.Open(databaseFile);
        var localities = BulkLoad.ReadStrings(connection, "SELECT Code FROM Localities ORDER BY SortOrder");
        var topics = BulkLoad.ReadStrings(connection, "SELECT Code FROM Topics").ToHashSet(StringComparer.Ordinal);
        foreach (var topic in Topics)
        {
            if (!topics.Contains(topic))
            {
                throw new InvalidOperationException($"Topic {topic} is not seeded.");
            }
        }

        // 2. Cases, in receipt order (ids grow with time, as they do in production), through bench/CaseData's writer.
        var plans = Plan(caseCount, seed, localities.Count);
        var rules = DeadlineRules.CreateDefault();
        var codes = new HashSet<string>(caseCount, StringComparer.Ordinal);
        var mix = Enum.GetValues<CaseMix>().ToDictionary(m => m, _ => 0);
        long events;

        using (var writer = new CaseWriter(connection, CasesPerTransaction)
        {
            Committed = written => Console.WriteLine($"  {written,9:N0} cases written: {watch.Elapsed.TotalSeconds:F1} s"),
        })
        {
            for (var i = 0; i < plans.Length; i++)
            {
                var plan = plans[i];
                var leadCode = Core.Agencies.Agency.CommuneCommitteeCode(localities[plan.Locality]);
                string tracking;
                do
                {
                    tracking = TrackingCode.NewRandom().Value;
                }
                while (!codes.Add(tracking));

                DateOnly? due = null;
                var isPaused = false;
                if (plan.Mix != CaseMix.Answered)
                {
                    var clockEvents = new List<(CaseEventType, DateTimeOffset, int?)>
                    {
                        (CaseEventType.Received, plan.ReceivedAt, null),
                        (CaseEventType.Routed, plan.ReceivedAt, null),
                    };
                    if (plan.RequestedAt is { } requested)
                    {
                        clockEvents.Add((CaseEventType.InformationRequested, requested, null));
                    }

                    var status = rules.StatusOf(CaseClock.From(CaseKind.Feedback, plan.ReceivedAt, clockEvents), today)
                        ?? throw new InvalidOperationException("No deadline policy for Feedback.");
                    var consistent = plan.Mix switch
                    {
                        CaseMix.Overdue => status.IsOverdue,
                        CaseMix.Paused => status.IsPaused,
                        _ => !status.IsOverdue && !status.IsPaused && status.DueOn >= today,
                    };
                    if (!consistent)
                    {
                        throw new InvalidOperationException($"A {plan.Mix} case received {plan.ReceivedAt:O} is not {plan.Mix} on {today:yyyy-MM-dd} by its history (due {status.DueOn:yyyy-MM-dd}).");
                    }

                    due = status.DueOn;
                    isPaused = status.IsPaused;
                }

                List<EventRow> history =
                [
                    new(CaseEventType.Received, plan.ReceivedAt, Note: nameof(CaseChannel.Web)),
                    new(CaseEventType.Routed, plan.ReceivedAt, leadCode, "DIA-PHUONG (nhiệm vụ 4.4)"),
                ];
                if (plan.RequestedAt is { } requestedAt)
                {
                    history.Add(new(CaseEventType.InformationRequested, requestedAt, leadCode, "Đề nghị người phản ánh bổ sung địa chỉ cụ thể"));
                }

                writer.Write(new CaseRow
                {
                    Id = i + 1L,
                    TrackingCode = tracking,
                    Kind = CaseKind.Feedback,
                    Status = CaseStatus.Received,
                    Channel = CaseChannel.Web,
                    TopicCode = Topics[plan.Topic],
                    LocalityCode = localities[plan.Locality],
                    Title = SampleText.Titles[plan.Text % 6],
                    Description = SampleText.Descriptions[plan.Text % 3],
                    FilerName = SampleText.FilerNames[plan.Text % SampleText.FilerNames.Length],
                    FilerPhone = string.Create(CultureInfo.InvariantCulture, $"09{(i * 7919L) % 100_000_000:D8}"),
                    ReceivedAt = plan.ReceivedAt,
                    LeadAgencyCode = leadCode,
                    RoutingRuleCode = "DIA-PHUONG",
                    RoutingTask = "4.4",
                    ClockPaused = isPaused,
                    DueOn = due,

                    // As the rows of the first version of this bench, written before the workflow columns had values.
                    SignatoryCount = 0,
                    Events = history,
                });
                mix[plan.Mix]++;
            }

            writer.Commit();
            events = writer.Events;
        }

        Console.WriteLine($"  {caseCount,9:N0} cases and {events:N0} events written: {watch.Elapsed.TotalSeconds:F1} s");

        // 3. Agency leads with e-mail addresses for every leadEvery-th commune committee, two for the first five.
        var (agenciesWithLeads, leads) = await AddLeadsAsync(connection, localities, leadEvery);

        // 4. As a database that has lived a while: statistics, compacted, WAL as the app leaves it, checkpointed.
        BulkLoad.Finish(connection, analyze: true, vacuum: true, step => Console.WriteLine($"  {step}: {watch.Elapsed.TotalSeconds:F1} s"));
        connection.Close();

        return new SeedResult(caseCount, (int)events, mix, agenciesWithLeads, leads, watch.Elapsed, new FileInfo(databaseFile).Length);
    }

    /// <summary>For a file seeded by an earlier run: applies the migrations added since, then checkpoints so a copy of the file is whole.</summary>
    public static async Task BringUpToDateAsync(string databaseFile, string dataDirectory, DateTimeOffset now)
    {
        var services = CoreServices.Build(databaseFile, dataDirectory, now, new NoOpJobScheduler());
        await services.InitializeFeedbackDatabaseAsync();
        await CoreServices.ShutDownAsync(services);
        await CheckpointAsync(databaseFile);
    }

    /// <summary>Moves everything in the WAL into the database file and empties the WAL.</summary>
    public static async Task CheckpointAsync(string databaseFile)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false }.ToString());
        await connection.OpenAsync();
        await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
    }

    private readonly record struct CasePlan(CaseMix Mix, DateTimeOffset ReceivedAt, DateTimeOffset? RequestedAt, int Locality, int Topic, int Text);

    private static CasePlan[] Plan(int count, int seed, int localityCount)
    {
        var random = new Random(seed);
        var plans = new CasePlan[count];
        for (var i = 0; i < count; i++)
        {
            var roll = random.NextDouble();
            var mix = roll < OverdueShare ? CaseMix.Overdue
                : roll < OverdueShare + PausedShare ? CaseMix.Paused
                : roll < OverdueShare + PausedShare + RunningShare ? CaseMix.Running
                : CaseMix.Answered;
            var (from, to) = mix switch
            {
                CaseMix.Overdue => (new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 10)),
                CaseMix.Paused => (new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 20)),
                CaseMix.Running => (new DateOnly(2026, 11, 19), new DateOnly(2026, 11, 25)),
                _ => (FirstReceipt, LastAnsweredReceipt),
            };
            var receivedOn = from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));
            var receivedAt = AtLocal(receivedOn, random);
            DateTimeOffset? requestedAt = mix == CaseMix.Paused ? AtLocal(receivedOn.AddDays(1 + random.Next(3)), random) : null;
            plans[i] = new CasePlan(mix, receivedAt, requestedAt, random.Next(localityCount), random.Next(Topics.Length), random.Next(1000));
        }

        // Ids in receipt order.
        Array.Sort(plans.Select(p => p.ReceivedAt.UtcTicks).ToArray(), plans);
        return plans;
    }

    // Office hours in Hải Phòng (07:00–17:00, UTC+7), stored in UTC as the app stores time.GetUtcNow().
    private static DateTimeOffset AtLocal(DateOnly day, Random random) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(7, 0).AddMinutes(random.Next(600))), VietnamTime.Offset).ToUniversalTime();

    private static async Task<(int Agencies, int Leads)> AddLeadsAsync(SqliteConnection connection, IReadOnlyList<string> localities, int every)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var roleId = (string?)await ScalarAsync(connection, transaction, "SELECT Id FROM AspNetRoles WHERE NormalizedName = 'AGENCYLEAD'");
        if (roleId is null)
        {
            roleId = Guid.NewGuid().ToString();
            await using var role = connection.CreateCommand();
            role.Transaction = transaction;
            role.CommandText = "INSERT INTO AspNetRoles (Id, Name, NormalizedName, ConcurrencyStamp) VALUES ($id, 'AgencyLead', 'AGENCYLEAD', $stamp)";
            role.Parameters.AddWithValue("$id", roleId);
            role.Parameters.AddWithValue("$stamp", Guid.NewGuid().ToString());
            await role.ExecuteNonQueryAsync();
        }

        await using var user = connection.CreateCommand();
        user.Transaction = transaction;
        user.CommandText = """
            INSERT INTO AspNetUsers (Id, AgencyCode, FullName, UserName, NormalizedUserName, Email, NormalizedEmail,
                EmailConfirmed, PasswordHash, SecurityStamp, ConcurrencyStamp, PhoneNumber, PhoneNumberConfirmed,
                TwoFactorEnabled, LockoutEnd, LockoutEnabled, AccessFailedCount)
            VALUES ($id, $agency, $name, $email, upper($email), $email, upper($email),
                1, NULL, $stamp, $stamp, NULL, 0, 0, NULL, 1, 0);
            INSERT INTO AspNetUserRoles (UserId, RoleId) VALUES ($id, $role);
            """;
        var id = user.Parameters.Add("$id", SqliteType.Text);
        var agency = user.Parameters.Add("$agency", SqliteType.Text);
        var name = user.Parameters.Add("$name", SqliteType.Text);
        var email = user.Parameters.Add("$email", SqliteType.Text);
        var stamp = user.Parameters.Add("$stamp", SqliteType.Text);
        user.Parameters.AddWithValue("$role", roleId);

        var agencies = 0;
        var leads = 0;
        for (var i = 0; i < localities.Count; i += every)
        {
            agencies++;
            var count = agencies <= 5 ? 2 : 1;
            for (var n = 1; n <= count; n++)
            {
                id.Value = Guid.NewGuid().ToString();
                agency.Value = Core.Agencies.Agency.CommuneCommitteeCode(localities[i]);
                name.Value = n == 1 ? "Chủ tịch UBND" : "Phó Chủ tịch UBND";
                email.Value = string.Create(CultureInfo.InvariantCulture, $"lanhdao{n}.{localities[i]}@haiphong.gov.vn");
                stamp.Value = Guid.NewGuid().ToString();
                await user.ExecuteNonQueryAsync();
                leads++;
            }
        }

        await transaction.CommitAsync();
        return (agencies, leads);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
