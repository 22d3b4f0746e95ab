using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Routing;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Core.Cases;

/// <summary>The code and the lead agency a filer is shown once their case is stored.</summary>
public sealed record FiledCase(TrackingCode Code, string LeadAgencyCode, string LeadAgencyName);

/// <summary>Thrown when an intake names reference data that does not exist; the page shows it as a field error.</summary>
public sealed class CaseIntakeException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>Writes cases: the one place intake from every channel goes through.</summary>
public sealed class CaseService(FeedbackDbContext db, ReferenceDataCache referenceData, TimeProvider time)
{
    /// <summary>Routes and stores a case with its first events, in one transaction.</summary>
    public async Task<FiledCase> FileAsync(CaseIntake intake, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intake);
        var directory = await referenceData.GetAsync(cancellationToken);
        if (directory.FindTopic(intake.TopicCode) is null)
        {
            throw new CaseIntakeException(nameof(intake.TopicCode), $"Unknown topic '{intake.TopicCode}'.");
        }

        if (intake.LocalityCode is { } locality && directory.FindLocality(locality) is null)
        {
            throw new CaseIntakeException(nameof(intake.LocalityCode), $"Unknown locality '{locality}'.");
        }

        var routing = CaseRouter.Route(
            new RoutingRequest
            {
                Kind = intake.Kind,
                TopicCode = intake.TopicCode,
                LocalityCode = intake.LocalityCode,
                FilerType = intake.FilerType,
                InIndustrialZone = intake.InIndustrialZone,
            },
            directory.Rules,
            directory);

        var receivedAt = time.GetUtcNow();

        // Two random codes out of 32^7 colliding is all but impossible; if it happens, draw again rather than fail the filer.
        for (var attempt = 1; ; attempt++)
        {
            var feedbackCase = FeedbackCase.Receive(intake, routing, TrackingCode.NewRandom(), receivedAt);
            db.Cases.Add(feedbackCase);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new FiledCase(feedbackCase.Code, routing.LeadAgencyCode, directory.AgencyName(routing.LeadAgencyCode));
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
                if (!await CodeTakenAsync(feedbackCase.TrackingCode, cancellationToken))
                {
                    throw;
                }
            }
        }
    }

    private Task<bool> CodeTakenAsync(string code, CancellationToken cancellationToken) =>
        db.Cases.AsNoTracking().AnyAsync(c => c.TrackingCode == code, cancellationToken);
}
