using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace DanVan.Feedback.Core.Attachments;

/// <summary>Why a file is refused; each has its own message on the form.</summary>
public enum AttachmentProblem
{
    None,
    Empty,
    TooLarge,

    /// <summary>Not one of the accepted kinds by its content, whatever its name says, or damaged.</summary>
    NotAccepted,
}

/// <summary>The outcome of inspecting one file: the file ready to store, or why it was refused.</summary>
public sealed record AttachmentInspection(PreparedAttachment? Attachment, AttachmentProblem Problem)
{
    public bool Accepted => Attachment is not null;
}

/// <summary>
/// Tells what a file is from its bytes — never from its name or the type the browser declared, both of which
/// the sender chooses — and prepares it to be stored: images lose their location metadata
/// (<see cref="ImageMetadataStripper"/>), and the name is cleaned to be shown as text.
/// </summary>
public static class AttachmentInspector
{
    private const string ContentTypesPart = "[Content_Types].xml";
    private const int ContentTypesMaxBytes = 256 * 1024;
    private const string WordMainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string ExcelMainType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> PdfSignature => "%PDF-"u8;

    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];

    /// <summary>A size problem, known before the file is read.</summary>
    public static AttachmentProblem CheckLength(long length) => length switch
    {
        <= 0 => AttachmentProblem.Empty,
        > AttachmentRules.MaxFileBytes => AttachmentProblem.TooLarge,
        _ => AttachmentProblem.None,
    };

    public static AttachmentInspection Inspect(string? fileName, ReadOnlyMemory<byte> content)
    {
        if (CheckLength(content.Length) is var size and not AttachmentProblem.None)
        {
            return new(null, size);
        }

        if (Sniff(content) is not { } kind || ImageMetadataStripper.Strip(kind, content) is not { } stored)
        {
            return new(null, AttachmentProblem.NotAccepted);
        }

        return new(new PreparedAttachment(DisplayName(fileName, kind), kind, stored), AttachmentProblem.None);
    }

    /// <summary>The kind the content is, or null for anything else (an executable, a script, a macro-enabled document…).</summary>
    public static AttachmentKind? Sniff(ReadOnlyMemory<byte> content)
    {
        var head = content.Span;
        if (head is [0xFF, 0xD8, 0xFF, ..])
        {
            return AttachmentKind.Jpeg;
        }

        if (head.StartsWith(PngSignature))
        {
            return AttachmentKind.Png;
        }

        if (head.StartsWith(PdfSignature))
        {
            return AttachmentKind.Pdf;
        }

        return head.StartsWith(ZipSignature) ? SniffOfficeDocument(content) : null;
    }

    /// <summary>
    /// A .docx or .xlsx is a ZIP package (ECMA-376, Open Packaging Conventions): its <c>[Content_Types].xml</c> names
    /// the main part's type, and the part lives under <c>word/</c> or <c>xl/</c>. Only the central directory and that
    /// one small part are read, so a ZIP bomb is never unpacked. Macro-enabled packages are refused.
    /// </summary>
    private static AttachmentKind? SniffOfficeDocument(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var zip = new ZipArchive(new ReadOnlyMemoryStream(content), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            var types = zip.GetEntry(ContentTypesPart);
            if (types is null || types.Length is 0 or > ContentTypesMaxBytes)
            {
                return null;
            }

            string declared;
            using (var reader = new StreamReader(types.Open(), Encoding.UTF8))
            {
                declared = reader.ReadToEnd();
            }

            var isWord = declared.Contains(WordMainType, StringComparison.Ordinal) && names.Contains("word/document.xml");
            var isExcel = declared.Contains(ExcelMainType, StringComparison.Ordinal) && names.Contains("xl/workbook.xml");
            return (isWord, isExcel) switch
            {
                (true, false) => AttachmentKind.Docx,
                (false, true) => AttachmentKind.Xlsx,
                _ => null,
            };
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// The filer's name for the file, fit to show: no folders, no control or bidirectional-override characters (which
    /// can make "gpj.exe" read as "exe.jpg"), composed Unicode, at most <see cref="AttachmentRules.DisplayNameMaxLength"/>.
    /// </summary>
    public static string DisplayName(string? fileName, AttachmentKind kind)
    {
        var result = CleanName(fileName);
        return result.Length == 0 ? "tep-dinh-kem" + AttachmentRules.Extension(kind) : result;
    }

    /// <summary>The cleaned name, or empty when nothing is left; also used to name a refused file in a message.</summary>
    public static string CleanName(string? fileName)
    {
        var name = fileName ?? "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var cleaned = new StringBuilder(name.Length);
        foreach (var ch in name.Normalize(NormalizationForm.FormC))
        {
            // Tabs and line breaks become one space; other invisible characters go.
            if (char.IsWhiteSpace(ch))
            {
                if (cleaned.Length > 0 && cleaned[^1] != ' ')
                {
                    cleaned.Append(' ');
                }

                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator)
            {
                continue;
            }

            cleaned.Append(ch);
        }

        var result = cleaned.ToString().Trim().Trim('.').Trim();
        if (result.Length > AttachmentRules.DisplayNameMaxLength)
        {
            var extension = Path.GetExtension(result);
            extension = extension.Length is > 0 and <= 10 ? extension : "";
            result = result[..(AttachmentRules.DisplayNameMaxLength - extension.Length)].TrimEnd() + extension;
        }

        return result;
    }

    /// <summary>A read-only stream over memory the caller owns, so ZipArchive can seek without a copy.</summary>
    private sealed class ReadOnlyMemoryStream(ReadOnlyMemory<byte> memory) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => memory.Length;

        public override long Position
        {
            get => position;
            set => position = (int)Math.Clamp(value, 0, memory.Length);
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var available = memory.Span[position..];
            var n = Math.Min(available.Length, buffer.Length);
            available[..n].CopyTo(buffer);
            position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => position + offset,
            _ => memory.Length + offset,
        };

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
