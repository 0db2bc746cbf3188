<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArgParse</name>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>expected %n argument</numerusform>
            <numerusform>expected %n arguments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Deleted %n pause(s).</source>
        <translation>
            <numerusform>Deleted %n pause.</numerusform>
            <numerusform>Deleted %n pauses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Summary of %n pause(s) saved to %1.</source>
        <translation>
            <numerusform>Summary of %n pause saved to %1.</numerusform>
            <numerusform>Summary of %n pauses saved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n moment(s).</source>
        <translation>
            <numerusform>Deleted %n moment.</numerusform>
            <numerusform>Deleted %n moments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <source>Extended %n time(s).</source>
        <translation>
            <numerusform>Extended %n time.</numerusform>
            <numerusform>Extended %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n pause(s) from %1.</source>
        <translation>
            <numerusform>Export %n pause from %1.</numerusform>
            <numerusform>Export %n pauses from %1.</numerusform>
        </translation>
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
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n pause(s) in your history, with their notes, reflections and extensions, will be deleted for good, in every period. A pause that is running now is kept until it ends. This cannot be undone.</source>
        <translation>
            <numerusform>All %n pause in your history, with their notes, reflections and extensions, will be deleted for good, in every period. A pause that is running now is kept until it ends. This cannot be undone.</numerusform>
            <numerusform>All %n pauses in your history, with their notes, reflections and extensions, will be deleted for good, in every period. A pause that is running now is kept until it ends. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) together that have passed, with their words, go too; the moments still ahead stay in the main window.</source>
        <translation>
            <numerusform>%n moment together that has passed, with its words, goes too; the moments still ahead stay in the main window.</numerusform>
            <numerusform>%n moments together that have passed, with their words, go too; the moments still ahead stay in the main window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pause(s) to %1 in %2.</source>
        <translation>
            <numerusform>Exported %n pause to %1 in %2.</numerusform>
            <numerusform>Exported %n pauses to %1 in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You ticked what you noticed with %n pause(s) in this period.</source>
        <translation>
            <numerusform>You ticked what you noticed with %n pause in this period.</numerusform>
            <numerusform>You ticked what you noticed with %n pauses in this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How flooded you felt dropped by a median of %1 points during a pause (%n pause(s) rated at the start and before going back).</source>
        <translation>
            <numerusform>How flooded you felt dropped by a median of %1 points during a pause (%n pause rated at the start and before going back).</numerusform>
            <numerusform>How flooded you felt dropped by a median of %1 points during a pause (%n pauses rated at the start and before going back).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How flooded you felt rose by a median of %1 points during a pause (%n pause(s) rated at the start and before going back).</source>
        <translation>
            <numerusform>How flooded you felt rose by a median of %1 points during a pause (%n pause rated at the start and before going back).</numerusform>
            <numerusform>How flooded you felt rose by a median of %1 points during a pause (%n pauses rated at the start and before going back).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calm again (3 or lower) by the return after a median of %1 (%n pause(s)).</source>
        <translation>
            <numerusform>Calm again (3 or lower) by the return after a median of %1 (%n pause).</numerusform>
            <numerusform>Calm again (3 or lower) by the return after a median of %1 (%n pauses).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PauseTexts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>In %n minute(s) it is time to go back.</source>
        <translation>
            <numerusform>In %n minute it is time to go back.</numerusform>
            <numerusform>In %n minutes it is time to go back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more minute(s)</source>
        <translation>
            <numerusform>%n more minute</numerusform>
            <numerusform>%n more minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message numerus="yes">
        <source>Your pause history was damaged. %n pause(s) could be read and were copied into a fresh history; anything else may be missing. The damaged file was kept as:
%1</source>
        <translation>
            <numerusform>Your pause history was damaged. %n pause could be read and was copied into a fresh history; anything else may be missing. The damaged file was kept as:
%1</numerusform>
            <numerusform>Your pause history was damaged. %n pauses could be read and were copied into a fresh history; anything else may be missing. The damaged file was kept as:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <source>Summary of %n pause(s) saved as %1 in %2.</source>
        <translation>
            <numerusform>Summary of %n pause saved as %1 in %2.</numerusform>
            <numerusform>Summary of %n pauses saved as %1 in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calm change from start to return (median drop on 0-10, %n pause(s))</source>
        <translation>
            <numerusform>Calm change from start to return (median drop on 0-10, %n pause)</numerusform>
            <numerusform>Calm change from start to return (median drop on 0-10, %n pauses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time to calm: 3 or lower at the return (median, %n pause(s))</source>
        <translation>
            <numerusform>Time to calm: 3 or lower at the return (median, %n pause)</numerusform>
            <numerusform>Time to calm: 3 or lower at the return (median, %n pauses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n earlier pause(s), counted in the figures above.</source>
        <translation>
            <numerusform>And %n earlier pause, counted in the figures above.</numerusform>
            <numerusform>And %n earlier pauses, counted in the figures above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s)</source>
        <translation>
            <numerusform>%n pause</numerusform>
            <numerusform>%n pauses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingNotice</name>
    <message numerus="yes">
        <source>In %n minute(s) your partner agreed to come back.</source>
        <translation>
            <numerusform>In %n minute your partner agreed to come back.</numerusform>
            <numerusform>In %n minutes your partner agreed to come back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingReminderWindow</name>
    <message numerus="yes">
        <source>%n more minute(s)</source>
        <translation>
            <numerusform>%n more &amp;minute</numerusform>
            <numerusform>%n more &amp;minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
