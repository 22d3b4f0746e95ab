using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVan.Feedback.Core.Tests.Scoring.Export;

/// <summary>A written workbook opened back with the Open XML SDK, read as an assessor reads it: by sheet, row and column.</summary>
internal sealed class WorkbookReader : IDisposable
{
    private readonly SpreadsheetDocument document;

    public WorkbookReader(Stream stream)
    {
        stream.Position = 0;
        document = SpreadsheetDocument.Open(stream, isEditable: false);
    }

    public IReadOnlyList<string> SheetNames =>
        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public IReadOnlyList<Row> Rows(string sheetName)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Row>().ToList();
    }

    public Worksheet Worksheet(string sheetName)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        return ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    /// <summary>The rows under the header row whose first cell reads <paramref name="firstHeader"/>, as lists of cells by column.</summary>
    public (List<string> Header, IReadOnlyList<Cell?[]> Rows) Table(string sheetName, string firstHeader)
    {
        var rows = Rows(sheetName);
        var header = rows.First(r => Text(Cell(r, 1)) == firstHeader);
        var width = header.Elements<Cell>().Count();
        var headers = Enumerable.Range(1, width).Select(c => Text(Cell(header, c)) ?? "").ToList();
        var data = rows.Where(r => r.RowIndex!.Value > header.RowIndex!.Value)
            .Select(r => Enumerable.Range(1, width).Select(c => Cell(r, c)).ToArray())
            .ToList();
        return (headers, data);
    }

    /// <summary>The value next to a label in the rows above a sheet's table.</summary>
    public string? Labelled(string sheetName, string label) =>
        Rows(sheetName).Where(r => Text(Cell(r, 1)) == label).Select(r => Text(Cell(r, 2))).FirstOrDefault();

    public IEnumerable<string> AllText() =>
        document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).Select(Text).OfType<string>();

    public IEnumerable<Cell> AllCells() => document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>());

    /// <summary>The number format of a cell's style, e.g. "dd/mm/yyyy".</summary>
    public string? NumberFormat(Cell cell)
    {
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        return stylesheet.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value)?.FormatCode?.Value;
    }

    public static Cell? Cell(Row row, int column)
    {
        var reference = ColumnName(column) + row.RowIndex!.Value;
        return row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
    }

    public static string? Text(Cell? cell) => cell is null ? null : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text;

    /// <summary>A numeric cell's value; fails the test if the cell holds text, as an assessor's SUM would.</summary>
    public static decimal Number(Cell? cell)
    {
        Assert.True(cell is not null, "Expected a number, found an empty cell.");
        Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"Cell {cell.CellReference} holds text \"{Text(cell)}\", not a number.");
        return decimal.Parse(cell.CellValue!.Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => document.Dispose();

    private static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }
}
