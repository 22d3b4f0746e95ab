using System.Globalization;
using DanVan.Feedback.Core.Deadlines;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVan.Feedback.Core.Scoring.Export;

/// <summary>A value for one cell: text, a number, or a date Excel reads as a date.</summary>
internal readonly record struct SheetCell(string? TextValue, string? NumberValue, uint Style)
{
    public static readonly SheetCell Empty = new(null, null, Styles.Normal);

    /// <summary>Text as typed by someone: neutralised against formula injection.</summary>
    public static SheetCell Text(string? text) => string.IsNullOrEmpty(text) ? Empty : new(SpreadsheetText.Neutralise(text), null, Styles.Normal);

    public static SheetCell Header(string text) => new(text, null, Styles.Header);

    public static SheetCell Points(decimal? value) => value is { } v ? new(null, v.ToString(CultureInfo.InvariantCulture), Styles.Points) : Empty;

    public static SheetCell Number(decimal? value) => value is { } v ? new(null, v.ToString(CultureInfo.InvariantCulture), Styles.Normal) : Empty;

    public static SheetCell Number(int? value) => value is { } v ? new(null, v.ToString(CultureInfo.InvariantCulture), Styles.Normal) : Empty;

    /// <summary>A day as Excel's serial number, shown dd/mm/yyyy.</summary>
    public static SheetCell Date(DateOnly? value) =>
        value is { } d ? new(null, d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture), Styles.Date) : Empty;

    /// <summary>An instant in Hải Phòng's time (UTC+7) as Excel's serial number, shown dd/mm/yyyy hh:mm.</summary>
    public static SheetCell Moment(DateTimeOffset? value) =>
        value is { } at ? new(null, at.ToOffset(VietnamTime.Offset).DateTime.ToOADate().ToString("R", CultureInfo.InvariantCulture), Styles.DateTime) : Empty;
}

/// <summary>The workbook's few cell formats; the indexes are positions in <see cref="Create"/>'s cell formats.</summary>
internal static class Styles
{
    public const uint Normal = 0;
    public const uint Header = 1;
    public const uint Date = 2;
    public const uint DateTime = 3;
    public const uint Points = 4;

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "dd/mm/yyyy hh:mm" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "0.00" })
        { Count = 3 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true,
            },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 166, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
        { Count = 5 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}

/// <summary>
/// Writes one worksheet row by row with Open XML's SAX-style writer, so a sheet of a year's cases is never held
/// as a document tree. Text goes inline (no shared-string table to keep in memory).
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    /// <summary>Excel's last row.</summary>
    public const int MaxRows = 1_048_576;

    private static readonly Row RowShape = new();
    private static readonly Cell CellShape = new();
    private static readonly CellValue ValueShape = new();
    private static readonly InlineString InlineStringShape = new();
    private static readonly Text TextShape = new();
    private static readonly OpenXmlAttribute[] PreserveSpace = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];

    private readonly OpenXmlWriter writer;
    private uint row;

    /// <param name="frozenRows">Rows kept in view when scrolling (the header rows); 0 for none.</param>
    public SheetWriter(WorksheetPart part, IReadOnlyList<double> columnWidths, uint frozenRows)
    {
        writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        if (frozenRows > 0)
        {
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = frozenRows, TopLeftCell = $"A{frozenRows + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft })
            { WorkbookViewId = 0 }));
        }

        if (columnWidths.Count > 0)
        {
            writer.WriteElement(new Columns(columnWidths.Select((width, i) =>
                new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true })));
        }

        writer.WriteStartElement(new SheetData());
    }

    /// <summary>The number of the last row written (1-based).</summary>
    public uint RowNumber => row;

    public void Row(params IEnumerable<SheetCell> cells)
    {
        row++;
        writer.WriteStartElement(RowShape, [new OpenXmlAttribute("r", "", row.ToString(CultureInfo.InvariantCulture))]);
        var column = 0;
        foreach (var cell in cells)
        {
            column++;
            if (cell.TextValue is null && cell.NumberValue is null)
            {
                continue;
            }

            // Attributes on reused element shapes: a DOM object per cell cost ~9 KB of garbage a drill-down row.
            var attributes = new List<OpenXmlAttribute>(3) { new("r", "", ColumnName(column) + row.ToString(CultureInfo.InvariantCulture)) };
            if (cell.Style != Styles.Normal)
            {
                attributes.Add(new("s", "", cell.Style.ToString(CultureInfo.InvariantCulture)));
            }

            if (cell.NumberValue is { } number)
            {
                writer.WriteStartElement(CellShape, attributes);
                writer.WriteStartElement(ValueShape);
                writer.WriteString(number);
            }
            else
            {
                attributes.Add(new("t", "", "inlineStr"));
                writer.WriteStartElement(CellShape, attributes);
                writer.WriteStartElement(InlineStringShape);
                writer.WriteStartElement(TextShape, PreserveSpace);
                writer.WriteString(SpreadsheetText.XmlSafe(cell.TextValue!));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    public void BlankRow() => row++;

    public void Dispose()
    {
        writer.WriteEndElement(); // sheetData
        writer.WriteEndElement(); // worksheet
        writer.Close();
        writer.Dispose();
    }

    internal static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }
}
