using OutlookIntroAddin.Replies;
using OutlookIntroAddin.Tests.Replies.Scoring;

namespace OutlookIntroAddin.Tests.Replies;

/// <summary>
/// The quality gate the product's owners set, over the whole published-text corpus
/// (tests/OutlookIntroAddin.Tests/Replies/corpus). benchmarks/ReplyEvaluation prints the same numbers in full.
/// </summary>
public class ReplyCorpusTests
{
    private static readonly Lazy<CorpusEvaluation> Evaluation = new(CorpusEvaluation.Run);

    [Fact]
    public void TheCorpusCoversSixLanguagesAndEveryLabel()
    {
        var e = Evaluation.Value;
        Assert.True(e.Results.Count >= 150, $"{e.Results.Count} items");
        foreach (var language in CorpusReport.Languages)
            Assert.True(e.Results.Count(r => r.Item.Language == language) >= 20, language);
        foreach (var label in CorpusEvaluation.Labels) Assert.True(e.Count(label) > 0, label);
        Assert.All(e.Results, r => Assert.False(string.IsNullOrWhiteSpace(r.Item.Source.Ref), r.Item.Id));
    }

    [Theory]
    [InlineData(Understood.Yes)]
    [InlineData(Understood.No)]
    [InlineData(Understood.NotNow)]
    public void AnswersAreReadRightAtLeastNinetyFivePercentOfTheTime(string label)
    {
        var e = Evaluation.Value;
        var wrong = string.Join(", ", e.Wrong.Where(r => r.Item.Label == label).Select(r => $"{r.Item.Id}→{r.Reading.Understood}"));
        Assert.True(e.Accuracy(label) >= 0.95, $"{label}: {e.Accuracy(label):0.000} ({wrong})");
    }

    [Fact]
    public void NoAutomaticReplyOrBounceIsRecordedAsAnAnswer() =>
        Assert.Equal(0, Evaluation.Value.AutomaticReadAsAnswer);

    [Fact]
    public void NoNoIsReadAsYes() =>
        Assert.Equal(0, Evaluation.Value.NoReadAsYes);

    [Fact]
    public void NotNowDatesAreReadExactlyAtLeastNinetyPercentOfTheTime()
    {
        var (right, total) = Evaluation.Value.Dates(Understood.NotNow);
        Assert.True(right >= 0.9 * total, $"{right}/{total}");
    }
}
