<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ArgParse</name>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>deze hulp tonen en stoppen</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: fout: %2</translation>
    </message>
    <message>
        <source>argument %1: %2</source>
        <translation>argument %1: %2</translation>
    </message>
    <message>
        <source>invalid choice: %1 (choose from %2)</source>
        <translation>ongeldige keuze: %1 (kies uit %2)</translation>
    </message>
    <message>
        <source>invalid %1 value: %2</source>
        <translation>ongeldige waarde voor %1: %2</translation>
    </message>
    <message>
        <source>unrecognized arguments: %1</source>
        <translation>onbekende argumenten: %1</translation>
    </message>
    <message>
        <source>the following arguments are required: %1</source>
        <translation>deze argumenten zijn verplicht: %1</translation>
    </message>
    <message>
        <source>one of the arguments %1 is required</source>
        <translation>een van de argumenten %1 is verplicht</translation>
    </message>
    <message>
        <source>not allowed with argument %1</source>
        <translation>niet toegestaan samen met argument %1</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>verwacht één waarde</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>verwacht hooguit één waarde</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>verwacht minstens één waarde</translation>
    </message>
    <message>
        <source>ambiguous option: %1 could match %2</source>
        <translation>dubbelzinnige optie: %1 kan %2 zijn</translation>
    </message>
    <message>
        <source>ignored explicit argument %1</source>
        <translation>argument %1 genegeerd</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%1&apos;: %2</source>
        <translation>kan &apos;%1&apos; niet openen: %2</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>verwacht %n waarde</numerusform>
            <numerusform>verwacht %n waarden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BodyScanPanel</name>
    <message>
        <source>Length of the body scan</source>
        <translation>Duur van de bodyscan</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuten</translation>
    </message>
    <message>
        <source>Read aloud, so I can close my eyes</source>
        <translation>Voorlezen, zodat ik mijn ogen kan sluiten</translation>
    </message>
    <message>
        <source>Body scan progress</source>
        <translation>Voortgang van de bodyscan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorige stap</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start or pause the body scan</source>
        <translation>De bodyscan starten of pauzeren</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Take a moment before you get up. Notice how your body feels now.</source>
        <translation>Neem even de tijd voordat je opstaat. Merk op hoe je lichaam nu voelt.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 left</source>
        <translation>Stap %1 van %2 · nog %3</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Verdergaan</translation>
    </message>
</context>
<context>
    <name>BreathingPanel</name>
    <message>
        <source>Breathing pattern</source>
        <translation>Ademhalingspatroon</translation>
    </message>
    <message>
        <source>Breath progress</source>
        <translation>Voortgang van de ademhaling</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start or pause breathing</source>
        <translation>Het ademen starten of pauzeren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop breathing</source>
        <translation>Stoppen met de oefening</translation>
    </message>
    <message>
        <source>Continue with the &amp;body scan</source>
        <translation>Verder met de &amp;lichaamsscan</translation>
    </message>
    <message>
        <source>Press Start when you are ready.</source>
        <translation>Druk op Starten als je klaar bent.</translation>
    </message>
    <message>
        <source>Well done. Breathe normally for a moment.</source>
        <translation>Goed gedaan. Adem even gewoon door.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation>Ademhaling %1 van %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Verdergaan</translation>
    </message>
    <message>
        <source>%1 breaths</source>
        <translation>%1 ademhalingen</translation>
    </message>
</context>
<context>
    <name>CalmCheck</name>
    <message>
        <source>I&apos;m still too upset to talk well. Can I take %1 more minutes? I&apos;ll come to you %2.</source>
        <translation>Ik ben nog te overstuur om goed te praten. Mag ik nog %1 minuten? Ik kom %2 naar je toe.</translation>
    </message>
    <message>
        <source>B&amp;reathe now</source>
        <translation>Adem &amp;nu</translation>
    </message>
    <message>
        <source>&amp;Ask for more time</source>
        <translation>&amp;Vraag om meer tijd</translation>
    </message>
    <message>
        <source>You are still flooded, and that is all right. Breathe first. Then go to your partner as agreed and ask for %1 more minutes, for example:</source>
        <translation>Je bent nog overspoeld, en dat mag. Adem eerst rustig. Ga dan zoals afgesproken naar je partner en vraag om nog %1 minuten, bijvoorbeeld:</translation>
    </message>
    <message>
        <source>&amp;Ask for %1 more minutes</source>
        <translation>&amp;Vraag om nog %1 minuten</translation>
    </message>
