using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Tests;

public class IntroRulesTests
{
    [Theory]
    [InlineData("send", "yes", "yes", "introduced")]
    [InlineData("review", "yes", "yes", "ready")]
    [InlineData("send", "yes", "pending", "requested")]
    [InlineData("send", "pending", "pending", "requested")]
    [InlineData("send", "no", "pending", "declined")]
    [InlineData("send", "yes", "alreadyConnected", "declined")]
    [InlineData("send", "notNow", "yes", "declined")]
    [InlineData("send", "expired", "yes", "expired")]
    [InlineData("send", "expired", "no", "declined")]
    public void TheIntroFollowsItsPartiesAnswers(string finalIntro, string first, string second, string state) =>
        Assert.Equal(state, IntroRules.StateFor(finalIntro, [first, second]));

    [Theory]
    [InlineData("notNow", 1_800_000_000_000L, "yes", "requested")]
    [InlineData("notNow", null, "yes", "declined")]
    [InlineData("undeliverable", null, "yes", "requested")]
    [InlineData("undeliverable", null, "no", "declined")]
    [InlineData("notNow", 1_800_000_000_000L, "expired", "expired")]
    public void ANotNowWithADateAndABounceStillWait(string answer, long? askAgainAt, string other, string state) =>
        Assert.Equal(state, IntroRules.StateFor("send", [IntroRules.Standing(answer, askAgainAt), other]));

    [Theory]
    [InlineData("requested", true)]
    [InlineData("ready", false)]
    [InlineData("introduced", false)]
    [InlineData("declined", false)]
    [InlineData("expired", false)]
    [InlineData("cancelled", false)]
    public void OnlyARequestedIntroTakesAnswers(string state, bool accepts) =>
        Assert.Equal(accepts, IntroRules.AcceptsAnswers(state));

    [Fact]
    public void WhoeverAlreadyAgreedTakesTheNextStep()
    {
        PartyRow Party(int position, bool agreed) => new() { Id = $"p{position}", Position = position, Name = $"P{position}", AlreadyAgreed = agreed };
        Assert.Equal("p1", IntroRules.NextStepTaker([Party(0, false), Party(1, true)]).Id);
        Assert.Equal("p0", IntroRules.NextStepTaker([Party(0, false), Party(1, false)]).Id);
    }
}
