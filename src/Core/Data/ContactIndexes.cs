using Microsoft.EntityFrameworkCore.Migrations;

namespace DanVan.Feedback.Core.Data;

/// <summary>
/// Indexes the model cannot declare: a filer's contact lives on the owned <c>Filer</c>, the topic and the time of
/// receipt on the case, and EF indexes one entity type's properties only. With them the repeat-filer rule at intake
/// finds a contact's first filing on a topic by one seek on the index alone (<see cref="Cases.IntakeReviewRules"/>),
/// however often that contact has written. Every engine's <c>InitialCreate</c> calls <see cref="Create"/> last
/// (ADR 21: copy the call back when regenerating); <c>ContactIndexesTests</c> fails on a database without them.
/// </summary>
public static class ContactIndexes
{
    public const string ByPhone = "IX_Cases_FilerPhone_TopicCode_ReceivedAt";

    public const string ByEmail = "IX_Cases_FilerEmail_TopicCode_ReceivedAt";

    public static void Create(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateIndex(ByPhone, "Cases", ["FilerPhone", "TopicCode", "ReceivedAt"]);
        migrationBuilder.CreateIndex(ByEmail, "Cases", ["FilerEmail", "TopicCode", "ReceivedAt"]);
    }
}