</context>
<context>
    <name>CalmScale</name>
    <message>
        <source>calm, I can listen</source>
        <translation>rustig, ik kan luisteren</translation>
    </message>
    <message>
        <source>a little tense</source>
        <translation>een beetje gespannen</translation>
    </message>
    <message>
        <source>tense, my heart beats faster</source>
        <translation>gespannen, mijn hart klopt sneller</translation>
    </message>
    <message>
        <source>flooded, hard to think clearly</source>
        <translation>overspoeld, helder denken lukt moeilijk</translation>
    </message>
    <message>
        <source>completely flooded</source>
        <translation>helemaal overspoeld</translation>
    </message>
    <message>
        <source>0 calm</source>
        <translation>0 rustig</translation>
    </message>
    <message>
        <source>10 flooded</source>
        <translation>10 overspoeld</translation>
    </message>
    <message>
        <source>How flooded are you right now?</source>
        <translation>Hoe overspoeld ben je nu?</translation>
    </message>
    <message>
        <source>How &amp;flooded are you right now?</source>
        <translation>Hoe &amp;overspoeld ben je nu?</translation>
    </message>
    <message>
        <source>Optional: tap a number.</source>
        <translation>Niet verplicht: kies een getal.</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Card for your partner</source>
        <translation>Kaart voor je partner</translation>
    </message>
    <message>
        <source>Optional, e.g. on a walk in the park</source>
        <translation>Mag leeg blijven, bijvoorbeeld: wandelen in het park</translation>
    </message>
    <message>
        <source>&amp;Where I&apos;ll be:</source>
        <translation>&amp;Waar ik ben:</translation>
    </message>
    <message>
        <source>The card</source>
        <translation>De kaart</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>&amp;Kleiner</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Save the card as PDF</source>
        <translation>De kaart opslaan als pdf</translation>
    </message>
    <message>
        <source>pause-card.pdf</source>
        <translation>pauzekaart.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Agreed pauses with a concrete return time. Without a command, start the tray app (or show the one already running).</source>
        <translation>Afgesproken pauzes met een concrete terugkomtijd. Zonder opdracht start de app in het systeemvak (of verschijnt de app die al draait).</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>het versienummer tonen en stoppen</translation>
    </message>
    <message>
        <source>print the new status as JSON</source>
        <translation>de nieuwe stand als JSON tonen</translation>
    </message>
    <message>
        <source>start an agreed pause</source>
        <translation>een afgesproken pauze beginnen</translation>
    </message>
    <message>
        <source>a few words for yourself</source>
        <translation>een paar woorden voor jezelf</translation>
    </message>
    <message>
        <source>you told your partner</source>
        <translation>je hebt het je partner verteld</translation>
    </message>
    <message>
        <source>allow a return over 24 hours away</source>
        <translation>een terugkomst later dan over 24 uur toestaan</translation>
    </message>
    <message>
        <source>do not start the tray app when none runs (then no reminder comes until it runs)</source>
        <translation>de app niet starten als die niet draait (dan komt er geen herinnering tot de app draait)</translation>
    </message>
    <message>
        <source>move the agreed return later</source>
        <translation>de afgesproken terugkomst later zetten</translation>
    </message>
    <message>
        <source>allow a return over 24 hours after the start</source>
        <translation>een terugkomst meer dan 24 uur na het begin toestaan</translation>
    </message>
    <message>
        <source>end the pause: you are back</source>
        <translation>de pauze beëindigen: je bent terug</translation>
    </message>
    <message>
        <source>a few words about the pause</source>
        <translation>een paar woorden over de pauze</translation>
    </message>
    <message>
        <source>print the ended pause as JSON</source>
        <translation>de beëindigde pauze als JSON tonen</translation>
    </message>
    <message>
        <source>is a pause running, and until when</source>
        <translation>loopt er een pauze, en tot wanneer</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>één JSON-object tonen</translation>
    </message>
    <message>
        <source>print one JSON line now and another at every change, until interrupted (for status bars)</source>
        <translation>nu één JSON-regel tonen en nog een bij elke verandering, tot je stopt (voor statusbalken)</translation>
    </message>
    <message>
        <source>all pauses, newest first; export or delete them</source>
        <translation>alle pauzes, nieuwste eerst; exporteren of verwijderen</translation>
    </message>
    <message>
        <source>print a JSON list</source>
        <translation>een JSON-lijst tonen</translation>
    </message>
    <message>
        <source>print CSV with a header row</source>
        <translation>CSV met een kopregel tonen</translation>
    </message>
    <message>
        <source>delete one ended pause</source>
        <translation>één beëindigde pauze verwijderen</translation>
    </message>
    <message>
        <source>delete every ended pause and the moments together that have passed (needs --yes)</source>
        <translation>alle beëindigde pauzes en de voorbije momenten samen verwijderen (met --yes)</translation>
    </message>
    <message>
        <source>pauses started on or after this day</source>
        <translation>pauzes begonnen op of na deze dag</translation>
    </message>
    <message>
        <source>pauses started up to this day</source>
        <translation>pauzes begonnen tot en met deze dag</translation>
    </message>
    <message>
        <source>include your reflection answers</source>
        <translation>je antwoorden op de reflectievragen meenemen</translation>
    </message>
    <message>
        <source>confirm --delete-all</source>
        <translation>--delete-all bevestigen</translation>
    </message>
    <message>
        <source>the running pause&apos;s return time for your phone: QR code or .ics</source>
        <translation>de terugkomtijd van de lopende pauze voor je telefoon: QR-code of .ics</translation>
    </message>
    <message>
        <source>open a window of the app (starting the app if it does not run)</source>
        <translation>een venster van de app openen (en de app starten als die niet draait)</translation>
    </message>
    <message>
        <source>start Pausetimer when you log in</source>
        <translation>Pausetimer starten als je inlogt</translation>
    </message>
    <message>
        <source>Pausetimer ran into an unexpected error and did not finish: %1. Please report it.</source>
        <translation>Pausetimer liep tegen een onverwachte fout aan en is niet klaar gekomen: %1. Meld dit alsjeblieft.</translation>
    </message>
    <message>
        <source>Note: Pausetimer itself is not running, so no reminder will come until you start it (pausetimer).</source>
        <translation>Let op: Pausetimer zelf draait niet, dus er komt geen herinnering tot je het start (pausetimer).</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1d %2u</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1u %2m</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n pause(s).</source>
        <translation>
            <numerusform>%n pauze verwijderd.</numerusform>
            <numerusform>%n pauzes verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its text is still being wiped from the database&apos;s log file: as soon as no other program reads the database, at the latest at Pausetimer&apos;s next start.</source>
        <translation>De tekst wordt nog uit het logbestand van de database gewist: zodra geen ander programma de database leest, uiterlijk bij de volgende start van Pausetimer.</translation>
    </message>
    <message>
        <source>Pause ended after %1. Welcome back.</source>
        <translation>Pauze beëindigd na %1. Welkom terug.</translation>
    </message>
    <message>
        <source>No pause running.</source>
        <translation>Er loopt geen pauze.</translation>
    </message>
    <message>
        <source>Pause started: back at %1 (in %2).</source>
        <translation>Pauze begonnen: terug om %1 (over %2).</translation>
    </message>
    <message>
        <source>Pause extended: back at %1 (in %2).</source>
        <translation>Pauze verlengd: terug om %1 (over %2).</translation>
    </message>
    <message>
        <source>Pause running: back at %1 (in %2).</source>
        <translation>Pauze loopt: terug om %1 (over %2).</translation>
    </message>
    <message>
        <source>Pause due: you agreed to be back at %1 (%2 ago). Time to go back and reach out.</source>
        <translation>Tijd om terug te gaan: je had om %1 afgesproken (%2 geleden). Ga terug en zoek contact.</translation>
    </message>
    <message>
        <source>This pause has lasted more than a day; consider talking about it soon.</source>
        <translation>Deze pauze duurt al langer dan een dag; praat er liefst snel over.</translation>
    </message>
    <message>
        <source>No pauses yet.</source>
        <translation>Nog geen pauzes.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Agreed return</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Ext</source>
        <comment>column: number of extensions</comment>
        <translation>Verl</translation>
    </message>
    <message>
        <source>Told</source>
        <comment>column: whether the partner was told</comment>
        <translation>Verteld</translation>
    </message>
    <message>
        <source>Calm</source>
        <comment>column: how flooded at the start and before going back</comment>
        <translation>Rust</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>A pause under 20 minutes is usually too short to calm down; it takes the body about 20 minutes.</source>
        <translation>Een pauze korter dan 20 minuten is meestal te kort om tot rust te komen; het lichaam heeft ongeveer 20 minuten nodig.</translation>
    </message>
    <message>
        <source>This pause will last more than a day. Healthy pauses last hours, at most a day; consider talking sooner.</source>
        <translation>Deze pauze duurt langer dan een dag. Gezonde pauzes duren uren, hooguit een dag; praat liever eerder.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <source>a number with a unit, like 20m, 1h, 1h30m or 2d (d = days, h = hours, m = minutes)</source>
        <translation>een getal met een eenheid, zoals 20m, 1h, 1h30m of 2d (d = dagen, h = uren, m = minuten)</translation>
    </message>
    <message>
        <source>a time of day like 19:00, or an ISO 8601 instant like 2026-11-21T19:00+01:00</source>
        <translation>een tijdstip zoals 19:00, of een ISO 8601-moment zoals 2026-11-21T19:00+01:00</translation>
    </message>
    <message>
        <source>a date like 2026-11-21, or an ISO 8601 instant like 2026-11-21T19:00+01:00</source>
        <translation>een datum zoals 2026-11-21, of een ISO 8601-moment zoals 2026-11-21T19:00+01:00</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;; expected %2.</source>
        <translation>&apos;%1&apos; is niet te lezen; verwacht: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a calm rating; use a whole number from 0 (calm) to 10 (flooded). Nothing was changed.</source>
        <translation>&apos;%1&apos; is geen geldige score; gebruik een heel getal van 0 (rustig) tot 10 (overspoeld). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>No duration given; expected %1.</source>
        <translation>Geen duur opgegeven; verwacht: %1.</translation>
    </message>
    <message>
        <source>A duration cannot be negative; expected %1.</source>
        <translation>Een duur kan niet negatief zijn; verwacht: %1.</translation>
    </message>
    <message>
        <source>A duration must be longer than zero.</source>
        <translation>Een duur moet langer zijn dan nul.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day (hours 0-23, minutes 0-59).</source>
        <translation>&apos;%1&apos; is geen tijdstip (uren 0-23, minuten 0-59).</translation>
    </message>
    <message>
        <source>Say when you will be back: give either --for or --until.</source>
        <translation>Zeg wanneer je terug bent: geef --for of --until.</translation>
    </message>
    <message>
        <source>The return time has already passed; choose a time in the future.</source>
        <translation>Die terugkomtijd is al voorbij; kies een tijd in de toekomst.</translation>
    </message>
    <message>
        <source>A pause can last at most 7 days; choose an earlier return time.</source>
        <translation>Een pauze duurt hooguit 7 dagen; kies een eerdere terugkomtijd.</translation>
    </message>
    <message>
        <source>The return is more than 24 hours away; confirm with --long if you really mean it.</source>
        <translation>De terugkomst is over meer dan 24 uur; bevestig met --long als je dat echt bedoelt.</translation>
    </message>
    <message>
        <source>One extension can add at most 24 hours.</source>
        <translation>Eén verlenging kan hooguit 24 uur toevoegen.</translation>
    </message>
    <message>
        <source>A pause is already running; end it or extend it instead.</source>
        <translation>Er loopt al een pauze; beëindig of verleng die.</translation>
    </message>
    <message>
        <source>No pause is running.</source>
        <translation>Er loopt geen pauze.</translation>
    </message>
    <message>
        <source>A note can be at most 2000 characters long.</source>
        <translation>Een notitie is hooguit 2000 tekens lang.</translation>
    </message>
    <message>
        <source>--delete and --delete-all take no --since, --until or --reflections.</source>
        <translation>--delete en --delete-all gaan niet samen met --since, --until of --reflections.</translation>
    </message>
    <message>
        <source>--delete-all deletes every ended pause with its notes and reflections, and the moments together that have passed, for good; add --yes to confirm.</source>
        <translation>--delete-all verwijdert alle beëindigde pauzes met hun notities en reflecties, en de voorbije momenten samen, voorgoed; voeg --yes toe om te bevestigen.</translation>
    </message>
    <message>
        <source>--until must lie after --since.</source>
        <translation>--until moet na --since liggen.</translation>
    </message>
    <message>
        <source>The pause data is busy in another program; try again in a moment.</source>
        <translation>De pauzegegevens zijn bezet door een ander programma; probeer het zo nog eens.</translation>
    </message>
    <message>
        <source>Pausetimer is running but does not answer, so nothing was changed. Bring its window up or quit it from the tray, then try again.</source>
        <translation>Pausetimer draait, maar antwoordt niet, dus er is niets veranderd. Haal het venster naar voren of sluit Pausetimer af via het systeemvak, en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The running Pausetimer did not answer in time.</source>
        <translation>De draaiende Pausetimer antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>how flooded you are right now, from 0 (calm) to 10 (flooded); stored with the pause</source>
        <translation>hoe overspoeld je nu bent, van 0 (rustig) tot 10 (overspoeld); bewaard bij de pauze</translation>
    </message>
    <message>
        <source>a summary of your pauses as a PDF, to share if you like</source>
        <translation>een samenvatting van je pauzes als pdf, om te delen als je dat wilt</translation>
    </message>
    <message>
        <source>where to save the PDF</source>
        <translation>waar de pdf bewaard wordt</translation>
    </message>
    <message>
        <source>include your notes and reflections (left out otherwise)</source>
        <translation>je notities en reflecties meenemen (anders blijven ze eruit)</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>De pdf kon niet worden opgeslagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Summary of %n pause(s) saved to %1.</source>
        <translation>
            <numerusform>Samenvatting van %n pauze opgeslagen in %1.</numerusform>
            <numerusform>Samenvatting van %n pauzes opgeslagen in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>plan a moment together with your partner, with a reminder</source>
        <translation>plan samen tijd met je partner, met een herinnering</translation>
    </message>
    <message>
        <source>when, like 2026-12-03T20:00 or 20:00 (local time)</source>
        <translation>wanneer, zoals 2026-12-03T20:00 of 20:00 (lokale tijd)</translation>
    </message>
    <message>
        <source>the moments still ahead</source>
        <translation>de momenten die nog komen</translation>
    </message>
    <message>
        <source>delete one moment</source>
        <translation>verwijder één moment</translation>
    </message>
    <message>
        <source>delete every moment, past and ahead (needs --yes)</source>
        <translation>verwijder alle momenten, voorbij en nog te komen (vraagt --yes)</translation>
    </message>
    <message>
        <source>with --list: the moments that have passed too</source>
        <translation>met --list: ook de voorbije momenten</translation>
    </message>
    <message>
        <source>a few words, like &apos;walk together&apos;</source>
        <translation>een paar woorden, zoals &apos;samen wandelen&apos;</translation>
    </message>
    <message>
        <source>calendar file</source>
        <translation>agendabestand</translation>
    </message>
    <message>
        <source>No moments together planned.</source>
        <translation>Nog geen momenten samen gepland.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n moment(s).</source>
        <translation>
            <numerusform>%n moment verwijderd.</numerusform>
            <numerusform>%n momenten verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned: a moment together on %1. A reminder comes at that time.</source>
        <translation>Gepland: samen tijd op %1. Op dat moment krijg je een herinnering.</translation>
    </message>
    <message>
        <source>Calendar file written: %1</source>
        <translation>Agendabestand opgeslagen: %1</translation>
    </message>
    <message>
        <source>That moment has already passed; choose a time in the future.</source>
        <translation>Dat moment is al voorbij; kies een tijd in de toekomst.</translation>
    </message>
    <message>
        <source>Plan a moment within the coming year; choose an earlier day.</source>
        <translation>Plan een moment binnen het komende jaar; kies een eerdere dag.</translation>
    </message>
    <message>
        <source>A few words are enough: at most 200 characters.</source>
        <translation>Een paar woorden zijn genoeg: hoogstens 200 tekens.</translation>
    </message>
    <message>
        <source>There is no such moment; see pausetimer together --list.</source>
        <translation>Dat moment bestaat niet; kijk bij pausetimer together --list.</translation>
    </message>
    <message>
        <source>--past goes with --list.</source>
        <translation>--past hoort bij --list.</translation>
    </message>
    <message>
        <source>--delete-all deletes every moment together, for good; add --yes to confirm.</source>
        <translation>--delete-all verwijdert alle momenten samen, voorgoed; voeg --yes toe om te bevestigen.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Kan het bestand niet opslaan: %1</translation>
    </message>
    <message>
        <source>the card for your partner, for the running pause, as PDF</source>
        <translation>de kaart voor je partner, voor de lopende pauze, als pdf</translation>
    </message>
    <message>
        <source>an optional line: where you will be</source>
        <translation>een regel die mag ontbreken: waar je bent</translation>
    </message>
    <message>
        <source>Say where to write the card: --pdf FILE.</source>
        <translation>Zeg waar de kaart heen moet: --pdf BESTAND.</translation>
    </message>
    <message>
        <source>No pause is running, so there is no return time to put on a card.</source>
        <translation>Er loopt geen pauze, dus er is geen terugkomtijd om op een kaart te zetten.</translation>
    </message>
    <message>
        <source>The card is for the one who takes the pause; while you wait for your partner there is none to make.</source>
        <translation>De kaart is voor wie de pauze neemt; terwijl jij op je partner wacht, is er geen kaart te maken.</translation>
    </message>
    <message>
        <source>Could not write the file: %1.</source>
        <translation>Het bestand kon niet worden geschreven: %1.</translation>
    </message>
    <message>
        <source>Written: %1. Nothing was sent anywhere; print it or show it.</source>
        <translation>Geschreven: %1. Er is niets verstuurd; druk het af of laat het zien.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 is een map; geef een bestandsnaam.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside the supported range; use dates from 1970-01-01 to 9998-12-31.</source>
        <translation>&apos;%1&apos; valt buiten het bereik; gebruik een datum van 1970-01-01 tot 9998-12-31.</translation>
    </message>
    <message>
        <source>%1 is not a pause id; ids are whole numbers from 1 to %2.</source>
        <translation>%1 is geen pauzenummer; pauzenummers zijn hele getallen van 1 tot %2.</translation>
    </message>
    <message>
        <source>There is no pause with id %1.</source>
        <translation>Er is geen pauze met nummer %1.</translation>
    </message>
    <message>
        <source>This pause is still running; end it before deleting it.</source>
        <translation>Deze pauze loopt nog; beëindig haar voordat je haar verwijdert.</translation>
    </message>
    <message>
        <source>Pausetimer cannot create its data folder %1: %2.</source>
        <translation>Pausetimer kan zijn gegevensmap %1 niet aanmaken: %2.</translation>
    </message>
    <message>
        <source>Pausetimer&apos;s data folder %1 belongs to another user, so it is not used.</source>
        <translation>De gegevensmap %1 van Pausetimer is van een andere gebruiker, dus wordt die niet gebruikt.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which does not exist; remove the link or restore what it points to.</source>
        <translation>%1 is een koppeling naar %2, maar dat bestaat niet; verwijder de koppeling of zet terug waar die naar wijst.</translation>
    </message>
    <message>
        <source>Pausetimer cannot write in its data folder %1: %2. Free some space or check the folder&apos;s permissions.</source>
        <translation>Pausetimer kan niet schrijven in zijn gegevensmap %1: %2. Maak wat ruimte vrij of controleer de rechten van de map.</translation>
    </message>
    <message>
        <source>Say what to write: --qr FILE.png and/or --ics FILE.ics.</source>
        <translation>Zeg wat er geschreven moet worden: --qr BESTAND.png en/of --ics BESTAND.ics.</translation>
    </message>
    <message>
        <source>No pause is running, so there is no return time to put on your phone.</source>
        <translation>Er loopt geen pauze, dus er is geen terugkomtijd voor je telefoon.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Written: %1. Nothing was sent anywhere; open it on your phone yourself.</source>
        <translation>Geschreven: %1. Er is niets verstuurd; open het zelf op je telefoon.</translation>
    </message>
    <message>
        <source>your partner is taking a pause: note when they come back</source>
        <translation>je partner neemt een pauze: noteer wanneer die terugkomt</translation>
    </message>
    <message>
        <source>Noted: your partner agreed to be back at %1. Do something good for yourself meanwhile.</source>
        <translation>Genoteerd: je partner heeft afgesproken om %1 terug te zijn. Doe intussen iets goeds voor jezelf.</translation>
    </message>
    <message>
        <source>Your partner is taking a pause: back at %1 (in %2).</source>
        <translation>Je partner neemt een pauze: terug om %1 (over %2).</translation>
    </message>
    <message>
        <source>Your partner agreed to be back at %1 (%2 ago). Give them a few minutes; then you may gently invite them.</source>
        <translation>Je partner heeft afgesproken om %1 terug te zijn (%2 geleden). Geef je partner een paar minuten; daarna mag je rustig een uitnodiging doen.</translation>
    </message>
