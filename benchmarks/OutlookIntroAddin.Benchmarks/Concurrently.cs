namespace OutlookIntroAddin.Benchmarks;

public static class Concurrently
{
    /// <summary>Runs <paramref name="work"/> for 0..count-1 with exactly <paramref name="workers"/> in flight until the end.</summary>
    public static Task RunAsync(int count, int workers, Func<int, Task> work)
    {
        var next = -1;
        return Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next)) await work(i);
        })));
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) throw new ArgumentException("No values.", nameof(values));
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
