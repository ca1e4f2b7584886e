# ruff: noqa: E501 - agent lines read best whole, one per line
"""Every scenario, played by skilled agents and unskilled ones, in words of our own.

These lines are deliberately not the samples in the files: the customers must react to
recognised moves and state, not to one wording. Each scenario has several scripts of each
kind, worded differently (short and long, with and without the customer's name, solution
before or after the acknowledgement), and each is played with several seeds.
"""

from __future__ import annotations

import pytest

from roles.engine import CustomerEngine, Reply
from roles.engine import play as play_through
from roles.library import load_library
from roles.model import Outcome

LIBRARY, _ = load_library()

SKILLED: dict[str, list[list[str]]] = {
    "broken-on-arrival": [
        [
            "I'm really sorry, that's a horrible thing to unpack. I completely understand why you're upset.",
            "So the jug is cracked and it won't work at all. When do you need it by?",
            "I'll ship a replacement by express today so it arrives Thursday, before the party.",
        ],
        [
            "I apologise, Dana. That must have been so disappointing to open.",
            "What I can do is send you a brand new one free of charge.",
            "It will arrive by Thursday, and I'll email you the tracking number tonight.",
        ],
        [
            "Oh no, Dana, a smashed jug is the last thing you want to find. Is there a date you need it for?",
            "Right, then I'll send a replacement out today on next-day delivery, so you'll have it by Friday.",
        ],
        [
            "I'll get a replacement sent out to you today.",
            "I'm so sorry, I can see how upsetting that is. When do you need it by?",
            "Then I'll make sure it goes express so you have it by Friday.",
        ],
        [
            "Sorry!",
            "What happened exactly?",
            "Replacement is on me: I'll send one by express today, it'll be with you Thursday.",
        ],
    ],
    "something-for-free": [
        [
            "I hear you, a torn seal isn't what you expect. I'm not able to give a free headset, because our policy covers faulty items only, but I can check the unit for you.",
            "What worries you most about the seal being torn?",
            "I'll check the serial number right now and send you written confirmation that it's new with the full warranty.",
        ],
        [
            "Thanks for telling me, Marcus. Unfortunately we don't offer free products for packaging damage.",
            "Is there something about the headset itself that concerns you?",
            "If you'd prefer, I can arrange a free exchange for a sealed unit instead.",
        ],
        [
            "Marcus, I'm sorry the box arrived in that state.",
            "I can't offer a free headset or money off for the packaging, but I can confirm whether the unit itself is brand new.",
            "Was anything about it making you think it had been used before?",
            "I'll check the serial now and email you the warranty registration in your name today.",
        ],
        [
            "I understand, nobody wants a scuffed box.",
            "Is it the headset itself you're worried about?",
            "I'm not able to offer money off for packaging, but I can confirm the serial number shows it's brand new and the full two-year warranty is yours.",
        ],
    ],
    "over-the-line": [
        [
            "I want to sort this out for you, but I won't continue if the swearing carries on.",
            "I can imagine three days offline has been awful. How is it affecting you?",
            "I'll courier a 4G hotspot to you today so you can work tomorrow.",
            "You'll receive it by this afternoon, and the engineer will be there Thursday.",
        ],
        [
            "Please don't call me names. I'm here to help you.",
            "I'll send you a mobile hotspot today while the cabinet is repaired.",
            "It should arrive by 4pm, and I'll text you when it's on its way.",
        ],
        [
            "Gary, I'm going to help you, but I need you to stop swearing at me or I'll have to end the chat.",
            "What's riding on getting back online?",
            "Then I'll send a 4G hotspot by courier today so you can work tomorrow.",
            "It'll be with you by 5pm and the engineer is booked for Thursday morning; I'll text you the tracking.",
        ],
        [
            "Please stop swearing. I want to help, and I can, but not like this.",
            "It sounds like you've been without internet for three days. What's the biggest problem that's causing?",
            "I'll arrange a mobile hotspot for you today.",
            "The engineer is booked for Thursday, and I'll call you tomorrow morning to check the hotspot is working.",
        ],
        [
            "Stop swearing at me, please. I'll help, but not while you talk to me like that.",
            "The engineer will be with you on Thursday morning.",
            "Then I'll send you a 4G hotspot today so you're online for your shift.",
            "It'll arrive by 3pm, and I'll text you the tracking.",
        ],
    ],
    "cannot-find-submit": [
        [
            "Don't worry at all, we'll find it together. What do you see at the bottom of your screen?",
            "Please put one finger on the page and slide it up slowly. What can you see now?",
            "I understand why you'd worry. I can see only one registration, so I'll make sure you're charged once.",
        ],
        [
            "Thank you for waiting, Margaret. Take all the time you need.",
            "Touch the middle of the page and slide your finger up.",
            "And once more, a bit further.",
            "Keep going until the page stops moving.",
            "Go ahead and tap the blue button.",
            "Yes, just the one tap.",
        ],
        [
            "Hello Margaret, there's no hurry at all, we have plenty of time before tonight.",
            "Can you tell me what's at the very bottom of the page?",
            "Lovely. Now slide your finger up the screen, gently, like turning a page.",
            "Could you do that one more time for me?",
            "You won't be charged twice, I can see nothing went through yesterday.",
        ],
        [
            "That's alright, Margaret, you're not bothering me at all.",
            "Put your finger on the screen and slide it upwards.",
            "Perfect. Keep going a little more.",
            "Don't worry, you won't be charged twice.",
        ],
    ],
    "promise-broken": [
        [
            "That's our mistake, Priya, and I'm sorry. You should have been told the visit was moved.",
            "What day and time would actually work for you?",
            "I'll book you the Saturday 8am slot.",
            "The scheduling team will call you Friday evening to confirm it, and I'll follow up on Monday.",
        ],
        [
            "I'm so sorry. We let you down and I understand how frustrating that is.",
            "Let me offer you the priority first slot of the morning.",
            "Then how about a Saturday morning instead?",
            "You'll receive a confirmation text today and a call the night before.",
        ],
        [
            "You're right, Priya. We didn't turn up and we didn't call, and that's on us. I'm sorry.",
            "Is there a day or time that works around your job?",
            "I can book you our first slot at 8am on Saturday.",
            "You'll get a text confirming it today, and I'll call you Friday afternoon to check everything's on track.",
        ],
        [
            "I apologise, Ms Nair. We should have turned up or called, and we did neither.",
            "I'll get you rebooked. Which days can you do?",
            "How about our first appointment on Saturday morning?",
            "I'll confirm it by text today and the engineer will call 30 minutes before.",
        ],
        [
            "Priya, I'm really sorry nobody came or called.",
            "Let me rebook the repair for you as a priority. What days suit you?",
            "Saturday at 8 then. You'll get a confirmation text tonight and I'll follow up Friday.",
        ],
    ],
    "fourth-time-calling": [
        [
            "I've read your history, Tom. So you've contacted us three times about the March double bill and the refund never went through.",
            "I take responsibility for this now, and I'll see it through myself.",
            "The priority refund will land within 3 working days, and I'll call you the day it arrives.",
        ],
        [
            "I see that you've been promised this refund twice and it never arrived. That's on us.",
            "What would make you feel this is finally being handled?",
            "I'll process it now as a priority; it should reach your account in 3 working days and I'll follow up by phone.",
        ],
        [
            "Mr Reilly, I can see the notes: billed twice for March, three contacts, and the refund never processed. I'm sorry.",
            "I'm going to own this personally from now on.",
            "Your refund goes through as a priority and will be in your account within 3 working days; I'll ring you that afternoon to confirm, reference BR-5520.",
        ],
        [
            "I'm sorry, Tom. I've gone through the account history and I can see this is the fourth time you've had to get in touch.",
            "What would you need from me to feel this is finally sorted?",
            "I'll take ownership personally: the refund is processed today as a priority, it lands within 3 working days, and I'll call you on Thursday.",
        ],
        [
            "I'm sorry.",
            "I can see the notes - you were double billed for March and the refund never went through.",
            "I'll own this from now on.",
            "The refund will be in your account within 3 working days and I'll call you that day.",
        ],
    ],
    "get-me-a-manager": [
        [
            "I understand, and I'm sorry about yesterday's chat being closed on you.",
            "I'll transfer this to our duty manager; she'll call you back within two hours with reference C-2210.",
        ],
        [
            "Of course. Can I ask what happened in yesterday's chat?",
            "I'm sorry that happened. I can reverse the duplicate charge for you right now and email you the confirmation.",
        ],
        [
            "Helen, I'm sorry you were cut off yesterday, that shouldn't have happened. What happened in that chat?",
            "I'll refund the duplicate charge now, you'll see it within 3 working days, and I'll email you to confirm tonight.",
        ],
        [
            "I can understand you wanting to speak to someone senior.",
            "Can you tell me what happened yesterday?",
            "I'm escalating this to my team leader now; she'll call you within the hour, and I'll email you the case number.",
        ],
        [
            "Of course, I'll pass this to a manager. They will call you back by 5pm today.",
        ],
    ],
    "no-quick-fix": [
        [
            "I'm sorry, Samuel. I know how stressful this is when you're losing sales.",
            "To be transparent, the engineers expect the network to be back in 24 to 48 hours.",
            "What I can offer in the meantime is a loan card reader delivered before 8am tomorrow.",
        ],
        [
            "What's your biggest worry about the next day or two?",
            "Let me send you a mobile card reader by courier for the market.",
            "The repair will take up to 48 hours, and I'll update you by text every four hours.",
        ],
        [
            "That's a really stressful situation, Samuel. What's coming up for the business that worries you most?",
            "I can't promise it's fixed today, honestly: the network repair will take 24 to 48 hours.",
            "So for the market tomorrow I'll courier you a loan card reader that works on mobile data, there by 7am.",
        ],
        [
            "I'm really sorry, Samuel. Honestly, the network repair is going to take 24 to 48 hours.",
            "Is there anything important coming up for you?",
            "I can send you a loan card reader that runs on 4G, delivered before 8am tomorrow.",
        ],
        [
            "Samuel, I'm sorry. What's the impact on your business right now?",
            "I'll send you a backup card reader that works on mobile data, for the market tomorrow.",
            "And honestly, the full repair will take up to 48 hours. I'll text you updates.",
        ],
    ],
    "bad-day": [
        [
            "Sure, I can do that straight away. Where would you like it to go?",
            "I'm sorry to hear about your dad. I'll send it to the locker at St Mary's entrance instead.",
        ],
        [
            "Of course, I'll change the address for you right now.",
            "I'm sorry, that sounds like a really hard time. I can send it to the pickup locker by the hospital instead.",
        ],
        [
            "No problem, Leah. What's the new address?",
            "I'm sorry, that sounds like a tough week. Let me arrange for it to be held at the collection locker at St Mary's instead.",
        ],
        [
            "Of course. Is there anywhere else that's easier for you this week?",
            "I'll send it to the parcel locker at St Mary's hospital entrance.",
        ],
    ],
    "charged-twice-not-really": [
        [
            "I understand why two entries would worry you, Frank. Let me check this with you.",
            "The second one is a temporary hold from the first attempt. It will drop off in 3 to 5 working days; only one payment was taken.",
            "Is that money needed for anything before then?",
            "I'll ask our payment provider to release the hold early and send you a letter for your bank today.",
        ],
        [
            "I'm sorry for the worry this has caused. The pending entry will disappear within 5 working days.",
            "I can also email you a confirmation that only one charge was taken, for your bank.",
        ],
        [
            "Let me look at that with you, Frank. Is there anything coming out of the account this week that you're worried about?",
            "I can see one payment and one pending authorisation; the pending one will drop off within 5 working days.",
            "I'll ask for the hold to be released today and email you a letter for your bank confirming one charge.",
        ],
        [
            "I'm sorry for the worry, Frank.",
            "Only one payment was taken; the other is a pending hold that drops off in 3 to 5 working days.",
            "Is there something due out of your account before then?",
            "I'll ask the payment team to release the hold today and email you a confirmation letter for your bank.",
        ],
    ],
    "flat-no": [
        [
            "I'm sorry Grace, I'm not able to put the ticket in someone else's name; airline security rules don't allow a different person to travel on it.",
            "What I can do is cancel it into a travel credit in your name, valid for twelve months, so you don't lose the fare.",
        ],
        [
            "Oh no, I'm so sorry your leave was cancelled. Can I ask what the trip was for?",
            "I have to be honest with you: I can't do a name change, no airline allows a different person to fly on a ticket.",
            "Another option is a travel credit in your name for the whole fare less a 60 pound fee, good for a year.",
        ],
        [
            "Unfortunately, I can't transfer the ticket to your brother; it has to be flown by the person named on it. But I can change your own travel dates once, free of charge.",
            "If you'd rather, I'm able to turn it into a credit valid for 12 months instead.",
        ],
        [
            "I'm sorry, that's not something I can do.",
            "What I can offer is a free date change, or a travel credit that lasts a year.",
        ],
        [
            "Ms Okafor, I understand how disappointing this is. I'm afraid the name on a ticket can never be changed to someone else's.",
            "I can refund the taxes if you cancel, or keep the whole fare as a credit for you to use within a year.",
        ],
        [
            "Hi Grace, I'm sorry, but I'm not able to change the name on the ticket; that's an airline security rule. What I can do is move your own flight to a later date at no charge, or give you a travel credit good for 12 months.",
            "Either way you keep the value of the ticket. Which would you prefer?",
        ],
    ],
    "impossible-deadline": [
        [
            "I'm really sorry Owen, but it isn't possible to have them there for 8am tomorrow. With express production the earliest is midday the day after.",
            "For the morning itself, I can arrange paper name cards from our partner print shop in Manchester, ready to collect after 6pm.",
        ],
        [
            "What do you need on the desk for the first morning?",
            "I'm afraid that's not something I can do by tomorrow.",
            "What I can do is have plain name cards and clip badges printed at our partner shop near you, ready tonight.",
        ],
        [
            "Realistically, the earliest they can reach you is noon on day two.",
            "No, I'm afraid not.",
            "I can arrange name cards from a local partner print shop for collection this evening.",
        ],
        [
            "Honestly? Tomorrow at eight can't be done, I'm sorry. I can switch you to express though, and what I can do for the morning is get paper name badges printed locally for you today.",
        ],
        [
            "I hear you, that's a stressful spot. The best I can do is express production, arriving at the venue by noon on day two, and as a stopgap our partner shop can print name cards tonight.",
        ],
        [
            "I'm so sorry, I wish I had better news: there's no way we can get them to you by 8 AM tomorrow, and I'd rather tell you now. With rush production the earliest is noon on day two.",
            "No, I'm afraid not.",
            "What I can do in the meantime is set you up with paper name cards from our partner print shop, ready for pickup at 6 tonight.",
        ],
    ],
    "moving-goalposts": [
        [
            "Of course, Kim, I'll take the roaming charge off for you.",
            "Let me make sure I have everything: you want the charge removed, a cheaper monthly price and the new phone. Is that right?",
            "I can't change the price or the handset mid-contract, but I can book the upgrades team to call you about both.",
            "So today I'll waive the roaming charge, and the upgrades team will call you within two working days.",
        ],
        [
            "Before we start, what matters most to you today?",
            "I'm not able to change the plan or the handset on this chat, but what I can do is waive the roaming fee and put a spend cap on.",
            "I'll waive it now and set the cap at your usual bill, so it can't happen again.",
        ],
        [
            "Sure, I can waive that charge.",
            "Sorry, just so we don't lose track: you'd like the roaming refunded, a lower price, and an upgrade. Does that cover everything?",
            "The price and the phone have to go through our upgrades team, I'm afraid, so I'll pass those on to them.",
            "They'll ring you within two working days, and I'll waive the roaming charge now.",
        ],
        [
            "I'll refund the roaming charge.",
            "I can look at your monthly price too.",
            "Let me recap what you've asked for: the roaming, your price and an upgrade. I'm afraid I can't do the price or the phone here, but I'll arrange a callback from our upgrades team, who will phone you within 2 working days. Is that OK?",
        ],
        [
            "Happy to help with the roaming charge. Can I check, is that everything you need today?",
            "Right, let me summarise what we've agreed so far: the roaming charge and your plan. Unfortunately, the plan isn't something I can change, that's the upgrades team.",
            "I'll remove the roaming charge today and they'll call you by Thursday.",
        ],
    ],
    "review-threat": [
        [
            "I'm sorry, Carl, that's not the sofa you ordered and it's our error.",
            "Is there a date you need it sorted by?",
            "I can arrange a swap on Friday, so the green one arrives and the grey one leaves on the same visit.",
        ],
        [
            "I understand you're frustrated, and that's completely fair. What's the most important thing for you this week?",
            "I'll book a single visit for Friday: we bring the green sofa and take the grey one away at the same time.",
        ],
        [
            "Whether you post a review is completely up to you, and I can see why you're annoyed. My priority is getting you the right sofa.",
            "I'll exchange it for the green one for you.",
            "Then I'll make it one visit on Friday, the right one in and the wrong one out together.",
        ],
        [
            "Oh no, I can see we picked the wrong colour. I apologise.",
            "When would suit you for the exchange?",
            "Let's do Friday morning then: the crew will bring the green one and take the grey one in one trip.",
        ],
        [
            "That's a real mix-up on our side, I'm sorry. Can I ask what you've got planned for it?",
            "How about a same-day swap on Friday, so you have the green one before the weekend?",
        ],
        [
            "Oh no, I'm sorry, that's really frustrating, and it's on us. Whether you post or not is your call; my job is getting you the right couch. What do you need, and by when?",
            "Got it. I'll set up a swap on Friday: the green one comes in and the gray one goes out on the same trip.",
        ],
    ],
    "legal-threat": [
        [
            "I'm really sorry, Mr Hale. Is the water still coming through right now?",
            "I'll send an emergency engineer to you today to make the joint safe; they'll be there by 4pm.",
            "I'm escalating the damage to our Claims team now. A claims handler will call you within two working days, and your reference is CL-7714.",
        ],
        [
            "I understand, and you're entitled to take legal advice. I'll refer this to our claims team, who'll contact you within 2 working days.",
            "I can also arrange an emergency engineer this afternoon to make the leak safe.",
        ],
        [
            "That sounds like a horrible thing to wake up to. I'll log a damage claim and pass it to our Claims team, who will call you within two working days, and I'll book an engineer today to make it safe.",
        ],
        [
            "I hear you, Richard. I can't comment on legal questions, but I can refer this to our claims team right away.",
            "They'll phone you within 2 working days and assign you a named claims handler.",
            "In the meantime, I'll arrange for an emergency engineer to visit today and stop the leak.",
        ],
        [
            "Okay. What do you need most right now?",
            "I can get an engineer out today to make it safe, free of charge.",
            "I'll also raise this with our Claims department; you'll hear from a claims handler within 48 hours, reference CL-2025.",
        ],
        [
            "I'm really sorry, Mr. Hale, that sounds awful. I'm going to escalate this to our Claims department right now; a claims adjuster will reach out within 2 business days, and your reference number is CL-8812.",
            "Absolutely. I can send an emergency technician out to you this afternoon to make that joint safe, free of charge.",
        ],
    ],
    "hold-and-check": [
        [
            "Good question, and I don't want to guess. Let me check with our technical team; it'll take about five minutes.",
            "Thanks for waiting, Ravi. The technical team says a 2019 frame needs the B-19 battery, and I can send it today for delivery in two working days.",
        ],
        [
            "I'm not sure, to be honest. I'll find out for you, give me 5 minutes.",
            "Sorry for the wait. The current battery won't fit your frame, but the B-19 does, and I can dispatch one today.",
        ],
        [
            "Let me look into that for you.",
            "About five minutes, if that's OK.",
            "Thanks for holding! I've checked: you need the older-mount version, B-19. Shall I order it for you? It arrives in 2 working days.",
        ],
        [
            "I'll need to check that with our tech team. Bear with me for about 5 minutes.",
            "Yes, let me check with them.",
            "OK, I'm back. It's part B-19 you need for 2019 bikes; I can send it out today.",
        ],
        [
            "I don't have that information in front of me, but I can ask our technical team. It usually takes them around five minutes.",
            "Right, I've heard back. You'll need the B-19, and I can get it dispatched this afternoon.",
        ],
        [
            "Great question, and honestly I don't know offhand. Let me check with our tech team; it'll take about five minutes.",
            "Thanks for hanging on! I checked with the team: for a 2019 frame you'll need the B-19 battery. I can ship it today and it'll arrive in two business days.",
        ],
    ],
    "did-you-do-it": [
        [
            "Let me check your account for you, Nadia.",
            "I can see you were promised the freeze from the 1st, but it was never applied, and I'm sorry.",
            "I'll apply it now, backdated to the 1st, refund the 45 pounds within 5 working days, and email you confirmation today.",
        ],
        [
            "I've looked at the notes and I can see you were told it would be frozen, but it wasn't done. That's our mistake.",
            "I'll put the freeze on now and send you a confirmation email within the hour, and I'll call you on Friday to check the refund has landed.",
        ],
        [
            "You're right, it hasn't been done, and I apologise.",
            "What would help most right now?",
            "I'll backdate the freeze to the 1st and refund the payment; you'll see the money in 3 to 5 working days, and I'll email you today.",
        ],
        [
            "Thanks for checking in. I can see you were promised a freeze on the 18th and it's still pending.",
            "I'll apply the freeze today and you'll have a confirmation email by 5pm.",
            "I'm sorry, that's on us, it should have been done.",
        ],
        [
            "Ms Rahman, I'm really sorry, that's our mistake: the freeze never went through.",
            "I'm going to apply it right now and refund the 45 pounds, which should reach you within five working days. I'll email you written confirmation this afternoon.",
        ],
        [
            "Hi Nadia, let me pull up your account.",
            "OK, I can see you were promised a freeze starting on the 1st, but it never went through. I'm so sorry about that.",
            "I'm applying the freeze now, backdated to the 1st, and refunding the $45; you'll see it in 3-5 business days, and I'll email you confirmation today.",
        ],
    ],
    "recap-close": [
        [
            "No problem, Jess, let's take it one thing at a time. I'll arrange the broadband move; the earliest it can go live at the new flat is next Thursday.",
            "For the gap, I'll courier you a free 4G dongle today, so you'll have it tomorrow.",
            "I'll cancel the TV box rental and post you a prepaid bag to send it back.",
            "So, to recap: broadband live at the new address next Thursday, a 4G dongle arriving tomorrow, and a returns bag for the TV box. Does that all sound right?",
        ],
        [
            "What's the most important part for you?",
            "Then let's start with that: I'll send a 4G dongle by courier today, it'll be with you tomorrow.",
            "I'll also book the broadband move; it'll be active at the new place from next Thursday.",
            "And I'll update your billing address right now.",
            "Let me summarise what we've agreed so far.",
            "The dongle arrives tomorrow, broadband goes live next Thursday, and your bills will go to the new address from today.",
        ],
        [
            "I can arrange your broadband move, going live next Thursday.",
            "I can send you a 4G dongle for free to cover the gap.",
            "I'll send a prepaid bag for the TV box as well.",
            "And I'll change the billing address today.",
            "Just to recap what happens next: dongle tomorrow, broadband on Thursday, box bag in the post, bills to the new address. I'll also email you this summary.",
        ],
        [
            "Sure thing! I'll set up the move of your broadband, live next Thursday.",
            "And a free dongle will be couriered today to keep you online.",
            "I'll update the billing address too.",
            "So just to confirm what we've agreed: broadband from Thursday, dongle tomorrow, new billing address from today. Is that everything?",
        ],
        [
            "Hi Jess! What's the most urgent bit for you?",
            "OK, then first I'll ship you a free 4G dongle today so you're covered from tomorrow.",
            "Next, I'll schedule the broadband move; service at the new place starts next Thursday.",
            "And I can cancel the TV box rental and send a prepaid return bag.",
            "Let me recap everything so you have it in one place: dongle tomorrow, broadband from next Thursday, return bag for the box in the mail. I'll also email you this summary. Sound good?",
        ],
    ],
}

