using System.Globalization;
using System.Resources;

namespace DanVan.Feedback.Core.Cases;

/// <summary>A legal ground for not accepting (không thụ lý) a case, shown to the officer and quoted to the filer.</summary>
public sealed record RefusalGround(string Code, CaseKind Kind)
{
    // The words are in Cases/RefusalGroundText.resx (the law's Vietnamese) and .en.resx, keyed by code, here in Core
    // and not in src/Web: the refusal mail, written by Core in the step's own transaction (ADR 5), quotes the ground
    // in the filer's language. The sites read the same words through CaseVocabulary (ADR 24).
    private static readonly ResourceManager Words = new("DanVan.Feedback.Core.Cases.RefusalGroundText", typeof(RefusalGround).Assembly);
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Every ground, by kind. The complaint grounds are the eleven of Art. 11 (vietnam-domain.md §2.2).</summary>
    public static IReadOnlyList<RefusalGround> All { get; } =
    [
        new("KN-11-1", CaseKind.Complaint),
        new("KN-11-2", CaseKind.Complaint),
        new("KN-11-3", CaseKind.Complaint),
        new("KN-11-4", CaseKind.Complaint),
        new("KN-11-5", CaseKind.Complaint),
        new("KN-11-6", CaseKind.Complaint),
        new("KN-11-7", CaseKind.Complaint),
        new("KN-11-8", CaseKind.Complaint),
        new("KN-11-9", CaseKind.Complaint),
        new("KN-11-10", CaseKind.Complaint),
        new("KN-11-11", CaseKind.Complaint),
        new("TC-25", CaseKind.Denunciation),
        new("TC-29-1", CaseKind.Denunciation),
        new("TC-29-2", CaseKind.Denunciation),
        new("TC-29-3", CaseKind.Denunciation),
        new("PA-9-1", CaseKind.Feedback),
        new("PA-9-2", CaseKind.Feedback),
        new("PA-9-3", CaseKind.Feedback),
        new("KNG-9-1", CaseKind.Recommendation),
        new("KNG-9-2", CaseKind.Recommendation),
        new("KNG-9-3", CaseKind.Recommendation),
    ];

    /// <summary>
    /// The ground in the law's Vietnamese: the case history records it so (<see cref="NoteFor"/>), as the legal record
    /// staff read and <see cref="FromNote"/> parses back, whatever language the filer used.
    /// </summary>
    public string Text => TextIn(Vietnamese);

    public string LegalSource => LegalSourceIn(Vietnamese);

    /// <summary>The ground in a reader's language: Vietnamese, or English for the English Portal and mail.</summary>
    public string TextIn(CultureInfo culture) => Words.GetString(Code, culture) ?? Code;

    public string LegalSourceIn(CultureInfo culture) => Words.GetString("Law." + Law, culture) ?? "";

    // Phản ánh and kiến nghị are refused under the same decree.
    private string Law => Kind switch
    {
        CaseKind.Complaint => "Complaint",
        CaseKind.Denunciation => "Denunciation",
        _ => "Feedback",
    };

    public static IEnumerable<RefusalGround> For(CaseKind kind) => All.Where(g => g.Kind == kind);

    public static RefusalGround? Find(string? code) => All.FirstOrDefault(g => g.Code == code);

    /// <summary>How a refusal reads in the case history: "ground (legal source). message".</summary>
    public string NoteFor(string messageToFiler) => $"{Text} ({LegalSource}). {messageToFiler.Trim()}";

    /// <summary>The ground and the message back out of a <see cref="NoteFor"/> note, for the mail to the filer.</summary>
    public static (RefusalGround? Ground, string Message) FromNote(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        foreach (var ground in All)
        {
            var prefix = ground.NoteFor("");
            if (note.StartsWith(prefix, StringComparison.Ordinal))
            {
                return (ground, note[prefix.Length..].Trim());
            }
        }

        return (null, note);
    }
}
