using System.Globalization;
using System.Text;

namespace OutlookIntroAddin.Tests.Replies.Scoring;

/// <summary>The evaluation as Markdown: the same text goes to the console and to results.md.</summary>
public static class CorpusReport
{
    public static readonly string[] Languages = ["en", "de", "fr", "es", "nl", "pt"];

    public static string Markdown(CorpusEvaluation e)
    {
        var md = new StringBuilder();
        md.AppendLine("# Reply understanding — corpus evaluation").AppendLine();
        md.AppendLine($"{e.Results.Count} replies, reference date {CorpusItem.ReferenceDate:yyyy-MM-dd}; overall accuracy {P(e.Overall)}.").AppendLine();
        md.AppendLine("## Accuracy per label and language").AppendLine();
        md.AppendLine("| label | " + string.Join(" | ", Languages) + " | all |");
        md.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---:|", Languages.Length + 1)));
        foreach (var label in CorpusEvaluation.Labels)
        {
            var cells = Languages.Select(l => Cell(e, label, l));
            md.AppendLine($"| {label} | {string.Join(" | ", cells)} | {P(e.Accuracy(label))} ({e.Count(label)}) |");
        }
        md.AppendLine("| **all** | " + string.Join(" | ", Languages.Select(l => P(e.AccuracyIn(l)))) + $" | {P(e.Overall)} |").AppendLine();
        md.AppendLine("## Safety").AppendLine();
        md.AppendLine($"- Automatic replies and bounces recorded as an answer: **{e.AutomaticReadAsAnswer}** (read as any human reply: {e.AutomaticReadAsHuman})");
        md.AppendLine($"- \"No\" read as \"yes\": **{e.NoReadAsYes}**").AppendLine();
        md.AppendLine("## Dates").AppendLine();
        var (nnRight, nnTotal) = e.Dates(OutlookIntroAddin.Replies.Understood.NotNow);
        var (arRight, arTotal) = e.Dates(OutlookIntroAddin.Replies.Understood.AutoReply);
        md.AppendLine($"- notNow with a date: {nnRight}/{nnTotal} read as notNow with exactly that day; notNow without a date read with one: {e.InventedDates(OutlookIntroAddin.Replies.Understood.NotNow)}");
        md.AppendLine($"- autoReply with a return date: {arRight}/{arTotal} exact; autoReply without one read with one: {e.InventedDates(OutlookIntroAddin.Replies.Understood.AutoReply)}").AppendLine();
        md.AppendLine("## Wrong items").AppendLine();
        var wrong = e.Wrong.ToList();
        if (wrong.Count == 0) md.AppendLine("None.");
        foreach (var (item, reading) in wrong)
            md.AppendLine($"- `{item.Id}` labelled **{item.Label}**, read **{reading.Understood}** — “{Short(reading.Excerpt)}”");
        var wrongDates = e.Results.Where(r => r.Item.Label == r.Reading.Understood && r.Item.Until != r.Reading.Until).ToList();
        if (wrongDates.Count > 0) md.AppendLine().AppendLine("Right label, other date:").AppendLine();
        foreach (var (item, reading) in wrongDates)
            md.AppendLine($"- `{item.Id}` {item.Label}: labelled {D(item.Until)}, read {D(reading.Until)}");
        return md.ToString();
    }

    private static string Cell(CorpusEvaluation e, string label, string language)
    {
        var items = e.Results.Where(r => r.Item.Label == label && r.Item.Language == language).ToList();
        if (items.Count == 0) return "–";
        return $"{items.Count(r => r.Reading.Understood == label)}/{items.Count}";
    }

    private static string P(double share) => double.IsNaN(share) ? "–" : share.ToString("0.000", CultureInfo.InvariantCulture);

    private static string D(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none";

    private static string Short(string text) => text.Length <= 90 ? text : text[..90] + "…";
}
