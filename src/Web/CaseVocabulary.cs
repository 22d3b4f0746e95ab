using System.Globalization;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Web;

/// <summary>
/// Every case word both sites show, in the request's language (Resources/CaseText.resx, ADR 22): Core
/// keeps the codes, the sites speak them. Some words have two readers: staff see each state and step
/// exactly (<see cref="Status"/>, <see cref="History"/>), the filer reads them as told to them
/// (<see cref="StatusForFiler"/>, <see cref="HistoryForFiler"/>). Dates are in Hải Phòng's time zone (UTC+7).
/// </summary>
public sealed class CaseVocabulary(IStringLocalizer<CaseText> text)
{
    /// <summary>The names of a case's fields, where both sites show them: "Loại", "Tình trạng".</summary>
    public string TitleField => text["Case.Field.Title"];

    public string KindField => text["Case.Field.Kind"];

    public string StatusField => text["Case.Field.Status"];

    public string ReceivedField => text["Case.Field.Received"];

    public string Kind(CaseKind kind) => Known(kind, "Case.Kind.");

    /// <summary>The state as staff need it: "Chờ lãnh đạo duyệt" is not "Đang giải quyết".</summary>
    public string Status(CaseStatus status) => Known(status, "Case.Status.");

    public string StatusForFiler(CaseStatus status) => status switch
    {
        // The filer is not told an answer waits for the lead's approval: to them it is still being dealt with.
        CaseStatus.Accepted or CaseStatus.AwaitingApproval => text["Case.FilerStatus.InProgress"],
        _ => Known(status, "Case.FilerStatus."),
    };

    public string Channel(CaseChannel channel) => Known(channel, "Case.Channel.");

    public string FilerType(FilerType type) => Known(type, "Case.FilerType.");

    /// <summary>A line of the case history as staff read it; <paramref name="note"/> is the routing rule of a "Routed" line.</summary>
    public string History(CaseEventType type, string? agencyName, string? note) =>
        Known(type, "Case.History.", agencyName ?? "", note ?? "");

    /// <summary>A line of the case history told to the filer; steps they are not told of have no text here.</summary>
    public string HistoryForFiler(CaseEventType type, string? agencyName) => Known(type, "Case.FilerHistory.", agencyName ?? "");

    /// <summary>The reasons a case is in Thanh tra's review queue, lower case, joined: "phức tạp, quá hạn".</summary>
    public string ReviewReasons(ReviewReasons reasons) => string.Join(", ", Enum.GetValues<ReviewReasons>()
        .Where(r => r != Core.Cases.ReviewReasons.None && reasons.HasFlag(r))
        .Select(r => Known(r, "Case.ReviewReason.")));

    /// <summary>The stage a deadline policy or a running clock belongs to, as staff name it.</summary>
    public string Stage(DeadlineStage stage) => Known(stage, "Case.Stage.");

    /// <summary>The heading of a due date shown to the filer: "Hạn thụ lý".</summary>
    public string DeadlineHeading(DeadlineStage stage) => stage switch
    {
        DeadlineStage.Intake or DeadlineStage.Acceptance or DeadlineStage.Notification => text[$"Case.Deadline.{stage}"],
        _ => text["Case.Deadline.Resolution"],
    };

    /// <summary>A legal ground for not accepting a case, in the request's language (its words are Core's: see <see cref="Core.Cases.RefusalGround"/>).</summary>
    public string RefusalGround(RefusalGround ground)
    {
        ArgumentNullException.ThrowIfNull(ground);
        return ground.TextIn(CultureInfo.CurrentUICulture);
    }

    /// <summary>The law a ground comes from: "Luật Khiếu nại 2011, Điều 11".</summary>
    public string RefusalLaw(RefusalGround ground)
    {
        ArgumentNullException.ThrowIfNull(ground);
        return ground.LegalSourceIn(CultureInfo.CurrentUICulture);
    }

    /// <summary>
    /// A "Refused" history line's note (written in Vietnamese, <see cref="Core.Cases.RefusalGround.NoteFor"/>) for its
    /// reader: the ground and its law in their language, then the agency's message as the agency wrote it.
    /// </summary>
    public string RefusalNote(string note)
    {
        var (ground, message) = Core.Cases.RefusalGround.FromNote(note);
        return ground is null ? note : text["Case.Refusal.Note", RefusalGround(ground), RefusalLaw(ground), message];
    }

    public string Unit(DayUnit unit) => unit == DayUnit.WorkingDays ? text["Case.Unit.WorkingDays"] : text["Case.Unit.Days"];

    public string Date(DateOnly day) => day.ToString(text["Case.Date.Format"], CultureInfo.CurrentCulture);

    public string Date(DateTimeOffset at) => at.ToOffset(VietnamTime.Offset).ToString(text["Case.Date.Format"], CultureInfo.CurrentCulture);

    /// <summary>A moment in a sentence a filer reads: "09:30 ngày 12/02/2026".</summary>
    public string DateTime(DateTimeOffset at) => at.ToOffset(VietnamTime.Offset).ToString(text["Case.DateTime.Format"], CultureInfo.CurrentCulture);

    /// <summary>A moment in a table staff scan: "09:30 12/02/2026".</summary>
    public string Timestamp(DateTimeOffset at) => at.ToOffset(VietnamTime.Offset).ToString(text["Case.Timestamp.Format"], CultureInfo.CurrentCulture);

    // A value Core adds before its words exist reads as its code rather than as a raw resource key.
    private string Known<T>(T value, string prefix, params object[] arguments)
        where T : struct, Enum
    {
        var found = arguments.Length == 0 ? text[prefix + value] : text[prefix + value, arguments];
        return found.ResourceNotFound ? value.ToString() : found.Value;
    }
}