</context>
<context>
    <name>CustomPauseDialog</name>
    <message>
        <source>Custom pause</source>
        <translation>Eigen pauze</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Duur</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <source> h</source>
        <translation> uur</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Return time of day</source>
        <translation>Tijdstip van terugkomst</translation>
    </message>
    <message>
        <source>Optional, only for you</source>
        <translation>Niet verplicht, alleen voor jou</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Resulting return time</source>
        <translation>Tijdstip van terugkomst</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <source>Yes, I &amp;mean more than 24 hours</source>
        <translation>Ja, ik &amp;bedoel echt meer dan 24 uur</translation>
    </message>
    <message>
        <source>&amp;Start pause</source>
        <translation>Pauze &amp;starten</translation>
    </message>
    <message>
        <source>Minutes go from 0 to 59; write longer pauses in hours.</source>
        <translation>Minuten gaan van 0 tot 59; schrijf langere pauzes in uren.</translation>
    </message>
    <message>
        <source>Hours go from 0 to %1 (7 days).</source>
        <translation>Uren gaan van 0 tot %1 (7 dagen).</translation>
    </message>
    <message>
        <source>Choose a length longer than zero.</source>
        <translation>Kies een duur langer dan nul.</translation>
    </message>
    <message>
        <source>You&apos;ll be back %1 (in %2).</source>
        <translation>Je bent terug %1 (over %2).</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the pause</source>
        <translation>Pauze verlengen</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation>&amp;Anders:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Other extension in minutes</source>
        <translation>Andere verlenging in minuten</translation>
    </message>
    <message>
        <source>New return time</source>
        <translation>Nieuw tijdstip van terugkomst</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <source>Yes, I &amp;mean more than 24 hours</source>
        <translation>Ja, ik &amp;bedoel echt meer dan 24 uur</translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation>&amp;Verlengen</translation>
    </message>
    <message>
        <source>Agreed so far: back %1.</source>
        <translation>Tot nu toe afgesproken: terug %1.</translation>
    </message>
    <message>
        <source>New return: %1.</source>
        <translation>Nieuwe terugkomst: %1.</translation>
    </message>
</context>
<context>
    <name>GuidanceWindow</name>
    <message>
        <source>Guidance</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <source>Breathing pacer</source>
        <translation>Ademhalingsbegeleider</translation>
    </message>
    <message>
        <source>While you wait</source>
        <translation>Terwijl je wacht</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>Guidance sections</source>
        <translation>Onderdelen van de begeleiding</translation>
    </message>
</context>
<context>
    <name>HelpLinesPanel</name>
    <message>
        <source>Help lines</source>
        <translation>Hulplijnen</translation>
    </message>
    <message>
        <source>Country for the help lines</source>
        <translation>Land voor de hulplijnen</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>From my computer&apos;s settings</source>
        <translation>Volgens de instellingen van mijn computer</translation>
    </message>
    <message>
        <source>The list of help lines could not be read. In danger, call 112 or 911.</source>
        <translation>De lijst met hulplijnen kon niet worden gelezen. Ben je in gevaar? Bel 112 of 911.</translation>
    </message>
    <message>
        <source>Numbers checked on %1. If one does not answer, call your doctor.</source>
        <translation>Nummers gecontroleerd op %1. Neemt er niemand op, bel dan je huisarts.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Pauses over time</source>
        <translation>Pauzes door de tijd</translation>
    </message>
    <message>
        <source>Pauses per week</source>
        <translation>Pauzes per week</translation>
    </message>
    <message>
        <source>Pauses per month</source>
        <translation>Pauzes per maand</translation>
    </message>
    <message>
        <source>Within a day</source>
        <translation>Binnen een dag</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauzes</translation>
    </message>
    <message>
        <source>Median time to calm (hours)</source>
        <translation>Mediane tijd tot rust (uren)</translation>
    </message>
    <message>
        <source>Median time to calm (minutes)</source>
        <translation>Mediane tijd tot rust (minuten)</translation>
    </message>
    <message>
        <source>Past a day</source>
        <translation>Langer dan een dag</translation>
    </message>
    <message>
        <source>Median length (hours)</source>
        <translation>Mediane duur (uren)</translation>
    </message>
    <message>
        <source>Median length (minutes)</source>
        <translation>Mediane duur (minuten)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>What was going on, what helped</source>
        <translation>Wat er speelde, wat hielp</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>Notitie &amp;bewaren</translation>
    </message>
    <message>
        <source>&amp;Delete this pause…</source>
        <translation>Deze pauze &amp;verwijderen…</translation>
    </message>
    <message>
        <source>How the return went:</source>
        <translation>Hoe de terugkeer ging:</translation>
    </message>
    <message>
        <source>Reflections:</source>
        <translation>Reflecties:</translation>
    </message>
    <message>
        <source>Noticed:</source>
        <translation>Gemerkt:</translation>
    </message>
    <message>
        <source>Select a pause to see its note and reflections.</source>
        <translation>Kies een pauze om de notitie en reflecties te zien.</translation>
    </message>
    <message>
        <source>End the pause before deleting it.</source>
        <translation>Beëindig de pauze voordat je haar verwijdert.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Started %1, agreed to be back %2.</source>
        <translation>Begonnen %1, afgesproken terug %2.</translation>
    </message>
    <message>
        <source>Reminder seen at %1.</source>
        <translation>Herinnering gezien om %1.</translation>
    </message>
    <message numerus="yes">
        <source>Extended %n time(s).</source>
        <translation>
            <numerusform>%n keer verlengd.</numerusform>
            <numerusform>%n keer verlengd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back %1, after %2.</source>
        <translation>Terug %1, na %2.</translation>
    </message>
    <message>
        <source>This pause is still running.</source>
        <translation>Deze pauze loopt nog.</translation>
    </message>
    <message>
        <source>Your partner&apos;s pause: you waited.</source>
        <translation>De pauze van je partner: jij wachtte.</translation>
    </message>
    <message>
        <source>Announced to your partner.</source>
        <translation>Aan je partner verteld.</translation>
    </message>
    <message>
        <source>Not announced.</source>
        <translation>Niet verteld.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Geschiedenis exporteren</translation>
    </message>
    <message numerus="yes">
        <source>Export %n pause(s) from %1.</source>
        <translation>
            <numerusform>%n pauze exporteren uit %1.</numerusform>
            <numerusform>%n pauzes exporteren uit %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;CSV, for a spreadsheet</source>
        <translation>&amp;CSV, voor een rekenblad</translation>
    </message>
    <message>
        <source>&amp;JSON, for other programs</source>
        <translation>&amp;JSON, voor andere programma’s</translation>
    </message>
    <message>
        <source>Include my &amp;reflections</source>
        <translation>Mijn &amp;reflecties meenemen</translation>
    </message>
    <message>
        <source>The file holds your notes. Keep it somewhere private, and share it only when you want to.</source>
        <translation>Het bestand bevat je notities. Bewaar het op een privéplek en deel het alleen als jij dat wilt.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>%1, %2 to %3 (%4)</source>
        <translation>%1, %2 tot %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <translation>%1 uur %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Agreed return</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Verteld</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Op tijd</translation>
    </message>
    <message>
        <source>This pause lasted more than a day.</source>
        <translation>Deze pauze duurde langer dan een dag.</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>loopt nog</translation>
    </message>
    <message>
        <source>you waited</source>
        <translation>jij wachtte</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>past a day</source>
        <translation>langer dan een dag</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>op tijd</translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>%1 te laat</translation>
    </message>
    <message>
        <source>About as many pauses as in the period before.</source>
        <translation>Ongeveer evenveel pauzes als in de periode ervoor.</translation>
    </message>
    <message>
        <source>More pauses than in the period before.</source>
        <translation>Meer pauzes dan in de periode ervoor.</translation>
    </message>
    <message>
        <source>Fewer pauses than in the period before.</source>
        <translation>Minder pauzes dan in de periode ervoor.</translation>
    </message>
    <message>
        <source>They lasted about as long.</source>
        <translation>Ze duurden ongeveer even lang.</translation>
    </message>
    <message>
        <source>They tended to last longer.</source>
        <translation>Ze duurden meestal langer.</translation>
    </message>
    <message>
        <source>They tended to be shorter.</source>
        <translation>Ze waren meestal korter.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistieken</translation>
    </message>
    <message>
        <source>What comes before my pauses</source>
        <translation>Wat gaat er aan mijn pauzes vooraf</translation>
    </message>
    <message>
        <source>Signal or trigger</source>
        <translation>Signaal of aanleiding</translation>
    </message>
    <message>
        <source>Typical length</source>
        <translation>Gebruikelijke duur</translation>
    </message>
    <message>
        <source>Something else, in my own words</source>
        <translation>Iets anders, in mijn eigen woorden</translation>
    </message>
    <message numerus="yes">
        <source>You ticked what you noticed with %n pause(s) in this period.</source>
        <translation>
            <numerusform>Je vinkte bij %n pauze in deze periode aan wat je merkte.</numerusform>
            <numerusform>Je vinkte bij %n pauzes in deze periode aan wat je merkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing ticked in this period yet. After a pause, tick what you noticed under Guidance, Reflect: what came before your pauses shows up here.</source>
        <translation>In deze periode is nog niets aangevinkt. Vink na een pauze aan wat je merkte, onder Begeleiding, Nadenken: dan zie je hier wat er aan je pauzes voorafging.</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Langste</translation>
    </message>
    <message>
        <source>Back on time</source>
        <translation>Op tijd terug</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <source>Time to calm</source>
        <translation>Tijd tot rust</translation>
    </message>
    <message>
        <source>the last 7 days</source>
        <translation>de afgelopen 7 dagen</translation>
    </message>
    <message>
        <source>the last 30 days</source>
        <translation>de afgelopen 30 dagen</translation>
    </message>
    <message>
        <source>the last year</source>
        <translation>het afgelopen jaar</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>de hele periode</translation>
    </message>
    <message>
        <source>Pause history</source>
        <translation>Pauzegeschiedenis</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Afgelopen jaar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Only past a &amp;day</source>
        <translation>Alleen langer dan een &amp;dag</translation>
    </message>
    <message>
        <source>Only &amp;late</source>
        <translation>Alleen te &amp;laat</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>S&amp;ummary as PDF…</source>
        <translation>&amp;Samenvatting als pdf…</translation>
    </message>
    <message>
        <source>Delete a&amp;ll…</source>
        <translation>A&amp;lles verwijderen…</translation>
    </message>
    <message>
        <source>No pauses match these filters in this period.</source>
        <translation>Geen pauzes in deze periode die aan deze filters voldoen.</translation>
    </message>
    <message>
        <source>No pauses in this period yet.
