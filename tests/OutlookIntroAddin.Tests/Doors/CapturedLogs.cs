using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OutlookIntroAddin.Tests.Doors;

/// <summary>
/// Every log entry the server writes, as a sink would store it: the formatted message, each
/// structured value, the exception and every scope around it (a JSON or Application Insights
/// sink keeps scopes), so a test can look for what must never reach a log.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<Entry> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public sealed record Entry(string Category, LogLevel Level, string Text);

    public IReadOnlyList<Entry> Entries => [.. _entries];

    public IReadOnlyList<Entry> AtLeast(LogLevel level) => [.. _entries.Where(e => e.Level >= level)];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose() { }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => logs._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = new List<string> { formatter(state, exception), Values(state) };
            if (exception is not null) text.Add(exception.ToString());
            logs._scopes.ForEachScope((scope, parts) => parts.Add(Values(scope)), text);
            logs._entries.Enqueue(new Entry(category, logLevel, string.Join(" | ", text)));
        }

        private static string Values(object? state) => state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}"))
            : state?.ToString() ?? "";
    }
}
