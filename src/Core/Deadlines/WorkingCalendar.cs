namespace DanVan.Feedback.Core.Deadlines;

/// <summary>
/// Which days are working days ("ngày làm việc"): Monday to Friday, less public holidays and
/// compensatory days, plus weekend days worked in a swap. A year whose schedule has been announced
/// (entries given to the constructor) is official and follows those entries alone, so an announced
/// year lists every holiday; any other year is provisional and follows <see cref="PublicHolidays.Computed"/>.
/// Immutable and thread-safe: each year is computed on first use and never changes afterwards.
/// </summary>
public sealed class WorkingCalendar
{
    // A year's Tết holiday starts on the last day of the previous lunar year, so the first lunar year is not enough.
    public const int MinYear = VietnameseLunarCalendar.MinYear + 1;
    public const int MaxYear = VietnameseLunarCalendar.MaxYear;

    private static readonly Lazy<WorkingCalendar> Default = new(() => new WorkingCalendar(CalendarSeed.AnnouncedDays()));

    private readonly Dictionary<int, CalendarDay[]> announced;
    private readonly YearTable?[] years = new YearTable?[MaxYear - MinYear + 1];

    /// <param name="announcedDays">The announced schedule of every official year, e.g. from database rows.</param>
    /// <exception cref="ArgumentException">A date is entered twice, or both as a day off and as a working day, or has no reason.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date lies outside <see cref="MinYear"/>..<see cref="MaxYear"/>.</exception>
    public WorkingCalendar(IEnumerable<CalendarDay> announcedDays)
    {
        ArgumentNullException.ThrowIfNull(announcedDays);
        var byDate = new Dictionary<DateOnly, CalendarDay>();
        foreach (var day in announcedDays)
        {
            Validate(day, byDate);
            byDate.Add(day.Date, day);
        }

        announced = byDate.Values
            .GroupBy(d => d.Date.Year)
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.Date).ToArray());
    }

    /// <summary>The shipped announced schedules (calendar-*.csv) with computed years around them; one shared instance.</summary>
    public static WorkingCalendar CreateDefault() => Default.Value;

    /// <summary>Whether the government's schedule for the year has been entered; otherwise its holidays are computed.</summary>
    public bool IsOfficial(int year)
    {
        CheckYear(year, nameof(year));
        return announced.ContainsKey(year);
    }

    public bool IsWorkingDay(DateOnly day) => Table(day.Year, nameof(day)).IsWorking(day.DayOfYear - 1);

    /// <summary>The day itself if it is a working day, else the first working day after it.</summary>
    public DateOnly NextWorkingDay(DateOnly day)
    {
        var table = Table(day.Year, nameof(day));
        var index = day.DayOfYear - 1;
        while (true)
        {
            for (; index < table.Length; index++)
            {
                if (table.IsWorking(index))
                {
                    return table.Date(index);
                }
            }

            table = Table(table.Year + 1, nameof(day));
            index = 0;
        }
    }

    /// <summary>
    /// The day on which a period of <paramref name="days"/> working days ends, counting from the day
    /// after <paramref name="start"/> ("05 ngày làm việc" from receipt ends on the 5th working day after it).
    /// Zero days gives <see cref="NextWorkingDay"/> of the start: the same day if it is a working day.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days == 0)
        {
            return NextWorkingDay(start);
        }

        var table = Table(start.Year, nameof(start));
        // The running total of working days from 1 January of the start year, carried over year ends.
        var target = (long)table.WorkingDaysThrough(start.DayOfYear - 1) + days;
        while (target > table.WorkingDaysInYear)
        {
            target -= table.WorkingDaysInYear;
            table = Table(table.Year + 1, nameof(days));
        }

        return table.Date(table.IndexOfWorkingDay((int)target));
    }

    /// <summary>
    /// The working days after <paramref name="fromExclusive"/> up to and including <paramref name="toInclusive"/>;
    /// negative, with the same magnitude, when <paramref name="toInclusive"/> is earlier (days overdue).
    /// </summary>
    public int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive)
    {
        if (toInclusive < fromExclusive)
        {
            return -CountWorkingDays(toInclusive, fromExclusive);
        }

        var from = Table(fromExclusive.Year, nameof(fromExclusive));
        var to = Table(toInclusive.Year, nameof(toInclusive));
        var count = to.WorkingDaysThrough(toInclusive.DayOfYear - 1) - from.WorkingDaysThrough(fromExclusive.DayOfYear - 1);
        for (var year = fromExclusive.Year; year < toInclusive.Year; year++)
        {
            count += Table(year, nameof(toInclusive)).WorkingDaysInYear;
        }

        return count;
    }

    /// <summary>The year's days off other than ordinary weekends (holidays, compensatory and swapped days), by date.</summary>
    public IReadOnlyList<CalendarDay> DaysOff(int year) =>
        [.. Schedule(year).Where(d => d.Kind == CalendarDayKind.DayOff)];

    /// <summary>The year's schedule: the announced entries of an official year, the computed holidays of a provisional one.</summary>
    public IReadOnlyList<CalendarDay> Schedule(int year) => Table(year, nameof(year)).Schedule;

    private static void Validate(CalendarDay? day, Dictionary<DateOnly, CalendarDay> byDate)
    {
        if (day is null)
        {
            throw new ArgumentException("An announced schedule cannot contain a null entry.", "announcedDays");
        }

        CheckYear(day.Date.Year, "announcedDays");
        if (!Enum.IsDefined(day.Kind))
        {
            throw new ArgumentException($"{day.Date:yyyy-MM-dd} has an unknown kind {day.Kind}.", "announcedDays");
        }

        if (string.IsNullOrWhiteSpace(day.Reason))
        {
            throw new ArgumentException($"{day.Date:yyyy-MM-dd} has no reason; staff must see why a day is off or worked.", "announcedDays");
        }

        if (byDate.TryGetValue(day.Date, out var earlier))
        {
            var why = earlier.Kind == day.Kind
                ? $"is announced twice as {day.Kind}"
                : "is announced both as a day off and as a working day";
            throw new ArgumentException($"{day.Date:yyyy-MM-dd} {why} ('{earlier.Reason}' and '{day.Reason}').", "announcedDays");
        }
    }

    private static void CheckYear(int year, string parameter)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(parameter, year, $"The working calendar covers {MinYear}–{MaxYear}.");
        }
    }

    private YearTable Table(int year, string parameter)
    {
        CheckYear(year, parameter);
        ref var slot = ref years[year - MinYear];
        var table = Volatile.Read(ref slot);
        if (table is not null)
        {
            return table;
        }

        var built = announced.TryGetValue(year, out var days)
            ? new YearTable(year, days)
            : new YearTable(year, PublicHolidays.Computed(year));
        return Interlocked.CompareExchange(ref slot, built, null) ?? built;
    }

    /// <summary>One year's working days as running totals: cumulative[i] counts the working days of day-of-year 0..i.</summary>
    private sealed class YearTable
    {
        private readonly ushort[] cumulative;
        private readonly int firstDayNumber;

        public YearTable(int year, IReadOnlyList<CalendarDay> schedule)
        {
            Year = year;
            Schedule = schedule.ToArray().AsReadOnly();
            var first = new DateOnly(year, 1, 1);
            firstDayNumber = first.DayNumber;
            cumulative = new ushort[DateTime.IsLeapYear(year) ? 366 : 365];
            var kinds = schedule.ToDictionary(d => d.Date, d => d.Kind);
            var running = 0;
            for (var i = 0; i < cumulative.Length; i++)
            {
                var date = first.AddDays(i);
                var working = kinds.TryGetValue(date, out var kind)
                    ? kind == CalendarDayKind.WorkingDay
                    : !PublicHolidays.IsWeekend(date);
                running += working ? 1 : 0;
                cumulative[i] = (ushort)running;
            }
        }

        public int Year { get; }

        public IReadOnlyList<CalendarDay> Schedule { get; }

        public int Length => cumulative.Length;

        public int WorkingDaysInYear => cumulative[^1];

        public int WorkingDaysThrough(int index) => cumulative[index];

        public bool IsWorking(int index) => cumulative[index] != (index == 0 ? 0 : cumulative[index - 1]);

        public DateOnly Date(int index) => DateOnly.FromDayNumber(firstDayNumber + index);

        /// <summary>The day on which the running total first reaches <paramref name="ordinal"/> (1..WorkingDaysInYear): a working day.</summary>
        public int IndexOfWorkingDay(int ordinal)
        {
            int low = 0, high = cumulative.Length - 1;
            while (low < high)
            {
                var mid = (low + high) / 2;
                if (cumulative[mid] < ordinal)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low;
        }
    }
}
