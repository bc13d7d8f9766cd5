extension RelationTaxonomy {
    /// British spellings and their American forms, word by word ("criticise", "defence", "co-operate").
    ///
    /// Verbs in -ise/-isation not listed here follow the rule in `americanSpelling(_:)`.
    static let spellingSource = """
        defence defense, offence offense, licence license, pretence pretense, favour favor, honour honor, \
        labour labor, endeavour endeavor, harbour harbor, rumour rumor, behaviour behavior, neighbour neighbor, \
        colour color, humour humor, savour savor, armour armor, centre center, theatre theater, \
        programme program, catalogue catalog, enrol enroll, fulfil fulfill, instil instill, distil distill, \
        enthral enthrall, practise practice, manoeuvre maneuver, plough plow, judgement judgment, \
        co-operate cooperate, co-ordinate coordinate, co-operation cooperation, co-ordination coordination, \
        analyse analyze, paralyse paralyze, catalyse catalyze, counsellor counselor, councillor councilor, \
        sceptic skeptic, tonne ton, kerb curb, defenceless defenseless
        """

    /// Words in -ise that are not British spellings of -ize verbs.
    static let iseWords: Set<String> = [
        "advise", "rise", "arise", "promise", "surprise", "exercise", "compromise", "revise", "supervise", "devise",
        "despise", "comprise", "chastise", "franchise", "improvise", "advertise", "televise", "merchandise",
        "enterprise", "disguise", "excise", "incise", "circumcise", "precise", "concise", "raise", "praise",
        "appraise", "poise", "noise", "cruise", "bruise", "wise", "otherwise", "likewise", "premise", "expertise",
        "demise", "reprise", "paradise", "treatise", "mortise", "anise", "valise", "apprise", "braise", "guise",
        "vise", "chemise", "cerise", "tortoise", "porpoise", "turquoise", "clockwise", "streetwise", "upraise",
        "surmise", "misadvise", "enfranchise", "disenfranchise", "rewise",
    ]

    /// Whole phrases extraction writes that mean the same as a shorter or more usual one, after spelling:
    /// "alias => canonical" separated by commas. Things handed to an actor are all "supply to" (the evidence
    /// keeps the words), so "has not sent weapons to Russia" and "supplied drones to Russia" are one edge.
    static let phraseSource = """
        meet with => meet, meet up with => meet, hold meeting with => meet, have meeting with => meet, \
        shake hand with => meet, talk to => talk with, speak with => talk with, speak to => talk with, \
        hold talk with => talk with, have talk with => talk with, hold talks with => talk with, \
        sign deal with => sign agreement with, strike deal with => sign agreement with, \
        reach agreement with => sign agreement with, reach deal with => sign agreement with, \
        ink deal with => sign agreement with, clamp down on => crack down on, hit out at => criticize, \
        lash out at => criticize, pull out of => withdraw from, pull out => withdraw, look into => investigate, \
        take part in => participate in, set up => establish, call off => cancel, turn down => reject, \
        give in to => yield to, step down => resign, step down from => resign from, \
        impose sanction on => sanction, impose sanctions on => sanction, slap sanction on => sanction, \
        slap sanctions on => sanction, put sanction on => sanction, levy sanction on => sanction, \
        impose tariff on => impose tariffs on, slap tariff on => impose tariffs on, \
        wage war against => wage war on, go to war with => wage war on, open fire on => fire on, \
        open fire at => fire at, carry out attack on => attack, launch attack on => attack, \
        launch attack against => attack, carry out strike on => strike, launch strike on => strike, \
        launch strike against => strike, launch airstrike on => strike, carry out airstrike on => strike, \
        airstrike => strike, work together with => cooperate with, pay visit to => visit, \
        make visit to => visit, pay tribute to => praise, express support for => support, \
        voice support for => support, throw support behind => support, lend support to => support, \
        give support to => support, offer support to => support, express condolence to => sympathize with, \
        level accusation against => accuse, make accusation against => accuse, make threat against => threaten, \
        issue threat against => threaten, issue warning to => warn, cut tie with => cut ties with, \
        sever tie with => sever ties with, break tie with => cut ties with, break ties with => cut ties with, \
        cut diplomatic ties with => cut ties with, wiretap on => wiretap, spy upon => spy on, \
        team up with => cooperate with, partner up with => partner with, side with => support, \
        reach out to => contact, send to => supply to, deliver to => supply to, ship to => supply to, \
        transfer to => supply to, provide to => supply to
        """
}