When you take an agreed pause, it shows up here.</source>
        <translation>Nog geen pauzes in deze periode.
Als je een afgesproken pauze neemt, verschijnt die hier.</translation>
    </message>
    <message>
        <source>Delete this pause?</source>
        <translation>Deze pauze verwijderen?</translation>
    </message>
    <message>
        <source>The pause of %1, with its note, its reflections and its extensions, will be deleted for good. This cannot be undone.</source>
        <translation>De pauze van %1 wordt voorgoed verwijderd, met de notitie, de reflecties en de verlengingen. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pause(s) to %1 in %2.</source>
        <translation>
            <numerusform>%n pauze opgeslagen in %1 in de map %2.</numerusform>
            <numerusform>%n pauzes opgeslagen in %1 in de map %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the whole history?</source>
        <translation>De hele geschiedenis verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>All %n pause(s) in your history, with their notes, reflections and extensions, will be deleted for good, in every period. A pause that is running now is kept until it ends. This cannot be undone.</source>
        <translation>
            <numerusform>De %n pauze in je geschiedenis, met notities, reflecties en verlengingen, wordt voorgoed verwijderd, uit elke periode. Een pauze die nu loopt blijft bewaard tot ze eindigt. Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>Alle %n pauzes in je geschiedenis, met notities, reflecties en verlengingen, worden voorgoed verwijderd, uit elke periode. Een pauze die nu loopt blijft bewaard tot ze eindigt. Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) together that have passed, with their words, go too; the moments still ahead stay in the main window.</source>
        <translation>
            <numerusform>Ook %n voorbij moment samen wordt verwijderd, met de woorden erbij; de momenten die nog komen blijven in het hoofdvenster.</numerusform>
            <numerusform>Ook %n voorbije momenten samen worden verwijderd, met hun woorden; de momenten die nog komen blijven in het hoofdvenster.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Alles verwijderen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Het bestand kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>The moments together are in %1, beside it.</source>
        <translation>De momenten samen staan in %1, ernaast.</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>in a month</comment>
        <translation>in %1</translation>
    </message>
    <message>
        <source>the week before</source>
        <translation>de week ervoor</translation>
    </message>
    <message>
        <source>the year before</source>
        <translation>het jaar ervoor</translation>
    </message>
    <message>
        <source>Your pauses calm you faster than %1.</source>
        <translation>Je pauzes maken je sneller rustig dan %1.</translation>
    </message>
    <message>
        <source>Your pauses take longer to calm you than %1.</source>
        <translation>Je pauzes maken je minder snel rustig dan %1.</translation>
    </message>
    <message>
        <source>Your pauses calm you about as fast as %1.</source>
        <translation>Je pauzes maken je ongeveer even snel rustig als %1.</translation>
    </message>
    <message>
        <source>Rate how flooded you are at the start and before going back, and this shows whether your pauses calm you.</source>
        <translation>Geef bij het begin en voor je teruggaat aan hoe overspoeld je bent, dan zie je hier of je pauzes je rustiger maken.</translation>
    </message>
    <message numerus="yes">
        <source>How flooded you felt dropped by a median of %1 points during a pause (%n pause(s) rated at the start and before going back).</source>
        <translation>
            <numerusform>Hoe overspoeld je je voelde, daalde tijdens een pauze met een mediaan van %1 punten (%n pauze met een score bij het begin en voor het teruggaan).</numerusform>
            <numerusform>Hoe overspoeld je je voelde, daalde tijdens een pauze met een mediaan van %1 punten (%n pauzes met een score bij het begin en voor het teruggaan).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How flooded you felt rose by a median of %1 points during a pause (%n pause(s) rated at the start and before going back).</source>
        <translation>
            <numerusform>Hoe overspoeld je je voelde, steeg tijdens een pauze met een mediaan van %1 punten (%n pauze met een score bij het begin en voor het teruggaan).</numerusform>
            <numerusform>Hoe overspoeld je je voelde, steeg tijdens een pauze met een mediaan van %1 punten (%n pauzes met een score bij het begin en voor het teruggaan).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calm again (3 or lower) by the return after a median of %1 (%n pause(s)).</source>
        <translation>
            <numerusform>Weer rustig (3 of lager) bij de terugkeer, na een mediaan van %1 (%n pauze).</numerusform>
            <numerusform>Weer rustig (3 of lager) bij de terugkeer, na een mediaan van %1 (%n pauzes).</numerusform>
        </translation>
    </message>
    <message>
        <source>No pause ended with a rating of 3 or lower yet.</source>
        <translation>Nog geen pauze eindigde met een score van 3 of lager.</translation>
    </message>
    <message>
        <source>%1 of 10 at the start (%2)</source>
        <translation>%1 van 10 bij het begin (%2)</translation>
    </message>
    <message>
        <source>%1 of 10 before going back (%2)</source>
        <translation>%1 van 10 voor het teruggaan (%2)</translation>
    </message>
    <message>
        <source>How flooded: %1.</source>
        <translation>Hoe overspoeld: %1.</translation>
    </message>
</context>
<context>
    <name>LetterPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Save as &amp;file…</source>
        <translation>Opslaan als &amp;bestand…</translation>
    </message>
    <message>
        <source>&amp;Delete letter…</source>
        <translation>Brief &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Saved on this computer.</source>
        <translation>Bewaard op deze computer.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Gekopieerd.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Delete the letter?</source>
        <translation>De brief verwijderen?</translation>
    </message>
    <message>
        <source>The letter will be deleted for good. This cannot be undone.</source>
        <translation>De brief wordt definitief verwijderd. Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>The letter is deleted.</source>
        <translation>De brief is verwijderd.</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>De brief opslaan</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Tekst (*.txt)</translation>
    </message>
    <message>
        <source>The letter is kept with a wait. Start one from the tray: My partner is taking a pause.</source>
        <translation>De brief hoort bij een wachttijd. Begin er een vanuit het systeemvak: Mijn partner neemt een pauze.</translation>
    </message>
    <message>
        <source>Kept with this wait, on this computer only.</source>
        <translation>Bewaard bij deze wachttijd, alleen op deze computer.</translation>
    </message>
    <message>
        <source>Kept with your last wait, which ended %1.</source>
        <translation>Bewaard bij je laatste wachttijd, die %1 eindigde.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Current pause</source>
        <translation>Huidige pauze</translation>
    </message>
    <message>
        <source>Take a pause</source>
        <translation>Pauze nemen</translation>
    </message>
    <message>
        <source>&amp;Custom…</source>
        <translation>&amp;Eigen tijd…</translation>
    </message>
    <message>
        <source>I&apos;m &amp;back</source>
        <translation>Ik ben &amp;terug</translation>
    </message>
    <message>
        <source>End the pause now</source>
        <translation>De pauze nu beëindigen</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>&amp;Verlengen…</translation>
    </message>
    <message>
        <source>On my &amp;phone…</source>
        <translation>Op mijn tele&amp;foon…</translation>
    </message>
    <message>
        <source>The return time as a QR code</source>
        <translation>De terugkeertijd als QR-code</translation>
    </message>
    <message>
        <source>C&amp;ard…</source>
        <translation>&amp;Kaart…</translation>
    </message>
    <message>
        <source>A card for your partner</source>
        <translation>Een kaart voor je partner</translation>
    </message>
    <message>
        <source>&amp;Guidance…</source>
        <translation>&amp;Begeleiding…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>No pause running</source>
        <translation>Geen pauze bezig</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>Pauze bezig</translation>
    </message>
    <message>
        <source>Time to go back</source>
        <translation>Tijd om terug te gaan</translation>
    </message>
    <message>
        <source>A long pause</source>
        <translation>Een lange pauze</translation>
    </message>
    <message>
        <source>When a conversation gets too tense, take an agreed pause with a time to come back.</source>
        <translation>Wordt een gesprek te gespannen, neem dan een afgesproken pauze met een tijd om terug te komen.</translation>
    </message>
    <message>
        <source>Go to your partner and make the first move: a hug, a kind word, a question.</source>
        <translation>Ga naar je partner en zet de eerste stap: een knuffel, een lief woord, een vraag.</translation>
    </message>
    <message>
        <source>This has become long. Consider talking about it, or asking someone for help.</source>
        <translation>Dit is lang geworden. Praat er samen over, of vraag iemand om hulp.</translation>
    </message>
    <message>
        <source>Closing this window keeps Pausetimer running in the tray.</source>
        <translation>Als je dit venster sluit, blijft Pausetimer actief in het systeemvak.</translation>
    </message>
    <message>
        <source>There is no tray on this desktop: closing this window quits Pausetimer.</source>
        <translation>Deze desktop heeft geen systeemvak: als je dit venster sluit, stopt Pausetimer.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Your pauses are safe.</source>
        <translation>Je pauzes zijn veilig bewaard.</translation>
    </message>
    <message>
        <source>Your pause is safe: it still runs, and the reminder comes %1.</source>
        <translation>Je pauze is veilig: hij loopt nog, en de herinnering komt %1.</translation>
    </message>
    <message>
        <source>Your pause is safe: it still runs, and it is time to go back.</source>
        <translation>Je pauze is veilig: hij loopt nog, en het is tijd om terug te gaan.</translation>
    </message>
    <message>
        <source>Pausetimer closed unexpectedly last time.</source>
        <translation>Pausetimer is de vorige keer onverwacht gestopt.</translation>
    </message>
    <message>
        <source>If you want to report it, the details are in this folder:
%1</source>
        <translation>Wil je het melden? De details staan in deze map:
%1</translation>
    </message>
    <message>
        <source>Something went wrong inside Pausetimer.</source>
        <translation>Er ging iets mis in Pausetimer.</translation>
    </message>
    <message>
        <source>It keeps running, and your pauses are safe. If it happens again, the details are in this folder:
%1</source>
        <translation>Pausetimer blijft draaien en je pauzes zijn veilig. Gebeurt het vaker, dan staan de details in deze map:
%1</translation>
    </message>
</context>
<context>
    <name>PacerView</name>
    <message>
        <source>Breathing circle</source>
        <translation>Ademcirkel</translation>
    </message>
</context>
<context>
    <name>PartnerSentenceDialog</name>
    <message>
        <source>Tell your partner</source>
        <translation>Zeg het je partner</translation>
    </message>
    <message>
        <source>Your pause is extended. Let your partner know the new time.</source>
        <translation>Je pauze is verlengd. Laat je partner de nieuwe tijd weten.</translation>
    </message>
    <message>
        <source>Your pause has started. Let your partner know when you&apos;ll be back.</source>
        <translation>Je pauze is begonnen. Laat je partner weten wanneer je terug bent.</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>Put it on my &amp;phone…</source>
        <translation>Op mijn tele&amp;foon zetten…</translation>
    </message>
    <message>
        <source>C&amp;ard for my partner…</source>
        <translation>K&amp;aart voor mijn partner…</translation>
    </message>
    <message>
        <source>I &amp;told my partner</source>
        <translation>Ik heb het mijn partner &amp;verteld</translation>
    </message>
    <message>
        <source>Saved with the pause, so the history shows which pauses were agreed.</source>
        <translation>Wordt bij de pauze bewaard, zodat de geschiedenis laat zien welke pauzes afgesproken waren.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