UNSKILLED_SCRIPTS: dict[str, list[list[str]]] = {
    "broken-on-arrival": [
        [
            "It's not our fault, the courier handles delivery.",
            "CALM DOWN. THERE'S NOTHING I CAN DO.",
        ],
        [
            "Are you sure you didn't drop it? It left us in one piece.",
            "Well, these things happen with couriers.",
            "I can't do anything until you send photos. That's our policy.",
            "Calm down, it's only a blender.",
        ],
        [
            "That's not my problem, talk to the courier.",
            "There's nothing I can do.",
            "Whatever.",
        ],
    ],
    "something-for-free": [
        [
            "Fine, whatever you want, I'll give you a free headset.",
            "OK fine, I'll do half price on the next order as well.",
        ],
        [
            "Fine, I'll knock 50 percent off, just don't leave the review.",
            "Alright, and a partial refund on top.",
            "Whatever keeps you happy.",
        ],
        [
            "OK, you can have a free headset.",
            "And I'll throw in half price on the next order.",
        ],
    ],
    "over-the-line": [
        [
            "Don't you dare talk to me like that, you idiot.",
        ],
        [
            "OK OK, I'll give you a free month, just please calm down.",
            "Fine, I'll add another free month on top.",
        ],
        [
            "Don't speak to me like that, idiot.",
            "You're the problem here.",
        ],
    ],
    "cannot-find-submit": [
        [
            "It's obvious, it's right there. I've already told you.",
            "Come on, it's not rocket science!!!",
        ],
        [
            "Just scroll down. Everyone else has managed it.",
            "I've already told you, scroll DOWN.",
            "Honestly, it's not that hard.",
            "Look, I don't have time for this.",
        ],
        [
            "How can you not see it? It's right there.",
            "I've already told you twice.",
            "Honestly, it's not that hard.",
        ],
    ],
    "promise-broken": [
        [
            "Sorry you feel that way, but it's not my fault.",
            "Our technicians are very busy. There's nothing I can do.",
        ],
        [
            "Sorry for any inconvenience, but these things happen.",
            "The engineer will definitely be there at exactly 9am, I promise.",
            "You'll just have to wait for the next available slot.",
        ],
        [
            "Not my fault, I wasn't working yesterday.",
            "The technicians are very busy.",
            "There's nothing I can do.",
        ],
    ],
    "fourth-time-calling": [
        [
            "Can you explain the issue from the start, please?",
            "That's not my department. You'll have to wait like everyone else.",
            "As I said, there's nothing more I can do.",
        ],
        [
            "Before we go any further, could you tell me the whole story from the beginning?",
            "Refunds take 7 to 10 days, that's just how it works.",
            "I can't do anything about the other calls.",
            "Calm down, sir.",
            "Like I said, there's nothing more I can do.",
        ],
        [
            "Can you tell me what the problem is?",
            "You'll have to wait 7 to 10 days.",
            "That's not my department.",
            "Like I said, there's nothing I can do.",
        ],
    ],
    "get-me-a-manager": [
        [
            "The manager is busy, it's not my problem.",
            "I can't put you through, that's the policy.",
            "Like I said, there's nothing I can do.",
        ],
        [
            "A manager won't tell you anything different.",
            "Calm down, it was only one chat.",
            "There's no need to be like that.",
        ],
        [
            "No. You can't speak to a manager.",
            "That's our policy.",
            "I don't have time for this.",
        ],
    ],
    "no-quick-fix": [
        [
            "I promise it will be back within the hour.",
            "Actually it will take 48 hours.",
            "It's not our fault, there's nothing more I can do.",
        ],
        [
            "These outages happen.",
            "It's not our fault, it's the network provider.",
            "You'll have to wait like everyone else.",
            "Honestly, there's nothing I can do.",
        ],
        [
            "It'll be back within the hour, I promise.",
            "Actually no, it's 48 hours.",
            "Calm down, it's not the end of the world.",
            "There's nothing more I can do.",
        ],
    ],
    "bad-day": [
        [
            "Please keep this respectful, I won't accept that tone.",
            "I'm just doing my job, there's no need to be rude.",
        ],
        [
            "I won't tolerate rudeness, Leah.",
            "You gave us the wrong address in the first place.",
            "Address changes take 24 hours, that's the rule.",
        ],
        [
            "Please calm down, there's no need to be rude.",
            "I'm just doing my job.",
            "Whatever.",
        ],
    ],
    "charged-twice-not-really": [
        [
            "You misread your statement. It's your mistake.",
            "Clearly you don't understand how card payments work.",
        ],
        [
            "You're wrong, you were only charged once.",
            "I'll refund the second charge then.",
            "Look, it's not our problem.",
        ],
        [
            "You're wrong.",
            "Read your statement properly.",
            "It's your mistake, not ours.",
        ],
    ],
    "flat-no": [
        [
            "Sure, I'll change the name for you.",
            "Yes, no problem, I'll transfer the ticket to him.",
        ],
        [
            "No. That's the policy.",
            "You should have bought flexible insurance.",
            "There's nothing I can do.",
            "Calm down, it's only a flight.",
        ],
        [
            "I'll see what I can do.",
            "Let me ask, maybe.",
            "It might be possible.",
            "I'll try my best.",
            "Hmm.",
            "Bear with me.",
        ],
    ],
    "impossible-deadline": [
        [
            "Don't worry, I'll get them to you by tomorrow morning.",
            "Yes, I'll arrange overnight delivery for you.",
        ],
        [
            "You picked standard production, that's not our fault.",
            "There's nothing I can do.",
            "Calm down, it's only badges.",
        ],
        [
            "I'll do my best.",
            "Hopefully it'll be fine.",
            "Let me see.",
            "Leave it with me.",
            "We'll try.",
            "Mm.",
            "One moment.",
        ],
    ],
    "moving-goalposts": [
        [
            "Sure, I'll waive the roaming charge.",
            "Yes, I'll lower your monthly price as well.",
            "OK fine, you can have a free upgrade too.",
            "Of course, I'll credit your daughter's line.",
        ],
        [
            "I can only deal with one thing per chat.",
            "That's not my department.",
            "You're asking for far too much.",
            "Honestly, you're being unreasonable.",
        ],
        [
            "I'll refund the roaming for you.",
            "And I'll add a data boost to your line.",
            "Sure, I'll arrange a new phone for you.",
            "Yes, and I'll sort your daughter's account.",
            "I'll send you a broadband voucher too.",
        ],
    ],
    "review-threat": [
        [
            "Please don't post anything, I'll give you a 20 percent discount.",
            "OK fine, you can keep it for free as well.",
        ],
        [
            "Go ahead and post it, see if I care.",
            "It's only a sofa, calm down.",
            "You should have checked the colour when it arrived.",
        ],
        [
            "I'll arrange a collection.",
            "Someone will be in touch.",
            "OK.",
            "Right.",
            "Sure.",
            "Thanks.",
        ],
    ],
    "legal-threat": [
        [
            "You can't sue us for a leak, that's not how it works.",
            "Calm down, there's no need to threaten me.",
            "It's not our fault, your pipes are old.",
        ],
        [
            "Don't worry, we'll pay for the ceiling.",
            "Yes, we'll cover all the repairs and compensation.",
        ],
        [
            "Someone will look into it.",
            "OK.",
            "I see.",
            "Right.",
            "Let me see.",
            "Hmm.",
        ],
    ],
    "hold-and-check": [
        [
            "Yes, it'll fit, just order it.",
            "I'll send you the current battery today.",
            "We can ship it out this afternoon.",
        ],
        [
            "Just order it and send it back if it doesn't fit.",
            "It's not my job to know that.",
            "That's what the website is for.",
            "I can't help you with that.",
            "Whatever.",
        ],
        [
            "I'm sure it's fine.",
            "It should fit.",
            "Probably.",
            "Yes.",
            "Should do.",
        ],
    ],
    "did-you-do-it": [
        [
            "Yes, that's all been done.",
            "It should all be fine.",
            "Don't worry about it.",
            "It's definitely sorted.",
            "Yes.",
        ],
        [
            "That wasn't me, it was Sam.",
            "It's not my fault the form got stuck.",
            "Not my problem, I'm afraid.",
            "You'll have to wait like everyone else.",
        ],
        [
            "Can you tell me the whole story from the start?",
            "When did you call?",
            "What was the name of the person you spoke to?",
            "Can you explain what you were promised?",
            "And what's your membership number?",
        ],
    ],
    "recap-close": [
        [
            "I'll arrange the broadband move.",
            "I'll send a dongle.",
            "Anything else?",
            "OK, I'll sort the TV box.",
            "Is there anything else I can help you with today?",
            "Thanks for contacting us, bye.",
        ],
        [
            "That's not my department, you'll need to call the TV team.",
            "I can only do broadband, it's not my problem.",
            "Calm down, it's just a house move.",
        ],
        [
            "OK.",
            "Yes.",
            "Right.",
            "Sure.",
            "Mm.",
            "Fine.",
        ],
    ],
}


