# Names vulture (`make lint`) cannot see being used. Each group says why it stays; anything else
# vulture reports is dead code and goes, together with any test that only kept it alive.
# The file is read by vulture, never imported: `_` stands for "an attribute of anything".

# Called by Qt or APScheduler, which the code overrides or hands a callback to.
_.paintEvent
_.eventFilter
_.rowCount
_.columnCount
_.canFetchMore
_.fetchMore
_.headerData
_._start_timer  # QtScheduler's timer hooks (services/scheduler.py)
_._stop_timer
context  # Qt's message handler signature (cli._quiet_qt_messages)
_.converter  # logging.Formatter's time hook, overridden for UTC (diagnostics)
_._on_closed  # QtDBus calls it by its SLOT() name (services/freedesktop_notifications.py)
_._on_sni_host  # QtDBus calls it by its SLOT() name (services/tray_watch.py)
_.value_type  # C struct fields the X library reads (services/x11_input_alarm.py)
_.wait_value
_.test_type

# The one atomic write and move-aside for every file; being adopted module by module (issue 17).
atomic_write
move_aside

# Read-only views the tests observe behaviour through (state no signal reports).
_.next_at  # core/reminders.ReminderPlan
_.pending  # services/scheduler.QtJobScheduler: the jobs really scheduled
_.is_watching  # services/tray_watch.TrayWatcher
_.is_polling
_.polling  # services/nudge_watch.NudgeWatch: a timer only while a nudge waits
seen_at  # nudge_seen: the first sighting of the nudge, as the history keeps it
_.scan  # ui/guidance/body_scan
_.animating  # ui/guidance/pacer
_.current_section  # ui/guidance/window
_.set_period  # ui/history/window
_.timer_active  # ui/tray
_.step_seconds_left  # core/guidance.BodyScanPosition, a field of the position record

# Guidance content: the test that English and Dutch content have the same structure reads these.
CONTENT_FILES
load_raw