</context>
<context>
    <name>PartnerWords</name>
    <message>
        <source>Time to sort my thoughts</source>
        <translation>Tijd om mijn gedachten te ordenen</translation>
    </message>
    <message>
        <source>I need some time to sort my thoughts. I&apos;ll come to you %1 and we&apos;ll continue.</source>
        <translation>Ik heb even tijd nodig om mijn gedachten te ordenen. Ik kom %1 naar je toe en dan praten we verder.</translation>
    </message>
    <message>
        <source>%2, I need some time to sort my thoughts. I&apos;ll come to you %1 and we&apos;ll continue.</source>
        <translation>%2, ik heb even tijd nodig om mijn gedachten te ordenen. Ik kom %1 naar je toe en dan praten we verder.</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>I&apos;m taking a pause. I&apos;ll come to you %1.</source>
        <translation>Ik neem even pauze. Ik kom %1 naar je toe.</translation>
    </message>
    <message>
        <source>%2, I&apos;m taking a pause. I&apos;ll come to you %1.</source>
        <translation>%2, ik neem even pauze. Ik kom %1 naar je toe.</translation>
    </message>
    <message>
        <source>Name the pattern</source>
        <translation>Het patroon benoemen</translation>
    </message>
    <message>
        <source>I notice that I pull back when it gets intense, and that you then come closer. I want to handle this differently: I&apos;m taking a pause, and I&apos;ll come to you %1.</source>
        <translation>Ik merk dat ik me terugtrek als het te intens wordt, en dat jij dan juist dichterbij komt. Ik wil daar anders mee omgaan: ik neem even pauze, en ik kom %1 naar je toe.</translation>
    </message>
    <message>
        <source>%2, I notice that I pull back when it gets intense, and that you then come closer. I want to handle this differently: I&apos;m taking a pause, and I&apos;ll come to you %1.</source>
        <translation>%2, ik merk dat ik me terugtrek als het te intens wordt, en dat jij dan juist dichterbij komt. Ik wil daar anders mee omgaan: ik neem even pauze, en ik kom %1 naar je toe.</translation>
    </message>
    <message>
        <source>It&apos;s not about you</source>
        <translation>Het ligt niet aan jou</translation>
    </message>
    <message>
        <source>This is not about you, and I&apos;m not going away. I need some quiet to calm down. I&apos;ll come to you %1.</source>
        <translation>Dit ligt niet aan jou, en ik ga niet weg. Ik heb even rust nodig om te kalmeren. Ik kom %1 naar je toe.</translation>
    </message>
    <message>
        <source>%2, this is not about you, and I&apos;m not going away. I need some quiet to calm down. I&apos;ll come to you %1.</source>
        <translation>%2, dit ligt niet aan jou, en ik ga niet weg. Ik heb even rust nodig om te kalmeren. Ik kom %1 naar je toe.</translation>
    </message>
    <message>
        <source>Until tonight</source>
        <translation>Tot vanavond</translation>
    </message>
    <message>
        <source>I can&apos;t talk well right now. I&apos;d like to continue tonight: I&apos;ll come to you %1.</source>
        <translation>Ik kan nu niet goed praten. Ik wil vanavond graag verder praten: ik kom %1 naar je toe.</translation>
    </message>
    <message>
        <source>%2, I can&apos;t talk well right now. I&apos;d like to continue tonight: I&apos;ll come to you %1.</source>
        <translation>%2, ik kan nu niet goed praten. Ik wil vanavond graag verder praten: ik kom %1 naar je toe.</translation>
    </message>
    <message>
        <source>Where I&apos;ll be: %1</source>
        <translation>Waar ik ben: %1</translation>
    </message>
    <message>
        <source>For you, while you wait</source>
        <translation>Voor jou, terwijl je wacht</translation>
    </message>
    <message>
        <source>It is not about you. I need quiet to calm down, and I&apos;ll be back.</source>
        <translation>Het ligt niet aan jou. Ik heb rust nodig om te kalmeren, en ik kom terug.</translation>
    </message>
    <message>
        <source>You don&apos;t have to wait at the door. Do something good for yourself.</source>
        <translation>Je hoeft niet bij de deur te wachten. Doe iets wat goed voor je is.</translation>
    </message>
    <message>
        <source>If you want to tell me something, write it down for later.</source>
        <translation>Wil je me iets vertellen? Schrijf het op, voor straks.</translation>
    </message>
    <message>
        <source>If this runs past a day, we talk.</source>
        <translation>Duurt dit langer dan een dag, dan praten we.</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to put the time in your calendar.</source>
        <translation>Scan met de camera van je telefoon om de tijd in je agenda te zetten.</translation>
    </message>
    <message>
        <source>Made with Pausetimer. Nothing was sent anywhere.</source>
        <translation>Gemaakt met Pausetimer. Er is niets verstuurd.</translation>
    </message>
</context>
<context>
    <name>PauseActions</name>
    <message>
        <source>&amp;20 minutes</source>
        <translation>&amp;20 minuten</translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation>&amp;1 uur</translation>
    </message>
    <message>
        <source>2 ho&amp;urs</source>
        <translation>2 &amp;uur</translation>
    </message>
    <message>
        <source>Until &amp;tonight (%1)</source>
        <translation>Tot &amp;vanavond (%1)</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow (%1)</source>
        <translation>Tot &amp;morgen (%1)</translation>
    </message>
    <message>
        <source>More than a day</source>
        <translation>Langer dan een dag</translation>
    </message>
    <message>
        <source>Extend past 24 hours anyway?</source>
        <translation>Toch verlengen tot na 24 uur?</translation>
    </message>
</context>
<context>
    <name>PauseTexts</name>
    <message>
        <source>at %1</source>
        <translation>om %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>morgen om %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>op %1 om %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>No pause running</source>
        <translation>Geen pauze bezig</translation>
    </message>
    <message>
        <source>Time to go back (agreed: %1)</source>
        <translation>Tijd om terug te gaan (afgesproken: %1)</translation>
    </message>
    <message>
        <source>Time to go back: agreed %1, %2 ago</source>
        <translation>Tijd om terug te gaan: afgesproken %1, %2 geleden</translation>
    </message>
    <message>
        <source>Paused for more than a day · back %1 (%2 left)</source>
        <translation>Langer dan een dag in pauze · terug %1 (nog %2)</translation>
    </message>
    <message>
        <source>Back %1 · %2 left</source>
        <translation>Terug %1 · nog %2</translation>
    </message>
    <message>
        <source>A pause under 20 minutes is usually too short to calm down; it takes the body about 20 minutes.</source>
        <translation>Een pauze van minder dan 20 minuten is meestal te kort om tot rust te komen; je lichaam heeft ongeveer 20 minuten nodig.</translation>
    </message>
    <message>
        <source>This pause will last more than a day. Healthy pauses last hours, at most a day; consider talking sooner.</source>
        <translation>Deze pauze gaat langer dan een dag duren. Gezonde pauzes duren uren, hooguit een dag; overweeg om eerder te praten.</translation>
    </message>
    <message>
        <source>A pause is already running. You can extend it or end it instead.</source>
        <translation>Er loopt al een pauze. Je kunt die verlengen of beëindigen.</translation>
    </message>
    <message>
        <source>No pause is running right now.</source>
        <translation>Er loopt nu geen pauze.</translation>
    </message>
    <message>
        <source>That return time has already passed; choose a time in the future.</source>
        <translation>Dat tijdstip is al voorbij; kies een tijd in de toekomst.</translation>
    </message>
    <message>
        <source>A pause can last at most 7 days. A promise to return needs a closer time.</source>
        <translation>Een pauze duurt hooguit 7 dagen. Een belofte om terug te komen vraagt om een dichterbij tijdstip.</translation>
    </message>
    <message>
        <source>The return is more than 24 hours away; please confirm that you mean it.</source>
        <translation>De terugkomst is meer dan 24 uur weg; bevestig dat je dat echt bedoelt.</translation>
    </message>
    <message>
        <source>Choose a length longer than zero.</source>
        <translation>Kies een duur langer dan nul.</translation>
    </message>
    <message>
        <source>One extension can add at most 24 hours.</source>
        <translation>Eén verlenging kan hooguit 24 uur toevoegen.</translation>
    </message>
</context>
<context>
    <name>PausetimerApp</name>
    <message>
        <source>Pausetimer cannot open its data</source>
        <translation>Pausetimer kan zijn gegevens niet openen</translation>
    </message>
    <message>
        <source>Your settings could not be read, so the defaults are used. The old file was kept as:
%1</source>
        <translation>Je instellingen konden niet worden gelezen, dus de standaardinstellingen worden gebruikt. Het oude bestand is bewaard als:
%1</translation>
    </message>
    <message>
        <source>Your settings could not be read, so the defaults are used. The file could not be moved aside either:
%1</source>
        <translation>Je instellingen konden niet worden gelezen, dus de standaardinstellingen worden gebruikt. Het bestand kon ook niet opzij worden gezet:
%1</translation>
    </message>
    <message>
        <source>Pausetimer runs, but the pausetimer command cannot reach it, so commands will change nothing until Pausetimer is started again:
%1</source>
        <translation>Pausetimer draait, maar het commando pausetimer kan het niet bereiken. Commando&apos;s veranderen daarom niets tot Pausetimer opnieuw is gestart:
%1</translation>
    </message>
</context>
<context>
    <name>PhoneDialog</name>
    <message>
        <source>Time to return</source>
        <translation>Tijd om terug te gaan</translation>
    </message>
    <message>
        <source>Put it on my phone</source>
        <translation>Op mijn telefoon zetten</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code and tap the calendar suggestion: an event %1, with a reminder at that time. This works with the camera app on iPhones and on most Android phones.</source>
        <translation>Richt de camera van je telefoon op de code en tik op de agendasuggestie: een afspraak %1, met een herinnering op dat moment. Dit werkt met de camera-app op iPhones en op de meeste Android-telefoons.</translation>
    </message>
    <message>
        <source>QR code with the return time</source>
        <translation>QR-code met de terugkeertijd</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere: the phone reads the code from your screen.</source>
        <translation>Er wordt niets verstuurd: de telefoon leest de code van je scherm.</translation>
    </message>
    <message>
        <source>&amp;Save as calendar file…</source>
        <translation>Op&amp;slaan als agendabestand…</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Resultaat van het opslaan</translation>
    </message>
    <message>
        <source>Save as calendar file</source>
        <translation>Opslaan als agendabestand</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Opslaan is niet gelukt: %1</translation>
    </message>
    <message>
        <source>Saved as %1. Open it on your phone, for example from a cable or a USB stick.</source>
        <translation>Opgeslagen als %1. Open het op je telefoon, bijvoorbeeld via een kabel of een USB-stick.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 is een map; geef een bestandsnaam.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Time together</source>
        <translation>Samen tijd</translation>
    </message>
</context>
<context>
    <name>QuitQuestion</name>
    <message>
        <source>A pause is running. The reminder %1 will not come while Pausetimer is closed.</source>
        <translation>Er loopt een pauze. De herinnering %1 komt niet zolang Pausetimer gesloten is.</translation>
    </message>
    <message>
        <source>Your return time has passed. Pausetimer cannot remind you again while it is closed.</source>
        <translation>Je terugkomtijd is voorbij. Zolang Pausetimer gesloten is, kan het je niet nog eens herinneren.</translation>
    </message>
    <message>
        <source>Quit Pausetimer?</source>
        <translation>Pausetimer afsluiten?</translation>
    </message>
    <message>
        <source>Your pause stays saved, and its reminder comes when Pausetimer runs again.</source>
        <translation>Je pauze blijft bewaard, en de herinnering komt zodra Pausetimer weer draait.</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Laten draaien</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>Toch &amp;afsluiten</translation>
    </message>
</context>
<context>
    <name>ReflectionPanel</name>
    <message>
        <source>Answers are kept with a pause. Start a pause and you can write them here.</source>
        <translation>Antwoorden worden bij een pauze bewaard. Start een pauze, dan kun je ze hier schrijven.</translation>
    </message>
    <message>
        <source>Which pause the answers belong to</source>
        <translation>Bij welke pauze de antwoorden horen</translation>
    </message>
    <message>
        <source>Saved on this computer.</source>
        <translation>Bewaard op deze computer.</translation>
    </message>
    <message>
        <source>Your answers are kept with the pause you are taking now.</source>
        <translation>Je antwoorden worden bewaard bij de pauze die je nu neemt.</translation>
    </message>
    <message>
        <source>No pause is running, so your answers are kept with your last pause, which ended %1. A new pause gets answers of its own.</source>
        <translation>Er loopt geen pauze, dus je antwoorden worden bewaard bij je laatste pauze, die eindigde %1. Een nieuwe pauze krijgt eigen antwoorden.</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Time to return</source>
        <translation>Tijd om terug te gaan</translation>
    </message>
    <message>
        <source>Pausetimer reminder</source>
        <translation>Herinnering van Pausetimer</translation>
    </message>
    <message>
        <source>How much more time do you need?</source>
        <translation>Hoeveel tijd heb je nog nodig?</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Other number of minutes</source>
        <translation>Ander aantal minuten</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Anders:</translation>
    </message>
    <message>
        <source>Breathe in slowly through your nose, then let a long breath out through your mouth. Do this five times. Let your shoulders drop.

