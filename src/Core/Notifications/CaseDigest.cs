using System.Globalization;
using System.Text;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Jobs;

namespace DanVan.Feedback.Core.Notifications;

/// <summary>
/// One message per person per sweep listing their cases, not one per case: a lead with 175 late cases
/// on a backlog morning should get one mail, and it stays readable.
/// </summary>
public static class CaseDigest
{
    public const int MaxListed = 100;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string MarkdownList(IReadOnlyList<(CaseClockRow Case, DeadlineStatus Status)> cases, string backofficeUrl)
    {
        var list = new StringBuilder();
        foreach (var (row, status) in cases.OrderBy(c => c.Status.DueOn).Take(MaxListed))
        {
            var unit = status.Unit == DayUnit.WorkingDays ? "ngày làm việc" : "ngày";
            var when = status.RemainingDays < 0 ? $"quá hạn {-status.RemainingDays} {unit}" : $"còn {status.RemainingDays} {unit}";
            list.Append(CultureInfo.InvariantCulture, $"- [{row.DisplayCode}]({backofficeUrl.TrimEnd('/')}/ho-so/{row.TrackingCode}) ")
                .Append(EmailComposer.EscapeMarkdown(row.Title))
                .Append(CultureInfo.InvariantCulture, $" – hạn {status.DueOn.ToString("dd/MM/yyyy", Vietnamese)}, {when}")
                .Append('\n');
        }

        if (cases.Count > MaxListed)
        {
            list.Append(CultureInfo.InvariantCulture, $"- và {cases.Count - MaxListed} hồ sơ khác trong hộp thư\n");
        }

        return list.ToString();
    }
}
