using System.Diagnostics;
using System.Globalization;
using DanVan.Feedback.Core;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

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
/// their events written with raw SQL through Microsoft.Data.Sqlite: one prepared command per table,
/// parameters reused, a transaction per 100,000 cases. Values are stored exactly as EF Core stores them
/// on SQLite (enums as text, DateTimeOffset through DateTimeOffsetToBinaryConverter, DateOnly as
/// yyyy-MM-dd); stored due dates come from the deadline calculator over each case's own history.
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

    private static readonly string[] Titles =
    [
        "Lấn chiếm vỉa hè trước số nhà 112 phố Lạch Tray",
        "Rác thải không được thu gom ba ngày nay ở ngõ 45",
        "Đèn đường ngõ 17 Đình Đông không sáng từ đầu tháng",
        "Cống thoát nước tắc gây ngập khi mưa ở tổ dân phố 6",
        "Hồ sơ chứng thực chậm trả kết quả tại bộ phận một cửa",
        "Tiếng ồn từ quán karaoke sau 23 giờ ở khu dân cư",
    ];

    private static readonly string[] Descriptions =
    [
        "Từ đầu tháng đến nay, đoạn vỉa hè trước các số nhà 108 đến 116 bị các hộ kinh doanh để xe máy, bàn ghế và biển quảng cáo lấn chiếm hoàn toàn, người đi bộ phải đi xuống lòng đường rất nguy hiểm, nhất là học sinh tan trường buổi chiều. Đề nghị phường kiểm tra, xử lý dứt điểm và có biện pháp duy trì.",
        "Điểm tập kết rác đầu ngõ 45 đã ba ngày không có xe đến thu gom, rác tràn ra lòng đường, bốc mùi hôi thối, ruồi nhặng nhiều. Người dân đã gọi điện cho tổ trưởng nhưng chưa được giải quyết. Đề nghị cơ quan chức năng yêu cầu đơn vị vệ sinh môi trường thu gom ngay và bố trí lịch thu gom cố định.",
        "Cả ngõ 17 tối om từ đầu tháng, người già và trẻ em đi lại rất khó khăn vào buổi tối, đã xảy ra hai vụ ngã xe. Người dân đã phản ánh với tổ dân phố nhưng chưa thấy ai đến sửa. Đề nghị phường cho kiểm tra hệ thống chiếu sáng và thay bóng đèn hỏng.",
    ];

    private static readonly string[] FilerNames =
    [
        "Trần Văn Bình", "Nguyễn Thị Lan", "Phạm Minh Tuấn", "Lê Thị Hồng", "Vũ Đức Anh",
        "Hoàng Thị Mai", "Đỗ Quang Huy", "Bùi Thị Thu", "Ngô Văn Nam", "Đặng Thị Hà",
    ];

    private static readonly ValueConverter<DateTimeOffset, long> Binary = new DateTimeOffsetToBinaryConverter();
    private static readonly Func<DateTimeOffset, long> ToStored = Binary.ConvertToProviderTyped;

    public static async Task<SeedResult> CreateAsync(string databaseFile, string dataDirectory, int caseCount, int seed, int leadEvery, DateTimeOffset now)
    {
        var watch = Stopwatch.StartNew();
        var today = VietnamTime.ToLocalDate(now);

        // 1. Schema and reference data, by Core itself.
        var services = CoreServices.Build(databaseFile, dataDirectory, now, new NoOpJobScheduler());
        await services.InitializeFeedbackDatabaseAsync();
        await CoreServices.ShutDownAsync(services);
        Console.WriteLine($"  migrated and seeded reference data: {watch.Elapsed.TotalSeconds:F1} s");

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false }.ToString());
        await connection.OpenAsync();

        // A bulk load, not the app's write path: no journal, no fsync, a large page cache. WAL again at the end.
        await ExecuteAsync(connection, "PRAGMA journal_mode=DELETE; PRAGMA synchronous=OFF; PRAGMA cache_size=-1048576; PRAGMA temp_store=MEMORY;");
        await ExecuteAsync(connection, "PRAGMA journal_mode=OFF;");

        var localities = await ReadStringsAsync(connection, "SELECT Code FROM Localities ORDER BY SortOrder");
        var topics = (await ReadStringsAsync(connection, "SELECT Code FROM Topics")).ToHashSet(StringComparer.Ordinal);
        foreach (var topic in Topics)
        {
            if (!topics.Contains(topic))
            {
                throw new InvalidOperationException($"Topic {topic} is not seeded.");
            }
        }

        // 2. Cases, in receipt order (ids grow with time, as they do in production).
        var plans = Plan(caseCount, seed, localities.Count);
        var rules = DeadlineRules.CreateDefault();
        var codes = new HashSet<string>(caseCount, StringComparer.Ordinal);
        var mix = Enum.GetValues<CaseMix>().ToDictionary(m => m, _ => 0);
        var events = 0;

        await using (var cases = connection.CreateCommand())
        await using (var history = connection.CreateCommand())
        {
            cases.CommandText = """
                INSERT INTO "Cases" ("Id", "TrackingCode", "Kind", "Status", "Channel", "TopicCode", "LocalityCode",
                    "InIndustrialZone", "Title", "Description", "FilerType", "FilerName", "FilerOrganisation", "FilerPhone",
                    "FilerEmail", "ReceivedAt", "LeadAgencyCode", "OverseerAgencyCode", "RoutingRuleCode", "RoutingTask",
                    "ClockPaused", "DueOn", "FlaggedForReviewAt", "OverdueEscalatedAt")
                VALUES ($id, $code, 'Feedback', 'Received', 'Web', $topic, $locality,
                    0, $title, $description, 'Person', $name, NULL, $phone,
                    NULL, $receivedAt, $lead, NULL, 'DIA-PHUONG', '4.4',
                    $paused, $dueOn, NULL, NULL)
                """;
            var id = cases.Parameters.Add("$id", SqliteType.Integer);
            var code = cases.Parameters.Add("$code", SqliteType.Text);
            var topic = cases.Parameters.Add("$topic", SqliteType.Text);
            var locality = cases.Parameters.Add("$locality", SqliteType.Text);
            var title = cases.Parameters.Add("$title", SqliteType.Text);
            var description = cases.Parameters.Add("$description", SqliteType.Text);
            var name = cases.Parameters.Add("$name", SqliteType.Text);
            var phone = cases.Parameters.Add("$phone", SqliteType.Text);
            var receivedAt = cases.Parameters.Add("$receivedAt", SqliteType.Integer);
            var lead = cases.Parameters.Add("$lead", SqliteType.Text);
            var paused = cases.Parameters.Add("$paused", SqliteType.Integer);
            var dueOn = cases.Parameters.Add("$dueOn", SqliteType.Text);

            history.CommandText = """
                INSERT INTO "CaseEvents" ("CaseId", "Type", "OccurredAt", "ActorUserId", "AgencyCode", "Note", "Days", "IsPublic")
                VALUES ($caseId, $type, $occurredAt, NULL, $agency, $note, NULL, 1)
                """;
            var caseId = history.Parameters.Add("$caseId", SqliteType.Integer);
            var type = history.Parameters.Add("$type", SqliteType.Text);
            var occurredAt = history.Parameters.Add("$occurredAt", SqliteType.Integer);
            var agency = history.Parameters.Add("$agency", SqliteType.Text);
            var note = history.Parameters.Add("$note", SqliteType.Text);

            SqliteTransaction? transaction = null;
            for (var i = 0; i < plans.Length; i++)
            {
                if (i % CasesPerTransaction == 0)
                {
                    if (transaction is not null)
                    {
                        await transaction.CommitAsync();
                        await transaction.DisposeAsync();
                        Console.WriteLine($"  {i,9:N0} cases written: {watch.Elapsed.TotalSeconds:F1} s");
                    }

                    transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
                    cases.Transaction = transaction;
                    history.Transaction = transaction;
                }

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

                id.Value = i + 1L;
                code.Value = tracking;
                topic.Value = Topics[plan.Topic];
                locality.Value = localities[plan.Locality];
                title.Value = Titles[plan.Text % Titles.Length];
                description.Value = Descriptions[plan.Text % Descriptions.Length];
                name.Value = FilerNames[plan.Text % FilerNames.Length];
                phone.Value = string.Create(CultureInfo.InvariantCulture, $"09{(i * 7919L) % 100_000_000:D8}");
                receivedAt.Value = ToStored(plan.ReceivedAt);
                lead.Value = leadCode;
                paused.Value = isPaused ? 1 : 0;
                dueOn.Value = due is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
                await cases.ExecuteNonQueryAsync();

                caseId.Value = i + 1L;
                type.Value = nameof(CaseEventType.Received);
                occurredAt.Value = ToStored(plan.ReceivedAt);
                agency.Value = DBNull.Value;
                note.Value = nameof(CaseChannel.Web);
                await history.ExecuteNonQueryAsync();

                type.Value = nameof(CaseEventType.Routed);
                agency.Value = leadCode;
                note.Value = "DIA-PHUONG (nhiệm vụ 4.4)";
                await history.ExecuteNonQueryAsync();
                events += 2;

                if (plan.RequestedAt is { } requestedAt)
                {
                    type.Value = nameof(CaseEventType.InformationRequested);
                    occurredAt.Value = ToStored(requestedAt);
                    note.Value = "Đề nghị người phản ánh bổ sung địa chỉ cụ thể";
                    await history.ExecuteNonQueryAsync();
                    events++;
                }

                mix[plan.Mix]++;
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync();
                await transaction.DisposeAsync();
            }
        }

        Console.WriteLine($"  {caseCount,9:N0} cases and {events:N0} events written: {watch.Elapsed.TotalSeconds:F1} s");

        // 3. Agency leads with e-mail addresses for every leadEvery-th commune committee, two for the first five.
        var (agenciesWithLeads, leads) = await AddLeadsAsync(connection, localities, leadEvery);

        // 4. As a database that has lived a while: statistics, compacted, WAL as the app leaves it, checkpointed.
        var violations = await ReadStringsAsync(connection, "PRAGMA foreign_key_check");
        if (violations.Count > 0)
        {
            throw new InvalidOperationException($"{violations.Count} foreign key violation(s) in the seeded data, e.g. table {violations[0]}.");
        }

        await ExecuteAsync(connection, "PRAGMA journal_mode=DELETE; ANALYZE;");
        Console.WriteLine($"  ANALYZE: {watch.Elapsed.TotalSeconds:F1} s");
        await ExecuteAsync(connection, "VACUUM;");
        Console.WriteLine($"  VACUUM: {watch.Elapsed.TotalSeconds:F1} s");
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA wal_checkpoint(TRUNCATE);");
        await connection.CloseAsync();

        return new SeedResult(caseCount, events, mix, agenciesWithLeads, leads, watch.Elapsed, new FileInfo(databaseFile).Length);
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

    private static async Task<List<string>> ReadStringsAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