When your breathing has slowed down, you are ready to go.</source>
        <translation>Adem langzaam in door je neus en laat dan een lange adem uit door je mond. Doe dit vijf keer. Laat je schouders zakken.

Als je ademhaling rustiger is geworden, ben je klaar om te gaan.</translation>
    </message>
    <message>
        <source>Good luck. Afterwards, if you like: how did the return go?</source>
        <translation>Succes. Achteraf, als je wilt: hoe ging het terugkomen?</translation>
    </message>
    <message>
        <source>How the return went</source>
        <translation>Hoe het terugkomen ging</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Niet verplicht</translation>
    </message>
    <message>
        <source>I&apos;m &amp;going now</source>
        <translation>Ik &amp;ga nu</translation>
    </message>
    <message>
        <source>I need &amp;more time</source>
        <translation>Ik heb &amp;meer tijd nodig</translation>
    </message>
    <message>
        <source>&amp;Breathe first</source>
        <translation>Eerst &amp;ademen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Toe&amp;voegen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Overslaan</translation>
    </message>
    <message>
        <source>Plan a moment &amp;together…</source>
        <translation>Plan &amp;samen tijd…</translation>
    </message>
    <message>
        <source>This pause has become long</source>
        <translation>Deze pauze is lang geworden</translation>
    </message>
    <message>
        <source>This pause has lasted more than a day</source>
        <translation>Deze pauze duurt al langer dan een dag</translation>
    </message>
    <message>
        <source>Healthy pauses last hours, at most a day. After that, a pause stops helping and starts to feel like distance, for both of you.

• Talk with your partner about it today, even briefly.
• Plan some time together.
• If this keeps happening, consider talking to someone who can help, such as a couples therapist or your doctor.</source>
        <translation>Gezonde pauzes duren uren, hooguit een dag. Daarna helpt een pauze niet meer en begint ze als afstand te voelen, voor jullie allebei.

• Praat er vandaag met je partner over, al is het kort.
• Plan wat tijd samen.
• Gebeurt dit vaker, overweeg dan om te praten met iemand die kan helpen, zoals een relatietherapeut of je huisarts.</translation>
    </message>
    <message>
        <source>It is time to go back</source>
        <translation>Het is tijd om terug te gaan</translation>
    </message>
    <message>
        <source>You agreed to come back now. Take the first step yourself:

• a hug, or a hand on the shoulder
• a light word
• ask how their day is going
• then continue the conversation</source>
        <translation>Je had afgesproken om nu terug te komen. Zet zelf de eerste stap:

• een knuffel, of een hand op de schouder
• een luchtig woord
• vraag hoe het met hun dag gaat
• ga daarna verder met het gesprek</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Time to return</source>
        <translation>Tijd om terug te gaan</translation>
    </message>
    <message>
        <source>This pause has become long</source>
        <translation>Deze pauze is lang geworden</translation>
    </message>
    <message>
        <source>It has lasted more than a day. Talk about it today, plan some time together, and consider help if this keeps happening.</source>
        <translation>Ze duurt al langer dan een dag. Praat er vandaag over, plan wat tijd samen, en overweeg hulp als dit vaker gebeurt.</translation>
    </message>
    <message>
        <source>Time to go back</source>
        <translation>Tijd om terug te gaan</translation>
    </message>
    <message>
        <source>You agreed to return now. Take the first step: a hug, a light word, a question about their day.</source>
        <translation>Je had afgesproken om nu terug te komen. Zet de eerste stap: een knuffel, een luchtig woord, een vraag over hun dag.</translation>
    </message>
    <message>
        <source>Almost time to return</source>
        <translation>Bijna tijd om terug te gaan</translation>
    </message>
    <message numerus="yes">
        <source>In %n minute(s) it is time to go back.</source>
        <translation>
            <numerusform>Over %n minuut is het tijd om terug te gaan.</numerusform>
            <numerusform>Over %n minuten is het tijd om terug te gaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m going now</source>
        <translation>Ik ga nu</translation>
    </message>
    <message numerus="yes">
        <source>%n more minute(s)</source>
        <translation>
            <numerusform>Nog %n minuut</numerusform>
            <numerusform>Nog %n minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnWords</name>
    <message>
        <source>When you go to your partner:

• Thank them for waiting: “Thank you for giving me some time. It really helps.”
• Tell them it wasn&apos;t their fault: “It wasn&apos;t you. I needed to clear my head before I could talk.”
• Listen first. Solving can wait until they feel heard.</source>
        <translation>Als je naar je partner gaat:

• Bedank je partner voor het wachten: ‘Dank je dat je me even tijd gaf. Dat helpt echt.’
• Zeg dat het niet aan je partner lag: ‘Het lag niet aan jou. Ik moest eerst mijn hoofd leegmaken voordat ik kon praten.’
• Luister eerst. Oplossen kan wachten tot je partner zich gehoord voelt.</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Welkom terug</translation>
    </message>
    <message>
        <source>Words for the return</source>
        <translation>Woorden voor de terugkeer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Could not change start at login: %1</source>
        <translation>Starten bij het inloggen kon niet worden aangepast: %1</translation>
    </message>
    <message>
        <source>Please keep the name to one line of at most %1 characters.</source>
        <translation>Houd de naam op één regel van hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Please choose a value from %1 to %2.</source>
        <translation>Kies een waarde van %1 tot en met %2.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Deze waarde kan niet worden gebruikt.</translation>
    </message>
    <message>
        <source>Please enter a time of day like %1.</source>
        <translation>Vul een tijdstip in, zoals %1.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>You and your partner</source>
        <translation>Jij en je partner</translation>
    </message>
    <message>
        <source>&amp;Partner&apos;s name:</source>
        <translation>Naam van je &amp;partner:</translation>
    </message>
    <message>
        <source>Used in the sentence you say or send</source>
        <translation>Komt in de zin die je zegt of stuurt</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauzes</translation>
    </message>
    <message>
        <source>&amp;Default pause:</source>
        <translation>&amp;Standaardpauze:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&quot;Until &amp;tonight&quot; means:</source>
        <translation>‘Tot &amp;vanavond’ betekent:</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>&amp;Heads-up before the return:</source>
        <translation>&amp;Vooraankondiging voor de terugkeer:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>&amp;Remind again every:</source>
        <translation>Opnieuw &amp;herinneren elke:</translation>
    </message>
    <message>
        <source>Repeat the &amp;one-day warning every:</source>
        <translation>&amp;Waarschuwing na een dag herhalen elke:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> uur</translation>
    </message>
    <message>
        <source>Count me as &amp;away after:</source>
        <translation>Afwe&amp;zig na:</translation>
    </message>
    <message>
        <source>With no keyboard or mouse input for this long, or a locked screen, the reminder window waits and comes as soon as you are back.</source>
        <translation>Zonder toetsenbord- of muisinvoer gedurende deze tijd, of met een vergrendeld scherm, wacht het herinneringsvenster en verschijnt het zodra je terug bent.</translation>
    </message>
    <message>
        <source>&amp;Neutral notification text (nothing personal on screen)</source>
        <translation>&amp;Neutrale meldingstekst (niets persoonlijks op het scherm)</translation>
    </message>
    <message>
        <source>Notifications then only say &quot;Pausetimer: time to return&quot;. KDE Connect and GSConnect copy notifications to your phone; while one of them runs, they are always neutral.</source>
        <translation>Meldingen zeggen dan alleen ‘Pausetimer: tijd om terug te gaan’. KDE Connect en GSConnect zetten meldingen door naar je telefoon; zolang een van beide draait, zijn ze altijd neutraal.</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <source>&amp;Breathing pattern:</source>
        <translation>&amp;Ademhalingspatroon:</translation>
    </message>
    <message>
        <source>Body &amp;scan length:</source>
        <translation>Duur van de &amp;bodyscan:</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Soft &amp;sound cues</source>
        <translation>Zachte &amp;geluidssignalen</translation>
    </message>
    <message>
        <source>Pla&amp;y</source>
        <translation>Afspe&amp;len</translation>
    </message>
    <message>
        <source>Play the sound cue once</source>
        <translation>Het geluidssignaal één keer afspelen</translation>
    </message>
    <message>
        <source>No sound output was found on this computer, so the cues cannot be heard.</source>
        <translation>Op deze computer is geen geluidsuitgang gevonden, dus de geluidssignalen zijn niet te horen.</translation>
    </message>
    <message>
        <source>Reduce &amp;motion (no growing and shrinking shapes)</source>
        <translation>&amp;Minder beweging (geen groeiende en krimpende vormen)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Start Pausetimer when I &amp;log in</source>
        <translation>Pausetimer starten als ik &amp;inlog</translation>
    </message>
    <message>
        <source>Partner&apos;s name</source>
        <translation>Naam van je partner</translation>
    </message>
    <message>
        <source>Default pause length in minutes</source>
        <translation>Standaardduur van een pauze in minuten</translation>
    </message>
    <message>
        <source>Time meant by until tonight</source>
        <translation>Tijdstip dat ‘tot vanavond’ betekent</translation>
    </message>
    <message>
        <source>Heads-up minutes before the return</source>
        <translation>Minuten vooraankondiging voor de terugkeer</translation>
    </message>
    <message>
        <source>Minutes between repeated reminders</source>
        <translation>Minuten tussen herhaalde herinneringen</translation>
    </message>
    <message>
        <source>Hours between one-day warnings</source>
        <translation>Uren tussen waarschuwingen na een dag</translation>
    </message>
    <message>
        <source>Minutes without input before you count as away</source>
        <translation>Minuten zonder invoer voordat je als afwezig geldt</translation>
    </message>
    <message>
        <source>Preferred breathing pattern</source>
        <translation>Voorkeur voor ademhalingspatroon</translation>
    </message>
    <message>
        <source>Body scan length</source>
        <translation>Duur van de bodyscan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Play the sound cue</source>
        <translation>Geluidssignaal afspelen</translation>
    </message>
</context>
<context>
    <name>SignalsCardView</name>
    <message>
        <source>&amp;Tick what I noticed</source>
        <translation>&amp;Aanvinken wat ik merkte</translation>
    </message>
</context>
<context>
    <name>SignalsPicker</name>
    <message>
        <source>What did I notice?</source>
        <translation>Wat merkte ik?</translation>
    </message>
    <message>
        <source>Something else, in my own words</source>
        <translation>Iets anders, in mijn eigen woorden</translation>
    </message>
    <message>
        <source>What happened just before, in my own words</source>
        <translation>Wat er net daarvoor gebeurde, in mijn eigen woorden</translation>
    </message>
    <message>
        <source>Saved on this computer.</source>
        <translation>Bewaard op deze computer.</translation>
    </message>
</context>
<context>
    <name>StartupFailures</name>
    <message>
        <source>Pausetimer cannot start</source>
        <translation>Pausetimer kan niet starten</translation>
    </message>
    <message>
        <source>Pausetimer&apos;s data folder belongs to another user, so Pausetimer does not use it:
%1

Log in as that user, or ask whoever set up this computer to give the folder back to you.</source>
        <translation>De gegevensmap van Pausetimer is van een andere gebruiker, dus Pausetimer gebruikt haar niet:
%1

Log in als die gebruiker, of vraag wie deze computer heeft ingericht om de map weer van jou te maken.</translation>
    </message>
    <message>
        <source>Where Pausetimer keeps your pauses there is a link to something that does not exist:
%1 → %2

Remove the link, or restore what it points to, and start Pausetimer again.</source>
        <translation>Waar Pausetimer je pauzes bewaart, staat een koppeling naar iets dat niet bestaat:
%1 → %2

