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
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Pausetimer</source>
        <translation>Welkom bij Pausetimer</translation>
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
        <source>Please keep the name to one line.</source>
        <translation>Houd de naam op één regel.</translation>
    </message>
</context>
</TS>
