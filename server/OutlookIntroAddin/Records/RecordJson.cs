using System.Text.Json;

namespace OutlookIntroAddin.Records;

/// <summary>
/// The record as one JSON array of row objects, written as it is read. An array (not NDJSON) because
/// it is what a download opened in any JSON tool or <c>JSON.parse</c> expects; the writer flushes
/// every few kilobytes, so the array is never held whole on either side of the server.
/// </summary>
public static class RecordJson
{
    public const string ContentType = "application/json; charset=utf-8";

    private const int FlushAt = 16 * 1024;

    public static async Task WriteAsync(IAsyncEnumerable<RecordRow> rows, Stream body, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(body);
        json.WriteStartArray();
        await foreach (var row in rows.WithCancellation(ct))
        {
            json.WriteStartObject();
            var cells = row.Cells();
            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i] is { } value) json.WriteString(RecordRow.Columns[i], value);
                else json.WriteNull(RecordRow.Columns[i]);
            }
            json.WriteEndObject();
            if (json.BytesPending >= FlushAt) await json.FlushAsync(ct);
        }
        json.WriteEndArray();
        await json.FlushAsync(ct);
    }
}