Verwijder de koppeling, of zet terug waar ze naar wijst, en start Pausetimer opnieuw.</translation>
    </message>
    <message>
        <source>Pausetimer cannot write in its data folder:
%1
(%2)

Free some disk space or check the folder&apos;s permissions, then start Pausetimer again. Nothing was changed.</source>
        <translation>Pausetimer kan niet schrijven in zijn gegevensmap:
%1
(%2)

Maak wat schijfruimte vrij of controleer de rechten van de map, en start Pausetimer dan opnieuw. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Pausetimer cannot create its data folder:
%1
(%2)

Check that the place exists and that you may write there, then start Pausetimer again.</source>
        <translation>Pausetimer kan zijn gegevensmap niet aanmaken:
%1
(%2)

Controleer of die plek bestaat en of je daar mag schrijven, en start Pausetimer dan opnieuw.</translation>
    </message>
    <message>
        <source>Pausetimer is already running but does not answer. Nothing was changed.

Quit it from its tray icon (or end it in the system monitor), then start Pausetimer again.</source>
        <translation>Pausetimer draait al, maar reageert niet. Er is niets veranderd.

Sluit het af via het pictogram in het systeemvak (of beëindig het in systeembeheer), en start Pausetimer dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The disk that holds your pause data is full. Nothing was changed. Free some space, then try again.

File: %1</source>
        <translation>De schijf waarop je pauzegegevens staan is vol. Er is niets veranderd. Maak wat ruimte vrij en probeer het dan opnieuw.

Bestand: %1</translation>
    </message>
    <message>
        <source>Your pause data cannot be written: the file or its disk is read-only. Nothing was changed. Make it writable again, then try again.

File: %1</source>
        <translation>Je pauzegegevens kunnen niet worden opgeslagen: het bestand of de schijf is alleen-lezen. Er is niets veranderd. Maak het weer beschrijfbaar en probeer het dan opnieuw.

Bestand: %1</translation>
    </message>
    <message>
        <source>Pausetimer is not allowed to use your pause data. Nothing was changed. Check the file&apos;s permissions, then try again.

File: %1</source>
        <translation>Pausetimer mag je pauzegegevens niet gebruiken. Er is niets veranderd. Controleer de rechten van het bestand en probeer het dan opnieuw.

Bestand: %1</translation>
    </message>
    <message>
        <source>Your pause data cannot be opened. Nothing was changed. Check that its folder exists and belongs to you, then try again.

File: %1</source>
        <translation>Je pauzegegevens kunnen niet worden geopend. Er is niets veranderd. Controleer of de map bestaat en van jou is, en probeer het dan opnieuw.

Bestand: %1</translation>
    </message>
    <message>
        <source>Your pause data is busy in another program. Nothing was changed. Try again in a moment.

File: %1</source>
        <translation>Je pauzegegevens zijn bezet door een ander programma. Er is niets veranderd. Probeer het zo nog eens.

Bestand: %1</translation>
    </message>
    <message>
        <source>Reading or writing your pause data failed; the disk may be full or failing. Nothing was changed. Check the disk, then try again.

File: %1</source>
        <translation>Het lezen of schrijven van je pauzegegevens is mislukt; de schijf is misschien vol of defect. Er is niets veranderd. Controleer de schijf en probeer het dan opnieuw.

Bestand: %1</translation>
    </message>
    <message>
        <source>Your pause data belongs to another user account, so Pausetimer leaves it alone. Nothing was changed. Give the file back to your own account, then try again.

File: %1</source>
        <translation>Je pauzegegevens zijn van een ander gebruikersaccount, dus Pausetimer laat ze met rust. Er is niets veranderd. Geef het bestand terug aan je eigen account en probeer het dan opnieuw.

Bestand: %1</translation>
    </message>
    <message numerus="yes">
        <source>Your pause history was damaged. %n pause(s) could be read and were copied into a fresh history; anything else may be missing. The damaged file was kept as:
%1</source>
        <translation>
            <numerusform>Je pauzegeschiedenis was beschadigd. %n pauze kon worden gelezen en is overgezet naar een nieuwe geschiedenis; de rest kan ontbreken. Het beschadigde bestand is bewaard als:
%1</numerusform>
            <numerusform>Je pauzegeschiedenis was beschadigd. %n pauzes konden worden gelezen en zijn overgezet naar een nieuwe geschiedenis; de rest kan ontbreken. Het beschadigde bestand is bewaard als:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Your pause history was damaged and nothing in it could be read, so Pausetimer started a fresh one. The damaged file was kept as:
%1</source>
        <translation>Je pauzegeschiedenis was beschadigd en er kon niets uit worden gelezen, dus Pausetimer is met een nieuwe begonnen. Het beschadigde bestand is bewaard als:
%1</translation>
    </message>
    <message>
        <source>The record of your latest changes was damaged, so changes made shortly before Pausetimer or the computer last stopped may be missing (for example a pause you ended may show as running again). A copy of that record was kept as:
%1</source>
        <translation>Het logboek van je laatste wijzigingen was beschadigd, dus wijzigingen van vlak voordat Pausetimer of de computer stopte kunnen ontbreken (een pauze die je had beëindigd kan bijvoorbeeld weer als lopend verschijnen). Een kopie van dat logboek is bewaard als:
