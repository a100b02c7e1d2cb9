using OutlookIntroAddin.Replies;

namespace OutlookIntroAddin.Tests.Replies;

public class NeverNoAsYesTests
{
    [Theory]
    [InlineData("en", "Not interested, thanks.")]
    [InlineData("en", "No thanks.")]
    [InlineData("en", "I'd rather not.")]
    [InlineData("en", "Thanks, but I'll pass.")]
    [InlineData("en", "I'd love to, but I can't.")]
    [InlineData("en", "Thanks Anna, but no.")]
    [InlineData("en", "I'm not sure I'm interested — no, I'll decline.")]
    [InlineData("de", "Ich bin nicht interessiert.")]
    [InlineData("de", "Gerne würde ich, aber das passt leider nicht.")]
    [InlineData("de", "Leider nein.")]
    [InlineData("fr", "Je ne suis pas intéressée, merci.")]
    [InlineData("fr", "Merci, mais je dois décliner.")]
    [InlineData("es", "No me interesa, gracias.")]
    [InlineData("es", "Me encantaría, pero no voy a poder.")]
    [InlineData("nl", "Ik ben niet geïnteresseerd.")]
    [InlineData("nl", "Dat lijkt me niet leuk.")]
    [InlineData("pt", "Não tenho interesse.")]
    [InlineData("pt", "Eu gostaria, mas infelizmente não posso.")]
    public void ARefusalIsReadAsNo(string language, string body) =>
        Assert.Equal(Understood.No, Reading.Of(body, language: language).Understood);

    [Theory]
    [InlineData("Yes, but not now.")]
    [InlineData("Ja, aber nicht jetzt.")]
    [InlineData("Oui, mais pas maintenant.")]
    [InlineData("Sí, pero ahora no.")]
    [InlineData("Ja, maar nu even niet.")]
    [InlineData("Sim, mas agora não.")]
    public void YesButNotNowIsNotNow(string body) =>
        Assert.Equal(Understood.NotNow, Reading.Of(body).Understood);

    [Theory]
    [InlineData("Happy to, but we already know each other.")]
    [InlineData("Gerne, aber wir kennen uns schon.")]
    [InlineData("Avec plaisir, mais on se connaît déjà.")]
    [InlineData("Con gusto, pero ya nos conocemos.")]
    [InlineData("Graag, maar we kennen elkaar al.")]
    [InlineData("Com prazer, mas já nos conhecemos.")]
    public void HappyToButWeKnowEachOtherIsAlreadyConnected(string body) =>
        Assert.Equal(Understood.AlreadyConnected, Reading.Of(body).Understood);

    [Theory]
    [InlineData("Who is she?")]
    [InlineData("What does he want?")]
    [InlineData("Sure — but who is Juan exactly?")]
    [InlineData("Maybe. Depends on what he needs.")]
    [InlineData("Let me think about it.")]
    [InlineData("Wer ist das?")]
    [InlineData("Qui est-ce ?")]
    [InlineData("¿Quién es?")]
    [InlineData("Waar gaat het over?")]
    [InlineData("Quem é ele?")]
    [InlineData("Thanks for the email.")]
    [InlineData("")]
    public void QuestionsHedgesAndNothingRecognisableAreUnclear(string body) =>
        Assert.Equal(Understood.Unclear, Reading.Of(body).Understood);

    [Theory]
    [InlineData("I've never met him, but happy to.")]
    [InlineData("No problem, happy to help.")]
    [InlineData("I can't wait to meet him!")]
    [InlineData("Why not!")]
    [InlineData("Kein Problem, gerne.")]
    [InlineData("Pas de souci, avec plaisir.")]
    [InlineData("No hay problema, adelante.")]
    [InlineData("Geen probleem, graag.")]
    [InlineData("Sem problema, com prazer.")]
    [InlineData("Sure, when would suit him?")]
    public void AnAcceptanceThatCarriesANegationIsStillYes(string body) =>
        Assert.Equal(Understood.Yes, Reading.Of(body).Understood);
}
