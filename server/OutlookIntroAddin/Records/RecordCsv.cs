using System.Text;

namespace OutlookIntroAddin.Records;

/// <summary>
/// The record as CSV (RFC 4180: comma-separated, CRLF line ends, a header row, fields quoted when
/// they hold a comma, quote or line break), UTF-8 with a byte order mark so a spreadsheet reads
/// names in any script correctly.
/// </summary>
public static class RecordCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static async Task WriteAsync(IAsyncEnumerable<RecordRow> rows, Stream body, CancellationToken ct)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024);
        var line = new StringBuilder();
        AppendLine(line, RecordRow.Columns);
        await writer.WriteAsync(line, ct);
        await foreach (var row in rows.WithCancellation(ct))
        {
            line.Clear();
            AppendLine(line, row.Cells());
            // The writer hands its buffer to the response whenever it fills: memory stays at one buffer.
            await writer.WriteAsync(line, ct);
        }
        await writer.FlushAsync(ct);
    }

    private static void AppendLine(StringBuilder line, string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) line.Append(',');
            AppendCell(line, cells[i] ?? "");
        }
        line.Append("\r\n");
    }

    /// <summary>
    /// A cell a spreadsheet would run as a formula (it starts with = + - @, or a tab or carriage
    /// return before one) gets a leading apostrophe: names and reply excerpts come from outside.
    /// </summary>
    internal static void AppendCell(StringBuilder line, string cell)
    {
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r') cell = "'" + cell;
        if (cell.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(cell);
            return;
        }
        line.Append('"').Append(cell.Replace("\"", "\"\"")).Append('"');
    }
}
