using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.VisualBasic.FileIO;

namespace OutlookIntroAddin.Tests.Records;

/// <summary>The consent record as a test reads it: downloaded, then parsed by a CSV or JSON reader that is not ours.</summary>
public static class Exports
{
    public static async Task<List<Dictionary<string, string>>> CsvAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path + "?format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        return ParseCsv(await response.Content.ReadAsByteArrayAsync());
    }

    public static async Task<List<Dictionary<string, string?>>> JsonAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path + "?format=json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        return JsonSerializer.Deserialize<List<Dictionary<string, string?>>>(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>Rows as column → cell, by the header row; a UTF-8 byte order mark is allowed, as Excel writes one.</summary>
    public static List<Dictionary<string, string>> ParseCsv(byte[] bytes)
    {
        using var parser = new TextFieldParser(new StreamReader(new MemoryStream(bytes), Encoding.UTF8))
        {
            TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false,
        };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields()!;
            Assert.Equal(header.Length, fields.Length);
            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second));
        }
        return rows;
    }
}
