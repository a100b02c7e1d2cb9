using OutlookIntroAddin.Replies;

namespace OutlookIntroAddin.Tests.Replies.Scoring;

/// <summary>Every corpus item read once, and the numbers the product's owners asked for.</summary>
public sealed class CorpusEvaluation
{
    public static readonly string[] Labels =
        [Understood.Yes, Understood.No, Understood.NotNow, Understood.AlreadyConnected, Understood.Unclear, Understood.AutoReply, Understood.Bounce];
    public static readonly string[] Answers = [Understood.Yes, Understood.No, Understood.NotNow, Understood.AlreadyConnected];

    public IReadOnlyList<(CorpusItem Item, ReplyReading Reading)> Results { get; }

    public CorpusEvaluation(IReadOnlyList<CorpusItem> items) =>
        Results = [.. items.Select(i => (i, ReplyUnderstanding.Read(i.ToReply(), CorpusItem.ReferenceDate, i.Language)))];

    public static CorpusEvaluation Run() => new(CorpusItem.Load());

    public IEnumerable<(CorpusItem Item, ReplyReading Reading)> Wrong => Results.Where(r => r.Item.Label != r.Reading.Understood);

    /// <summary>Correct share of the items carrying <paramref name="label"/>; NaN when there are none.</summary>
    public double Accuracy(string label) => Share(Results.Where(r => r.Item.Label == label));

    public double AccuracyIn(string language) => Share(Results.Where(r => r.Item.Language == language));

    public double Overall => Share(Results);

    /// <summary>Automatic mail (auto-replies and bounces) recorded as a party's answer.</summary>
    public int AutomaticReadAsAnswer => Results.Count(r => r.Item.Label is Understood.AutoReply or Understood.Bounce && Answers.Contains(r.Reading.Understood));

    /// <summary>Automatic mail read as a human reply of any kind (would stop the follow-up).</summary>
    public int AutomaticReadAsHuman => Results.Count(r => r.Item.Label is Understood.AutoReply or Understood.Bounce && r.Reading.Understood is not (Understood.AutoReply or Understood.Bounce));

    public int NoReadAsYes => Results.Count(r => r.Item.Label == Understood.No && r.Reading.Understood == Understood.Yes);

    /// <summary>Items of <paramref name="label"/> with a labelled date: how many got the label and the exact day.</summary>
    public (int Right, int Total) Dates(string label)
    {
        var dated = Results.Where(r => r.Item.Label == label && r.Item.Until is not null).ToList();
        return (dated.Count(r => r.Reading.Understood == label && r.Reading.Until == r.Item.Until), dated.Count);
    }

    /// <summary>Items of <paramref name="label"/> without a date that were read with one.</summary>
    public int InventedDates(string label) =>
        Results.Count(r => r.Item.Label == label && r.Item.Until is null && r.Reading.Understood == label && r.Reading.Until is not null);

    public int Count(string label) => Results.Count(r => r.Item.Label == label);

    public int Count(string label, string language) => Results.Count(r => r.Item.Label == label && r.Item.Language == language);

    private static double Share(IEnumerable<(CorpusItem Item, ReplyReading Reading)> results)
    {
        var list = results.ToList();
        return list.Count == 0 ? double.NaN : (double)list.Count(r => r.Item.Label == r.Reading.Understood) / list.Count;
    }
}
