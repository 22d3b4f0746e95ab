using System.Globalization;
using DanVan.Feedback.Core.Data.Seed;

namespace DanVan.Feedback.Core.Deadlines;

/// <summary>
/// The announced holiday schedules shipped with the product (Data/Seed/calendar-*.csv), from which
/// <see cref="WorkingCalendar.CreateDefault"/> is built and the database can be seeded.
/// Columns: date (yyyy-MM-dd), kind (DayOff|WorkingDay), reason (Vietnamese, with the source),
/// official (false marks a row the announcement did not settle, to be verified by an administrator).
/// </summary>
public static class CalendarSeed
{
    public static readonly IReadOnlyList<string> FileNames = ["calendar-2026.csv"];

    public static IReadOnlyList<CalendarDay> AnnouncedDays() =>
        [.. FileNames.SelectMany(file => CsvReader.ReadEmbedded(file).Select(row => Parse(file, row)))];

    private static CalendarDay Parse(string file, IReadOnlyDictionary<string, string> row)
    {
        if (!DateOnly.TryParseExact(row["date"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new InvalidOperationException($"{file}: '{row["date"]}' is not a yyyy-MM-dd date.");
        }

        var kind = row["kind"] switch
        {
            "DayOff" => CalendarDayKind.DayOff,
            "WorkingDay" => CalendarDayKind.WorkingDay,
            var other => throw new InvalidOperationException($"{file}: unknown kind '{other}' on {row["date"]}."),
        };
        if (!bool.TryParse(row["official"], out _))
        {
            throw new InvalidOperationException($"{file}: official must be true or false on {row["date"]}.");
        }

        return new CalendarDay(date, kind, row["reason"]);
    }
}
