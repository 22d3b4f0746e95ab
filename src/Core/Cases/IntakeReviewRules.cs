using System.Globalization;
using System.Runtime.CompilerServices;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Core.Cases;

/// <summary>The <c>Review</c> section: when a filing is mass or prolonged (task 4.5).</summary>
public sealed class ReviewOptions
{
    public const string SectionName = "Review";

    /// <summary>A filing signed by at least this many people is a mass case.</summary>
    public int MassSignatories { get; set; } = 5;

    /// <summary>This many filings on the same topic in the same commune within <see cref="MassWindowDays"/> make a mass matter.</summary>
    public int MassFilings { get; set; } = 5;

    public int MassWindowDays { get; set; } = 30;

    /// <summary>The same filer filing on the same topic again within this many days makes it prolonged (kéo dài).</summary>
    public int RepeatWindowDays { get; set; } = 365;
}

/// <summary>
/// The rules that send a new filing to Thanh tra thành phố's review queue as well as to its lead agency
/// (DOMAIN.md, task 4.5): a denunciation of corruption, harassment or illegal fees; a mass filing; the same
/// filer on the same matter again. Overdue cases are flagged later, by the overdue sweep.
/// Every rule runs on every filing, so none may grow with the stored cases (issue 17): the mass count reads at most
/// <see cref="ReviewOptions.MassFilings"/> entries of the (topic, commune, received) index, O(log n); the repeat-filer
/// rule makes one seek on each of the (phone, topic, received) and (e-mail, topic, received) indexes, O(log n).
/// </summary>
public sealed class IntakeReviewRules(FeedbackDbContext db, IOptions<ReviewOptions> options)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    // The corruption topic of topics.csv. Industrial zones and "khác" share its Special scope but are not corruption.
    private const string CorruptionTopicCode = "tham-nhung-nhung-nhieu";

    public async Task<(ReviewReasons Reasons, string Note)> AssessAsync(
        CaseIntake intake, ReferenceDirectory directory, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(directory);
        var settings = options.Value;
        var queries = QueriesByModel.GetValue(db.Model, _ => new CompiledQueries());
        var reasons = ReviewReasons.None;
        var notes = new List<string>();

        if (intake.Kind == CaseKind.Denunciation && intake.TopicCode == CorruptionTopicCode)
        {
            reasons |= ReviewReasons.Corruption;
            notes.Add("Tố cáo hành vi tham nhũng, nhũng nhiễu, lạm thu");
        }

        if (intake.SignatoryCount >= settings.MassSignatories)
        {
            reasons |= ReviewReasons.Mass;
            notes.Add($"Đơn có {intake.SignatoryCount} người ký");
        }
        else if (intake.LocalityCode is { } locality)
        {
            // Counts no further than the threshold: a busy commune's hundredth filing costs what its fifth did.
            var needed = settings.MassFilings - 1;
            var sameMatter = await queries.SameMatterCount(db, intake.TopicCode, locality, now.AddDays(-settings.MassWindowDays), needed, cancellationToken);
            if (sameMatter >= needed)
            {
                reasons |= ReviewReasons.Mass;
                notes.Add($"Từ {settings.MassFilings} hồ sơ trở lên cùng lĩnh vực tại cùng địa bàn trong {settings.MassWindowDays} ngày");
            }
        }

        // A denouncer's contact is sealed and cannot be matched; repeated denunciations are for the officer to spot.
        if (intake.Kind != CaseKind.Denunciation)
        {
            var phone = ContactNormalizer.NormalizePhone(intake.Phone);
            var email = ContactNormalizer.NormalizeEmail(intake.Email);
            var since = now.AddDays(-settings.RepeatWindowDays);
            var byPhone = phone is null ? null : await queries.FirstFilingByPhone(db, phone, intake.TopicCode, since, cancellationToken);
            var byEmail = email is null ? null : await queries.FirstFilingByEmail(db, email, intake.TopicCode, since, cancellationToken);
            var earlier = byPhone is null || (byEmail is not null && byEmail < byPhone) ? byEmail : byPhone;
            if (earlier is { } first)
            {
                reasons |= ReviewReasons.Prolonged;
                notes.Add($"Người gửi đã gửi hồ sơ cùng lĩnh vực ngày {Deadlines.VietnamTime.ToLocalDate(first).ToString("dd/MM/yyyy", Vietnamese)}");
            }
        }

        return (reasons, string.Join("; ", notes));
    }

    // EF binds a compiled query to the model it first runs with; a process with two models (tests, or two engines) keeps
    // one set per model.
    private static readonly ConditionalWeakTable<IModel, CompiledQueries> QueriesByModel = [];

    /// <summary>
    /// The rules' queries, compiled once: a filing then only binds its values, instead of building the expression tree
    /// and looking it up in EF's query cache each time, which was half the rules' cost (issue 17 profile). Each is
    /// ordered by ReceivedAt, the order of the index it reads: that costs nothing, and a Take needs an order in EF.
    /// </summary>
    private sealed class CompiledQueries
    {
        public Func<FeedbackDbContext, string, string, DateTimeOffset, int, CancellationToken, Task<int>> SameMatterCount { get; } =
            EF.CompileAsyncQuery((FeedbackDbContext db, string topicCode, string localityCode, DateTimeOffset since, int needed, CancellationToken _) =>
                db.Cases.AsNoTracking()
                    .Where(c => c.TopicCode == topicCode && c.LocalityCode == localityCode && c.ReceivedAt >= since)
                    .OrderBy(c => c.ReceivedAt)
                    .Take(needed)
                    .Count());

        // Asked once per contact with a value, not as "phone = @p OR email = @e" with null checks, so that each is one
        // seek on its (contact, topic, received) index (ContactIndexes) instead of a walk over every case on the topic.
        public Func<FeedbackDbContext, string, string, DateTimeOffset, CancellationToken, Task<DateTimeOffset?>> FirstFilingByPhone { get; } =
            EF.CompileAsyncQuery((FeedbackDbContext db, string phone, string topicCode, DateTimeOffset since, CancellationToken _) =>
                db.Cases.AsNoTracking()
                    .Where(c => c.Filer.Phone == phone && c.TopicCode == topicCode && c.ReceivedAt >= since)
                    .OrderBy(c => c.ReceivedAt)
                    .Select(c => (DateTimeOffset?)c.ReceivedAt)
                    .FirstOrDefault());

        public Func<FeedbackDbContext, string, string, DateTimeOffset, CancellationToken, Task<DateTimeOffset?>> FirstFilingByEmail { get; } =
            EF.CompileAsyncQuery((FeedbackDbContext db, string email, string topicCode, DateTimeOffset since, CancellationToken _) =>
                db.Cases.AsNoTracking()
                    .Where(c => c.Filer.Email == email && c.TopicCode == topicCode && c.ReceivedAt >= since)
                    .OrderBy(c => c.ReceivedAt)
                    .Select(c => (DateTimeOffset?)c.ReceivedAt)
                    .FirstOrDefault());
    }
}
