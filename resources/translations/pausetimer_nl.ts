<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Could not change start at login: {reason}</source>
        <translation>Starten bij het inloggen kon niet worden aangepast: {reason}</translation>
    </message>
    <message>
        <source>Please keep the name to one line of at most {count} characters.</source>
        <translation>Houd de naam op één regel van hoogstens {count} tekens.</translation>
    </message>
    <message>
        <source>Please choose a value from {low} to {high}.</source>
        <translation>Kies een waarde van {low} tot en met {high}.</translation>
    </message>
    <message>
        <source>Please enter a time of day like 19:00.</source>
        <translation>Vul een tijdstip in, zoals 19:00.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Deze waarde kan niet worden gebruikt.</translation>
    </message>
    <message>
        <source>Pausetimer settings</source>
        <translation>Instellingen van Pausetimer</translation>
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
        <source>&amp;Neutral notification text (nothing personal on screen)</source>
        <translation>&amp;Neutrale meldingstekst (niets persoonlijks op het scherm)</translation>
    </message>
    <message>
        <source>Notifications then only say &quot;Pausetimer: time to return&quot;.</source>
        <translation>Meldingen zeggen dan alleen ‘Pausetimer: tijd om terug te gaan’.</translation>
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
</context>
</TS>
