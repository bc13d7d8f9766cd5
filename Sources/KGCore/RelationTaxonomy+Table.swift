extension RelationTaxonomy {
    /// The taxonomy as data: `category weight [polarity]: lemma, lemma, …`, one group per line, `#` comments.
    ///
    /// Categories follow CAMEO's 20 root classes; weights follow the Goldstein scale CAMEO publishes per code
    /// (root weights, and the sub-code's where a lemma clearly names one: "sign" is 057 "sign formal agreement",
    /// 8.0; "sanction" 163 "impose embargo, boycott or sanctions", -8.0). A lemma listed twice keeps its last
    /// line. Lemmas are canonical (`canonicalLemma(_:)`): American spelling, phrasal verbs as extraction writes
    /// them ("call on", "cut ties with"). Changing this text changes `version`, and stores reclassify their edges.
    static let tableSource = """
        # 01 make public statement (Goldstein 0; 012 pessimistic -0.1, 013 optimistic 0.4, 018 empathetic 3.4)
        make-statement 0: say, tell, state, claim, announce, comment, comment on, declare, add, note, report, \
          report on, explain, describe, mention, remark, reiterate, stress, insist, emphasize, assert, argue, \
          suggest, write, write about, speak, speak about, speak on, speak of, talk about, tweet, tweet about, post, \
          respond, respond to, reply, reply to, answer, react, react to, confirm, acknowledge, admit, disclose, \
          reveal, publish, release, issue, brief, inform, notify, predict, forecast, estimate, signal, indicate, \
          clarify, maintain, contend, believe, think, express, voice, address, cite, quote, recall, repeat, \
          highlight, underline, underscore, point out, point to, outline, unveil, present, proclaim, affirm, \
          reaffirm, testify, testify before, remind, caution, describe as, call, dub, label, brand, characterize, \
          refer to, tout, boast, concede that, downplay, play down, deny responsibility for, leak, broadcast
        make-statement -0.1: lament, worry, worry about, fear, regret, doubt, question whether
        make-statement 0.4: hope, hope for, expect
        make-statement 3.4 cooperative: sympathize, sympathize with, mourn, condole, commiserate
        # 02 appeal (3.0)
        appeal 3: urge, call on, call upon, call for, appeal, appeal to, appeal for, ask, ask for, request, plead, \
          plead with, implore, petition, beg, encourage, exhort, lobby, lobby for, push for, press for, recommend, \
          propose, invite, seek, seek from, solicit, advocate, advocate for, invoke, summon to talks
        # 03 express intent to cooperate (4.0)
        express-intent 4: pledge, promise, offer, offer to, vow, commit, commit to, intend, volunteer, guarantee, \
          assure, reassure, pledge to, vow to, promise to
        # 04 consult (1.0; 042 visit 1.9, 043 host 2.8, 044 meet 2.5, 045 mediate 5.0, 046 negotiate 7.0)
        consult 1: consult, consult with, confer, confer with, discuss, phone, telephone, contact, talk, \
          talk with, communicate with, engage with, attend, convene
        consult 1.9: visit, travel to, fly to, tour, arrive in
        consult 2.8: host, receive delegation, greet
        consult 2.5: meet, meet in, summon
        consult 5: mediate, mediate between, broker
        consult 7: negotiate, negotiate with, renegotiate
        # 05 engage in diplomatic cooperation (3.5; 051 praise 3.4, 053 rally support 3.8, 054 recognize 6.0,
        # 055 apologize 7.0, 056 forgive 7.0, 057 sign formal agreement 8.0)
        diplomatic-cooperation 3.5: cooperate diplomatically, defend, stand by, stand with, agree, \
          agree with, agree on, agree to, settle, settle with, reconcile, reconcile with, normalize, \
          normalize ties with, restore ties with, coordinate, coordinate with, unite, unite with, engage, \
          befriend, court, woo
        diplomatic-cooperation 3.4: praise, endorse, support, back, welcome, commend, congratulate, thank, hail, \
          laud, applaud, salute, celebrate, honor, credit, champion, appreciate, respect, trust, embrace, vouch for
        diplomatic-cooperation 3.8: ally, ally with, rally, rally behind, rally around, campaign for, stand up for
        diplomatic-cooperation 6: recognize, accredit
        diplomatic-cooperation 7: apologize, apologize to, apologize for, forgive, pardon
        diplomatic-cooperation 8: sign, sign agreement with, ratify, seal, ink, forge, sign off on
        # 06 engage in material cooperation (6.0; 061 economic 6.4, 062 military 7.4, 063 judicial 6.5,
        # 064 share intelligence 7.0)
        material-cooperation 6: cooperate, cooperate with, collaborate, collaborate with, partner, partner with, \
          work with, trade, trade with, exchange, supply, supply to, sell, sell to, deliver, \
          send, ship, transfer, export, export to, import, import from, \
          buy, buy from, purchase, purchase from, acquire, procure, obtain from, receive from, order from, \
          provide, give to, hand to, lease, rent to, build for, manufacture for, produce for
        material-cooperation 6.4: invest, invest in, finance jointly, co-finance, merge with
        material-cooperation 7.4: train, arm, equip, cooperate militarily
        material-cooperation 6.5: extradite, extradite to
        material-cooperation 7: share, share with, share intelligence with
        # 07 provide aid (7.0; 071 economic 7.4, 072 military 8.3, 073 humanitarian 7.4, 074 protection 8.5,
        # 075 asylum 7.0)
        provide-aid 7: aid, help, assist, relieve, grant asylum to, shelter, host refugees
        provide-aid 7.4: donate, donate to, fund, finance, subsidize, lend, lend to, loan, grant, bail out, \
          compensate, reimburse, rescue, evacuate, airlift, resettle
        provide-aid 8.3: provide military aid to, arm and train
        provide-aid 8.5: protect, safeguard, defend militarily, escort, guard, peacekeep
        # 08 yield (5.0; 081 ease sanctions 5.0, 083 accede 5.0, 084 release 7.0, 085 ease economic sanctions 7.0,
        # 086 allow international involvement 9.0, 087 de-escalate 9.0)
        yield 5: yield, yield to, concede, concede to, ease, relax, loosen, soften, accept, accede to, comply, \
          comply with, abide by, adhere to, allow, permit, cede, cede to, surrender, surrender to, \
          capitulate, back down, back off, give in, relent, resign, resign from, \
          quit, retreat, retreat from, backtrack on, cave, cave to, abandon, \
          withdraw, withdraw from, pull back
        yield 7: free, lift, waive, hand over, repatriate, exchange prisoners with, unfreeze, \
          reinstate
        yield 9: de-escalate, demobilize, disarm, demilitarize, withdraw troops from, admit inspectors, \
          allow inspectors
        # 09 investigate (-2.0)
        investigate -2: investigate, probe, examine, inspect, audit, interrogate, question, \
          scrutinize, review, monitor, survey, spy on, surveil, wiretap, tap, eavesdrop on, \
          track, subpoena, search
        # 10 demand (-5.0)
        demand -5: demand, demand from, insist on, press, pressure, pressure into, order, instruct, \
          call for resignation of, ultimatum
        # 11 disapprove (-2.0; 111 criticize, 112 accuse, 114 complain, 115 sue, 116 find guilty, all -2.0)
        disapprove -2: criticize, condemn, denounce, accuse, accuse of, blame, blame for, complain, \
          complain about, complain to, fault, slam, lambaste, chastise, rebuke, reprimand, decry, deplore, \
          disparage, mock, ridicule, scold, berate, castigate, censure, assail, blast, bash, attack verbally, \
          object, object to, oppose, allege, disagree, disagree with, sue, \
          file suit against, charge, charge with, indict, convict, impeach, protest verbally, question motives of, \
          distrust, undermine, discredit, smear, vilify, demonize, insult, humiliate, snub, shame, \
          single out, call out, contradict, dispute, challenge, counter
        # 12 reject (-4.0)
        reject -4: reject, deny, refuse, veto, dismiss, rebuff, spurn, decline, rule out, repudiate, \
          renounce, refute, defy, resist, disregard, ignore, disavow, overrule, overturn, strike down, block, \
          obstruct, thwart, stonewall, shrug off, vote against, reject proposal
        # 13 threaten (-4.4; 131-137 -5.8, 138 military force -7.0, 139 ultimatum -7.0)
        threaten -4.4: threaten, threaten with, menace, intimidate, blackmail, bully, coerce verbally
        threaten -3: warn, warn of, warn against, warn about, caution against
        threaten -7: threaten to attack, threaten war, brandish, issue ultimatum
        # 14 protest (-6.5; 145 protest violently, riot -7.5)
        protest -6.5: protest, protest against, demonstrate, demonstrate against, rally against, march, \
          march against, boycott, picket, strike against, walk out, walk out of, go on strike, hunger strike, \
          stage sit-in, occupy square
        protest -7.5: riot, riot against, storm
        # 15 exhibit force posture (-7.2)
        force-posture -7.2: deploy, deploy to, mobilize, mobilize against, station, station in, amass, \
          patrol, reinforce, fortify, militarize, build up, conduct exercise, put on alert, \
          send troops to, dispatch, dispatch to, test-fire, fly over, sail through, intercept
        # 16 reduce relations (-4.0; 162 reduce aid -5.6, 163 embargo, boycott or sanctions -8.0,
        # 164 halt negotiations -7.0, 166 expel or withdraw -7.0)
        reduce-relations -4: reduce relations with, cut ties with, sever ties with, break off, break with, \
          break off relations with, sever, downgrade, recall ambassador from, suspend, suspend ties with, \
          freeze ties with, cancel, postpone, terminate, withdraw recognition of, distance, \
          distance from, isolate
        reduce-relations -5.6: cut off, halt, cut aid to, cut funding for, withhold, withhold from, defund, \
          restrict aid to
        reduce-relations -8: sanction, embargo, blacklist, impose tariffs on, freeze, \
          freeze assets of, penalize
        reduce-relations -7: expel, expel from, halt talks with, walk away from, pull out of talks with
        # 17 coerce (-7.0; 171 seize or damage property -9.2, 172 administrative sanctions -5.0, 173 arrest -5.0,
        # 174 deport -5.0, 175 violent repression -9.0, 176 cyber -7.0)
        coerce -7: coerce, force, force out, compel, punish, hack, jam, hold hostage, oust, topple, overthrow, \
          depose, remove from power
        coerce -5: impose, arrest, detain, jail, imprison, lock up, round up, deport, extradite forcibly, ban, bar, \
          outlaw, prohibit, censor, restrict, curb, confiscate assets of, fine, sentence, evict, raid, \
          prosecute, impose curfew on, shut down, close down, fire, sack, suspend from, disqualify, \
          strip, deprive, annul, dissolve, purge
        coerce -9.2: seize, confiscate, expropriate, nationalize, destroy property of, loot, demolish, raze, \
          sabotage, vandalize, burn, torch, steal, rob, plunder
        coerce -9: crack down on, suppress, repress, persecute, torture, silence, quash, crush
        # 18 assault (-9.0; 181 abduct -9.0, 182 physically assault -9.5, 183 bombing -10.0,
        # 185/186 assassinate -10.0)
        assault -9: attack, assault, abduct, kidnap, hijack, take hostage, ambush, raid militarily, strike, \
          harass, beat up, mug
        assault -9.5: injure, wound, stab, shoot, shoot at, rape, maim, lynch, beat to death
        assault -10: bomb, blow up, detonate, kill, murder, assassinate, execute, behead, slay, gun down, \
          massacre a family, poison
        # 19 fight (-10.0; 191 blockade -9.5, 192 occupy -9.5, 196 violate ceasefire -9.5)
        fight -10: fight, fight against, fight with, battle, battle with, clash, clash with, wage war on, \
          shell, bombard, fire on, fire at, shoot down, \
          strike militarily, launch missile at, attack militarily, combat
        fight -9.5: invade, occupy, annex, blockade, besiege, encircle, capture, retake, recapture, conquer, \
          overrun, invade and occupy, violate ceasefire with, violate ceasefire, repel, liberate
        # 20 use unconventional mass violence (-10.0)
        mass-violence -10: massacre, slaughter, exterminate, annihilate, wipe out, commit genocide against, \
          ethnically cleanse, gas, decimate, starve, carpet-bomb, use chemical weapons against, \
          use chemical weapons on, commit atrocities against
        # Roles are found by their noun (`roleNouns`); these are the verbs that say the same.
        role 0: lead, head, chair, govern, rule, command, represent, preside over, serve as, act as, \
          work for
        # Membership: structural part-of relations.
        membership 0: part of, member of, join, belong to, rejoin, accede, affiliate with, subsidiary of, \
          division of, branch of, unit of, wing of, arm of, ally of, province of, region of, capital of, \
          territory of, join in
        # Phrases whose verb alone would be misread ("lead to" is no role, "head for" no leadership).
        other 0: lead to, head to, head for, head into, rule on, lead by, chair at, represent as, rule in
        """

    /// Nouns that make "… of" a role ("foreign minister of", "press secretary of", "chief of staff of").
    static let roleNounSource = """
        president, minister, spokesman, spokeswoman, spokesperson, chancellor, secretary, leader, chief, head, \
        director, ambassador, envoy, governor, mayor, senator, general, commander, chairman, chairwoman, chair, \
        ceo, cfo, coo, premier, king, queen, prince, princess, emperor, monarch, sultan, emir, sheikh, \
        representative, adviser, advisor, official, founder, co-founder, editor, correspondent, prosecutor, \
        judge, justice, lawmaker, legislator, congressman, congresswoman, deputy, speaker, vice, candidate, \
        nominee, negotiator, diplomat, aide, counsel, attorney, chairperson, commissioner, administrator, \
        superintendent, manager, executive, owner, coach, captain, officer, inspector, auditor, treasurer, \
        consul, attache, delegate, mp, mep, member, whip, commandant, marshal, admiral, colonel, lieutenant, \
        major, sergeant, patriarch, pope, cardinal, bishop, imam, ayatollah, rabbi, cleric, economist, \
        analyst, researcher, professor, lecturer, scientist, head of state, boss, principal, dean, rector, \
        provost, trustee, partner, chieftain, warlord, mufti, regent, viceroy, magistrate, sheriff, constable, \
        commissar, ombudsman, registrar, steward, clerk, staffer, employee, worker, spy, agent
        """
}
