namespace OutlookIntroAddin.Tests.Replies;

public class ExcerptTests
{
    [Fact]
    public void WhitespaceIsCollapsedIntoOneLine() =>
        Assert.Equal("Yes, happy to. Thursdays work best.", Reading.Of("Yes,   happy to.\n\n\tThursdays\r\nwork best.").Excerpt);

    [Fact]
    public void ALongAnswerIsCutAtAWordBoundaryWithinThreeHundredCharacters()
    {
        var body = "Yes, happy to. " + string.Join(' ', Enumerable.Repeat("wonderful", 60));
        var excerpt = Reading.Of(body).Excerpt;
        Assert.True(excerpt.Length <= 300, $"{excerpt.Length} characters");
        Assert.EndsWith("wonderful…", excerpt);
        Assert.StartsWith("Yes, happy to. wonderful", excerpt);
    }

    [Fact]
    public void AnAnswerOfExactlyThreeHundredCharactersIsKeptWhole()
    {
        var body = new string('a', 296) + " yes";
        Assert.Equal(body, Reading.Of(body).Excerpt);
    }

    [Fact]
    public void OneWordLongerThanTheLimitIsCutInsideIt()
    {
        var excerpt = Reading.Of(new string('x', 400)).Excerpt;
        Assert.Equal(300, excerpt.Length);
        Assert.EndsWith("…", excerpt);
    }
}