# The first unskilled script of each scenario, also played over telnet (tests/test_play_telnet.py).
UNSKILLED: dict[str, list[str]] = {sid: each[0] for sid, each in UNSKILLED_SCRIPTS.items()}

SEEDS = (1, 7, 42)


def play(scenario_id: str, lines: list[str], seed: int = 7) -> tuple[CustomerEngine, list[Reply]]:
    scenario = LIBRARY.get(scenario_id)
    assert scenario is not None
    return play_through(scenario, lines, seed)


def scripts(table: dict[str, list[list[str]]]) -> list[tuple[str, list[str], int]]:
    return [(sid, lines, seed) for sid, each in table.items() for lines in each
            for seed in SEEDS]


def test_every_scenario_is_covered():
    ids = {s.id for s in LIBRARY.list()}
    assert ids == set(SKILLED) == set(UNSKILLED_SCRIPTS)


@pytest.mark.parametrize(("scenario_id", "lines", "seed"), scripts(SKILLED))
def test_a_skilled_agent_resolves_it(scenario_id, lines, seed):
    engine, _ = play(scenario_id, lines, seed)
    assert engine.outcome is Outcome.RESOLVED, engine.state


@pytest.mark.parametrize(("scenario_id", "lines", "seed"), scripts(UNSKILLED_SCRIPTS))
def test_an_unskilled_agent_loses_the_customer(scenario_id, lines, seed):
    engine, _ = play(scenario_id, lines, seed)
    assert engine.outcome in (Outcome.WALKED_OUT, Outcome.ESCALATED), engine.state


@pytest.mark.parametrize("scenario_id", sorted(SKILLED))
def test_the_same_seed_and_lines_replay_identically_with_a_mood_after_each_answer(scenario_id):
    for lines in (*SKILLED[scenario_id], *UNSKILLED_SCRIPTS[scenario_id]):
        _, first = play(scenario_id, lines, seed=3)
        _, again = play(scenario_id, lines, seed=3)
        assert first == again
        for reply in first:
            assert reply.mood["scenario"] == scenario_id
            assert set(reply.mood["state"]) == {v.name for v in LIBRARY.get(scenario_id).state}


@pytest.mark.parametrize("scenario_id", sorted(SKILLED))
def test_a_silent_agent_is_nudged_and_then_loses_the_customer(scenario_id):
    scenario = LIBRARY.get(scenario_id)
    engine = CustomerEngine(scenario, seed=1)
    engine.open(0.0)
    nudges = []
    now = 0.0
    while engine.outcome is None and now < 600:
        due = engine.next_beat_at()
        if due is None:
            break
        now = due
        reply = engine.due_beat(now)
        nudges.append(reply.reaction)
    assert len(nudges) >= 2, nudges  # at least one nudge before the customer goes
    assert engine.outcome is Outcome.WALKED_OUT, nudges
