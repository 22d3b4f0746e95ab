using DanVan.Feedback.Core.Answers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DanVan.Feedback.Bench.CaseData;

/// <summary>
/// The Portal's listing of published answers (ADR 0016) for cases written in bulk: each built by Core's own
/// <see cref="PublishedAnswer.From"/> (excerpt and folded words exactly as the publish step makes them), ids in
/// order of publication, the word index inserted in key order and its secondary index rebuilt at the end.
/// </summary>
public static class PublishedAnswerWriter
{
    private static readonly Func<DateTimeOffset, long> ToStored = new DateTimeOffsetToBinaryConverter().ConvertToProviderTyped;

    public static (int Answers, long Terms) Write(SqliteConnection connection, IEnumerable<CaseRow> cases)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var published = cases.Where(c => c.PublishedAt is not null).OrderBy(c => c.PublishedAt).ThenBy(c => c.Id).ToList();
        var indexes = BulkLoad.DropIndexes(connection, "PublishedAnswers", "PublishedAnswerTerms");
        var postings = new List<(string Term, long AnswerId)>();
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO "PublishedAnswers" ("Id", "CaseId", "PublishedAt", "Title", "TopicCode", "AgencyCode", "LocalityCode", "Excerpt")
                VALUES ($id, $case, $at, $title, $topic, $agency, $locality, $excerpt)
                """;
            var p = new[] { "$id", "$case", "$at", "$title", "$topic", "$agency", "$locality", "$excerpt" }
                .ToDictionary(n => n, n => insert.Parameters.Add(n, SqliteType.Text), StringComparer.Ordinal);
            long id = 0;
            foreach (var c in published)
            {
                var answer = PublishedAnswer.From(
                    c.Id, c.Kind, c.ConsentsToPublication, c.Title, c.TopicCode, c.LeadAgencyCode, c.LocalityCode, c.PublishedAnswer!, c.PublishedAt!.Value);
                id++;
                p["$id"].Value = id;
                p["$case"].Value = c.Id;
                p["$at"].Value = ToStored(answer.PublishedAt);
                p["$title"].Value = answer.Title;
                p["$topic"].Value = answer.TopicCode;
                p["$agency"].Value = answer.AgencyCode;
                p["$locality"].Value = (object?)answer.LocalityCode ?? DBNull.Value;
                p["$excerpt"].Value = answer.Excerpt;
                insert.ExecuteNonQuery();
                postings.AddRange(answer.Terms.Select(t => (t.Term, id)));
            }

            // Key order: the primary key's b-tree is appended to, not split at random.
            postings.Sort((a, b) => string.CompareOrdinal(a.Term, b.Term) is var byTerm and not 0 ? byTerm : a.AnswerId.CompareTo(b.AnswerId));
            using var term = connection.CreateCommand();
            term.Transaction = transaction;
            term.CommandText = """INSERT INTO "PublishedAnswerTerms" ("Term", "AnswerId") VALUES ($term, $answer)""";
            var termValue = term.Parameters.Add("$term", SqliteType.Text);
            var answerValue = term.Parameters.Add("$answer", SqliteType.Integer);
            foreach (var (word, answerId) in postings)
            {
                termValue.Value = word;
                answerValue.Value = answerId;
                term.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        BulkLoad.RestoreIndexes(connection, indexes);
        return (published.Count, postings.Count);
    }
}