%1</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Pauses per week</source>
        <translation>Pauzes per week</translation>
    </message>
    <message>
        <source>Pauses per month</source>
        <translation>Pauzes per maand</translation>
    </message>
    <message>
        <source>Within a day</source>
        <translation>Binnen een dag</translation>
    </message>
    <message>
        <source>Past a day</source>
        <translation>Langer dan een dag</translation>
    </message>
    <message>
        <source>Summary as PDF</source>
        <translation>Samenvatting als pdf</translation>
    </message>
    <message>
        <source>A page or two about %1 to share with a therapist: how many pauses, how many came back on time, how many ran past a day, the calm ratings and the chart.</source>
        <translation>Een pagina of twee over %1 om met een therapeut te delen: hoeveel pauzes, hoeveel op tijd terug, hoeveel langer dan een dag, de scores voor rust en de grafiek.</translation>
    </message>
    <message>
        <source>Include my &amp;notes and reflections</source>
        <translation>Mijn &amp;notities en reflecties meenemen</translation>
    </message>
    <message>
        <source>Summary not saved</source>
        <translation>Samenvatting niet opgeslagen</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Het bestand kon niet worden geschreven: %1</translation>
    </message>
    <message numerus="yes">
        <source>Summary of %n pause(s) saved as %1 in %2.</source>
        <translation>
            <numerusform>Samenvatting van %n pauze opgeslagen als %1 in %2.</numerusform>
            <numerusform>Samenvatting van %n pauzes opgeslagen als %1 in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pausetimer summary</source>
        <translation>Samenvatting van Pausetimer</translation>
    </message>
    <message>
        <source>All pauses up to %1</source>
        <translation>Alle pauzes tot en met %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>Pausetimer: a summary of agreed pauses</source>
        <translation>Pausetimer: een samenvatting van afgesproken pauzes</translation>
    </message>
    <message>
        <source>Notes and reflections are included, as the user chose.</source>
        <translation>Notities en reflecties staan erin, zoals de gebruiker koos.</translation>
    </message>
    <message>
        <source>Notes and reflections are left out; the user can add them when they choose.</source>
        <translation>Notities en reflecties zijn weggelaten; de gebruiker kan ze toevoegen als die dat wil.</translation>
    </message>
    <message numerus="yes">
        <source>Calm change from start to return (median drop on 0-10, %n pause(s))</source>
        <translation>
            <numerusform>Verandering in rust van begin tot terugkeer (mediane daling op 0-10, %n pauze)</numerusform>
            <numerusform>Verandering in rust van begin tot terugkeer (mediane daling op 0-10, %n pauzes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time to calm: 3 or lower at the return (median, %n pause(s))</source>
        <translation>
            <numerusform>Tijd tot rust: 3 of lager bij de terugkeer (mediaan, %n pauze)</numerusform>
            <numerusform>Tijd tot rust: 3 of lager bij de terugkeer (mediaan, %n pauzes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauzes</translation>
    </message>
    <message>
        <source>Back on time (within 5 minutes)</source>
        <translation>Op tijd terug (binnen 5 minuten)</translation>
    </message>
    <message>
        <source>Pauses past a day</source>
        <translation>Pauzes langer dan een dag</translation>
    </message>
    <message>
        <source>Typical length (median)</source>
        <translation>Gebruikelijke duur (mediaan)</translation>
    </message>
    <message>
        <source>Moments together planned</source>
        <translation>Geplande momenten samen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Agreed return</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Rust</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>running</source>
        <translation>loopt nog</translation>
    </message>
    <message numerus="yes">
        <source>And %n earlier pause(s), counted in the figures above.</source>
        <translation>
            <numerusform>En %n eerdere pauze, meegeteld in de cijfers hierboven.</numerusform>
            <numerusform>En %n eerdere pauzes, meegeteld in de cijfers hierboven.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pauses, newest first</source>
        <translation>De pauzes, nieuwste eerst</translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s)</source>
        <translation>
            <numerusform>%n pauze</numerusform>
            <numerusform>%n pauzes</numerusform>
        </translation>
    </message>
    <message>
        <source>Common early signals and triggers</source>
        <translation>Signalen en aanleidingen die vaak voorkomen</translation>
    </message>
</context>
<context>
    <name>TogetherDialog</name>
    <message>
        <source>Plan a moment together</source>
        <translation>Plan samen tijd</translation>
    </message>
    <message>
        <source>Time together, planned on purpose, builds closeness and trust. When your partner knows when it comes, waiting is easier. Choose a moment, if you like.</source>
        <translation>Bewust geplande tijd samen bouwt aan nabijheid en vertrouwen. Als je partner weet wanneer die tijd komt, is wachten makkelijker. Kies een moment, als je wilt.</translation>
    </message>
    <message>
        <source>A walk, dinner, coffee on the balcony…</source>
        <translation>Een wandeling, samen eten, koffie op het balkon…</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Tijd</translation>
    </message>
    <message>
        <source>A few &amp;words</source>
        <translation>Een paar &amp;woorden</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Planned moment</source>
        <translation>Gepland moment</translation>
    </message>
    <message>
        <source>On my &amp;phone…</source>
        <translation>Op mijn tele&amp;foon…</translation>
    </message>
    <message>
        <source>&amp;Plan it</source>
        <translation>&amp;Plannen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nu niet</translation>
    </message>
    <message>
        <source>Your moment together is planned %1. A reminder comes at that time. Tell your partner too.</source>
        <translation>Jullie moment samen staat gepland %1. Op dat moment krijg je een herinnering. Vertel het je partner ook.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <source>That moment has already passed; choose a time in the future.</source>
        <translation>Dat moment is al voorbij; kies een tijd in de toekomst.</translation>
    </message>
    <message>
        <source>Plan a moment within the coming year; choose an earlier day.</source>
        <translation>Plan een moment binnen het komende jaar; kies een eerdere dag.</translation>
    </message>
</context>
<context>
    <name>TogetherList</name>
    <message>
        <source>Time together</source>
        <translation>Samen tijd</translation>
    </message>
    <message>
        <source>Nothing planned yet.</source>
        <translation>Nog niets gepland.</translation>
    </message>
    <message>
        <source>Planned moments together</source>
        <translation>Geplande momenten samen</translation>
    </message>
    <message>
        <source>P&amp;lan a moment…</source>
        <translation>P&amp;lan een moment…</translation>
    </message>
    <message>
        <source>On the pho&amp;ne…</source>
        <translation>Op de telef&amp;oon…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <source>Delete the chosen moment together</source>
        <translation>Het gekozen moment samen verwijderen</translation>
    </message>
    <message>
        <source>The chosen moment on the phone</source>
        <translation>Het gekozen moment op de telefoon</translation>
    </message>
    <message>
        <source>Sho&amp;w past ones</source>
        <translation>Ook voo&amp;rbije tonen</translation>
    </message>
    <message>
        <source>Show the moments that have passed too</source>
        <translation>Ook de voorbije momenten tonen</translation>
    </message>
    <message>
        <source>Delete the moment together on %1?</source>
        <translation>Het moment samen op %1 verwijderen?</translation>
    </message>
    <message>
        <source>It is deleted for good, with its words. This cannot be undone.</source>
        <translation>Het wordt voorgoed verwijderd, met de woorden erbij. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Its reminder will not come.</source>
        <translation>De herinnering komt dan niet.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>Delete this moment together?</source>
        <translation>Dit moment samen verwijderen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
</context>
<context>
    <name>TogetherReminders</name>
    <message>
        <source>Time together</source>
        <translation>Samen tijd</translation>
    </message>
    <message>
        <source>The moment you planned with your partner is now. Put the phone away and be there.</source>
        <translation>Het moment dat je met je partner plande is nu. Leg de telefoon weg en wees er.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Pausetimer menu</source>
        <translation>Pausetimer-menu</translation>
    </message>
    <message>
        <source>Take a &amp;pause</source>
        <translation>&amp;Pauze nemen</translation>
    </message>
    <message>
        <source>&amp;Custom…</source>
        <translation>&amp;Eigen tijd…</translation>
    </message>
    <message>
        <source>I&apos;m &amp;back</source>
        <translation>Ik ben &amp;terug</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>&amp;Verlengen…</translation>
    </message>
    <message>
        <source>&amp;Guidance…</source>
        <translation>&amp;Begeleiding…</translation>
    </message>
    <message>
        <source>Help &amp;lines…</source>
        <translation>Hulp&amp;lijnen…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Open Pausetimer</source>
        <translation>Pausetimer &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Pausetimer is here</source>
        <translation>Hier staat Pausetimer</translation>
    </message>
    <message>
        <source>Click this icon to take a pause; right-click it for more.</source>
        <translation>Klik op dit pictogram om een pauze te nemen; klik met rechts voor meer.</translation>
    </message>
</context>
<context>
    <name>WaitingMenu</name>
    <message>
        <source>&amp;My partner is taking a pause</source>
        <translation>Mijn partner &amp;neemt een pauze</translation>
    </message>
</context>
<context>
    <name>WaitingNotice</name>
    <message>
        <source>This wait has lasted more than a day</source>
        <translation>Dit wachten duurt al langer dan een dag</translation>
    </message>
    <message>
        <source>You may tell your partner you want to talk about what&apos;s going on. If you are worried, the safety card in Pausetimer says where to find help.</source>
        <translation>Je mag je partner zeggen dat je wilt praten over wat er speelt. Maak je je zorgen? Op de veiligheidskaart in Pausetimer staat waar je hulp vindt.</translation>
    </message>
    <message>
        <source>Your partner agreed to come back</source>
        <translation>Je partner heeft afgesproken terug te komen</translation>
    </message>
    <message>
        <source>They agreed to come back about now. Give them a few minutes; then, if you like, a calm invitation: “I miss you. Shall we sit together for a bit?”</source>
        <translation>Je partner heeft afgesproken rond nu terug te komen. Geef je partner een paar minuten; daarna, als je wilt, een rustige uitnodiging: ‘Ik mis je. Zullen we even samen gaan zitten?’</translation>
    </message>
    <message>
        <source>Almost the agreed time</source>
        <translation>Bijna de afgesproken tijd</translation>
    </message>
    <message numerus="yes">
        <source>In %n minute(s) your partner agreed to come back.</source>
        <translation>
            <numerusform>Over %n minuut heeft je partner afgesproken terug te komen.</numerusform>
            <numerusform>Over %n minuten heeft je partner afgesproken terug te komen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agreed time has come</source>
        <translation>De afgesproken tijd is er</translation>
    </message>
</context>
<context>
    <name>WaitingReminderWindow</name>
    <message>
        <source>Pausetimer reminder</source>
        <translation>Herinnering van Pausetimer</translation>
    </message>
    <message>
        <source>&amp;Copy the sentence</source>
        <translation>Zin &amp;kopiëren</translation>
    </message>
    <message numerus="yes">
        <source>%n more minute(s)</source>
        <translation>
            <numerusform>%n minuut &amp;meer</numerusform>
            <numerusform>%n minuten &amp;meer</numerusform>
        </translation>
    </message>
    <message>
        <source>B&amp;reathe</source>
        <translation>&amp;Ademen</translation>
    </message>
    <message>
        <source>Where to find &amp;help</source>
        <translation>Waar je &amp;hulp vindt</translation>
    </message>
    <message>
        <source>This wait has become long</source>
        <translation>Dit wachten duurt lang</translation>
    </message>
    <message>
        <source>This pause has lasted more than a day</source>
        <translation>Deze pauze duurt al langer dan een dag</translation>
    </message>
    <message>
        <source>Healthy pauses last hours, at most a day. You may ask for what you need, calmly, for example:</source>
        <translation>Een gezonde pauze duurt uren, hooguit een dag. Je mag rustig vragen wat jij nodig hebt, bijvoorbeeld:</translation>
    </message>
    <message>
        <source>If you are worried, or if there is fear or threat between you, you deserve help. The safety card says where to find it.</source>
        <translation>Maak je je zorgen, of is er angst of dreiging tussen jullie? Dan verdien je hulp. Op de veiligheidskaart staat waar je die vindt.</translation>
    </message>
    <message>
        <source>Time for them to come back</source>
        <translation>Tijd om terug te komen</translation>
    </message>
    <message>
        <source>Your partner agreed to come back about now</source>
        <translation>Je partner heeft afgesproken rond nu terug te komen</translation>
    </message>
    <message>
        <source>Give them a few minutes: coming back out of a pause can take a moment. If they don&apos;t come, you could go to them calmly and say:</source>
        <translation>Geef je partner een paar minuten: uit een pauze terugkomen kan even duren. Komt je partner niet, dan kun je rustig naar hem of haar toe gaan en zeggen:</translation>
    </message>
    <message>
        <source>Not a reproach, just an invitation. Listening comes before solving.</source>
        <translation>Geen verwijt, alleen een uitnodiging. Luisteren komt vóór oplossen.</translation>
    </message>
</context>
<context>
    <name>WaitingTexts</name>
    <message>
        <source>I miss you. Shall we sit together for a bit?</source>
        <translation>Ik mis je. Zullen we even samen gaan zitten?</translation>
    </message>
    <message>
        <source>I&apos;m glad to give you the room you need to recover. But if this takes longer than a day, I want us to talk about what&apos;s going on.</source>
        <translation>Ik geef je graag de ruimte die je nodig hebt om bij te komen. Maar als dit langer dan een dag duurt, wil ik dat we samen praten over wat er speelt.</translation>
    </message>
    <message>
        <source>Your partner agreed to come back about now</source>
        <translation>Je partner heeft afgesproken rond nu terug te komen</translation>
    </message>
    <message>
        <source>Your partner agreed to come back %1, %2 ago</source>
        <translation>Je partner heeft afgesproken %1 terug te komen, %2 geleden</translation>
    </message>
    <message>
        <source>Your partner is taking a pause · back %1 (%2 left)</source>
        <translation>Je partner neemt een pauze · terug %1 (nog %2)</translation>
    </message>
    <message>
        <source>A long wait</source>
        <translation>Lang wachten</translation>
    </message>
    <message>
        <source>Time for them to come back</source>
        <translation>Tijd om terug te komen</translation>
    </message>
    <message>
        <source>Give them a few minutes. If they don&apos;t come, you could say: “%1”</source>
        <translation>Geef je partner een paar minuten. Komt je partner niet, dan kun je zeggen: ‘%1’</translation>
    </message>
    <message>
        <source>Your partner is taking a pause</source>
        <translation>Je partner neemt een pauze</translation>
    </message>
    <message>
        <source>You don&apos;t have to wait at the door: do something good for yourself.</source>
        <translation>Je hoeft niet bij de deur te wachten: doe iets goeds voor jezelf.</translation>
    </message>
    <message>
        <source>My partner is &amp;back</source>
        <translation>Mijn partner is &amp;terug</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Pausetimer</source>
        <translation>Welkom bij Pausetimer</translation>
    </message>
    <message>
        <source>Know your early &amp;signals…</source>
        <translation>Ken je vroege &amp;signalen…</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Waar het voor is</translation>
    </message>
    <message>
        <source>When a conversation gets tense, a pause can help, as long as you both know when you will come back. Pausetimer helps you ask for that pause, calm down during it, and return at the time you agreed.</source>
        <translation>Als een gesprek gespannen wordt, kan een pauze helpen, zolang jullie allebei weten wanneer je terugkomt. Pausetimer helpt je om die pauze te vragen, tijdens de pauze tot rust te komen en terug te gaan op de tijd die je hebt afgesproken.</translation>
    </message>
    <message>
        <source>The promise</source>
        <translation>De belofte</translation>
    </message>
    <message>
        <source>A pause is a promise to return, not a way to punish with silence. Take at least 20 minutes to calm down, and keep it to hours, at most a day.</source>
        <translation>Een pauze is een belofte om terug te komen, geen manier om te straffen met stilte. Neem minstens 20 minuten om tot rust te komen, en houd het bij uren, hooguit een dag.</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Everything stays on this computer: no account, no internet, no tracking. You can export or delete your history at any time.</source>
        <translation>Alles blijft op deze computer: geen account, geen internet, niets wordt gevolgd. Je kunt je geschiedenis altijd exporteren of verwijderen.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>If there is fear or violence in your relationship, this app is not the right tool. Talk to your doctor or a helpline (in the Netherlands: Veilig Thuis, 0800-2000). In danger, call 112.</source>
        <translation>Is er angst of geweld in je relatie, dan is deze app niet het juiste hulpmiddel. Praat met je huisarts of een hulplijn (in Nederland: Veilig Thuis, 0800-2000). Ben je in gevaar, bel dan 112.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Niet verplicht</translation>
    </message>
    <message>
        <source>Partner&apos;s name</source>
        <translation>Naam van je partner</translation>
    </message>
    <message>
        <source>Your partner&apos;s &amp;name:</source>
        <translation>&amp;Naam van je partner:</translation>
    </message>
    <message>
        <source>&amp;Get started</source>
        <translation>&amp;Aan de slag</translation>
    </message>
    <message>
        <source>Press F1 in any window for the help lines of your country.</source>
        <translation>Druk in elk venster op F1 voor de hulplijnen van jouw land.</translation>
    </message>
    <message>
        <source>Pausetimer waits as an icon in the system tray, near the clock. Click it to take a pause; right-click it for guidance, history and settings.</source>
        <translation>Pausetimer wacht als pictogram in het systeemvak, bij de klok. Klik erop om een pauze te nemen; klik met rechts voor begeleiding, geschiedenis en instellingen.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Pausetimer shows its own window. Keep it open (minimised is fine): closing it quits Pausetimer, and only a running Pausetimer can remind you.</source>
        <translation>Deze desktop heeft geen systeemvak, dus Pausetimer toont een eigen venster. Laat het open (geminimaliseerd mag): sluiten stopt Pausetimer, en alleen een Pausetimer die draait kan je herinneren.</translation>
    </message>
    <message>
        <source>Where to find it</source>
        <translation>Waar je het vindt</translation>
    </message>
    <message>
        <source>Please keep the name to one line.</source>
        <translation>Houd de naam op één regel.</translation>
    </message>
</context>
<context>
    <name>WordsChooser</name>
    <message>
        <source>Words to choose</source>
        <translation>Woorden om uit te kiezen</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Woorden:</translation>
    </message>
    <message>
        <source>Sentence for your partner</source>
        <translation>Zin voor je partner</translation>
    </message>
    <message>
        <source>You can change the words before copying.</source>
        <translation>Je kunt de woorden aanpassen voordat je ze kopieert.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy the sentence</source>
        <translation>De zin kopiëren</translation>
    </message>
    <message>
        <source>Copy result</source>
        <translation>Resultaat van kopiëren</translation>
    </message>
    <message>
        <source>Copied. Paste it into a message, or say it out loud.</source>
        <translation>Gekopieerd. Plak het in een bericht, of zeg het hardop.</translation>
    </message>
</context>
</TS>
