using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphSandbox;

/// <summary>
/// One line of the journal: message copies to upsert, message ids to remove, one mailbox's
/// settings, or the start of a new sync generation (the epoch delta tokens are bound to).
/// </summary>
internal sealed record JournalEntry(
    IReadOnlyList<SandboxMessage>? Put = null,
    string? SettingsFor = null,
    SandboxMailboxSettings? Settings = null,
    IReadOnlyList<string>? Remove = null,
    string? Epoch = null);

/// <summary>
/// Append-only JSON-lines file. Each mutation is one line written with one write call, so a
/// SIGKILL leaves at most a torn last line, which is dropped at the next start.
/// </summary>
internal sealed class SandboxJournal : IDisposable
{
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly FileStream _file;

    private SandboxJournal(FileStream file) => _file = file;

    public static SandboxJournal Open(string path, out List<JournalEntry> entries)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
            Directory.CreateDirectory(directory);
        // FileShare.Read: a second sandbox process on the same file would interleave lines.
        var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0);
        try
        {
            entries = ReadComplete(file, out var goodLength);
            file.SetLength(goodLength); // drop a torn tail so the next line starts clean
            file.Seek(0, SeekOrigin.End);
            return new SandboxJournal(file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static List<JournalEntry> ReadComplete(FileStream file, out long goodLength)
    {
        var bytes = new byte[file.Length];
        file.ReadExactly(bytes);
        var entries = new List<JournalEntry>();
        var start = 0;
        var lineNumber = 0;
        for (var newline = Array.IndexOf(bytes, (byte)'\n'); newline >= 0; newline = Array.IndexOf(bytes, (byte)'\n', start))
        {
            lineNumber++;
            var line = bytes.AsSpan(start, newline - start);
            start = newline + 1;
            if (line.Trim((byte)' ').IsEmpty)
                continue;
            try
            {
                entries.Add(JsonSerializer.Deserialize<JournalEntry>(line, Json)
                    ?? throw new JsonException("null entry"));
            }
            catch (JsonException e)
            {
                // A complete line cannot be torn by a kill: this is real damage, so refuse to guess.
                throw new InvalidDataException(
                    $"Sandbox journal {file.Name} line {lineNumber} is not valid: {Encoding.UTF8.GetString(line)}", e);
            }
        }
        goodLength = start;
        return entries;
    }

    public void Append(JournalEntry entry)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(entry, Json);
        var line = new byte[json.Length + 1];
        json.CopyTo(line, 0);
        line[^1] = (byte)'\n';
        // Unbuffered stream: one write(2) per entry. No fsync: this guards against a killed
        // process (the page cache survives), not against power loss.
        _file.Write(line);
    }

    public void Clear() => _file.SetLength(0);

    public void Dispose() => _file.Dispose();
}
